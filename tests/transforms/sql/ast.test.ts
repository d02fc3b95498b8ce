import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { exprText } from '../../../transforms/sql/ast';
import { parseSelect } from '../../../transforms/sql/parser';

const s = suite('ast');
const name = (expr: string) => {
  const item = parseSelect(`select ${expr} from t`).items[0];
  return item.kind === 'expr' ? exprText(item.expr) : '*';
};

s('expression text is JSqlParser-like: spaced operators, functions as written, quotes kept', () => {
  assert.is(name('id+1'), 'id + 1');
  assert.is(name("concat(name,'_',`x`)"), "concat(name, '_', `x`)");
  assert.is(name("'it''s'"), "'it''s'");
  assert.is(name('(a*2)%3'), '(a * 2) % 3');
  assert.is(name('not a is null'), 'NOT a IS NULL');
  assert.is(name('upper( name )'), 'upper(name)');
});

s.run();
