import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, mapType, rowType, typeToString } from '../../../core/types/data-type';
import { SeaTunnelRow } from '../../../core/types/row';
import { parseSelect } from '../../../transforms/sql/parser';
import { resolveColumn } from '../../../transforms/sql/resolve-column';
import { thrown } from '../transform-harness';

const s = suite('resolve-column');
const inner = rowType(['n', 'm', 'im'], [Types.INT, mapType(Types.STRING, Types.STRING), mapType(Types.INT, Types.STRING)]);
const input = rowType(['id', 'r', 'Name'], [Types.INT, rowType(['inner', 's'], [inner, Types.STRING]), Types.STRING]);
const fields = [1, new SeaTunnelRow([new SeaTunnelRow([5, new Map([['k', 'v']]), new Map([[3, 'three']])]), 'x']), 'n'];
const ref = (path: string) => {
  const item = parseSelect(`select ${path} from t`).items[0];
  if (item.kind !== 'expr' || item.expr.kind !== 'column') throw new Error('not a column');
  return resolveColumn(item.expr, input);
};
const value = (path: string) => ref(path).eval(fields);

s('top-level, table-qualified, nested row and map paths', () => {
  assert.equal([value('id'), value('t.id'), value('r.s'), value('r.inner.n'), value('r.inner.m.k'), value('r.inner.m.nope'), value('r.inner.im.3'), value('`r`.`inner`.n')],
    [1, 1, 'x', 5, 'v', null, 'three', 5]);
  assert.equal([typeToString(ref('r.inner.m').type), typeToString(ref('r.inner.m.k').type)], ['Map<STRING, STRING>', 'STRING']);
  assert.equal([ref('id').sourceColumn, ref('t.id').sourceColumn, ref('r.s').sourceColumn], ['id', 'id', undefined]);
});

s('null parents give null', () => {
  assert.is(ref('r.inner.n').eval([1, null, 'n']), null);
  assert.is(ref('r.inner.m.k').eval([1, new SeaTunnelRow([null, 'x']), 'n']), null);
});

s('names are case-sensitive; wrong paths and maps below the last level fail', () => {
  assert.is(thrown(() => ref('name'))?.message, "can't find field [name]");
  assert.match(thrown(() => ref('r.nope'))?.message ?? '', /can't find field \[r\.nope\]: 'nope' is not one of inner, s/);
  assert.match(thrown(() => ref('r.inner.m.k.z'))?.message ?? '', /it must be latest field or latest struct field/);
  assert.match(thrown(() => ref('id.x'))?.message ?? '', /'id' is INT, not a row or map/);
});

s.run();
