import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types } from '../../../core/types/data-type';
import { parseSelect } from '../../../transforms/sql/parser';
import { type Arg, constString, expectArgs, nullSafe, simple } from '../../../transforms/sql/sql-function';
import { thrown } from '../transform-harness';

const s = suite('sql-function');
const expr = parseSelect('select x from t').items[0];
const arg = (type: Arg['type'], value?: unknown, isConst = false): Arg => ({ type, eval: () => value ?? null, isConst, value, expr: (expr as { expr: Arg['expr'] }).expr });

s('expectArgs accepts NULL-typed arguments anywhere and names the bad one', () => {
  assert.is(thrown(() => expectArgs('f', [arg(Types.STRING), arg(Types.NULL)], ['string', 'numeric'])), undefined);
  assert.is(thrown(() => expectArgs('f', [arg(Types.STRING), arg(Types.DATE)], ['string', 'numeric']))?.message, "F() argument 2 must be a number, but 'x' is DATE");
  assert.is(thrown(() => expectArgs('g', [arg(Types.TIME)], ['date']))?.message, "G() argument 1 must be a DATE or TIMESTAMP, but 'x' is TIME");
});

s('nullSafe stops at the first null argument without calling the body', () => {
  let calls = 0;
  const body = (...v: number[]) => { calls++; return v.reduce((a, b) => a + b, 0); };
  assert.equal([nullSafe([arg(Types.INT, 1), arg(Types.INT, 2), arg(Types.INT, 3)], body)([]), nullSafe([arg(Types.INT, 1), arg(Types.INT)], body)([]), nullSafe([], () => 9)([])], [6, null, 9]);
  assert.is(calls, 1);
  const f = simple(['TWICE'], ['numeric'], Types.INT, (n: number) => n * 2);
  assert.equal([f.minArgs, f.maxArgs, f.compile([arg(Types.INT, 4)], Types.INT, 'twice')([])], [1, 1, 8]);
});

s('constString needs a literal', () => {
  assert.is(constString('f', arg(Types.STRING, 'yyyy', true), 'format'), 'yyyy');
  assert.is(thrown(() => constString('f', arg(Types.STRING, 'yyyy'), 'format'))?.message, "F() format must be a string literal, got 'x'");
});

s.run();
