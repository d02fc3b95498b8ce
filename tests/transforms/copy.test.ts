import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { typeToString } from '../../core/types/data-type';
import { SeaTunnelRow } from '../../core/types/row';
import { copyTransform } from '../../transforms/copy';
import { applyTransforms, checkExpectations, createTransform, e2eCase, row, run, table, thrown } from './transform-harness';

const s = suite('copy');

s('e2e tf_copy: two chained Copy blocks (src/dest pair, then fields) give every asserted column', async () => {
  const c = await e2eCase('tf_copy');
  const out = applyTransforms(c, { copy: copyTransform });
  assert.equal(out.table.schema.columns.map((x) => x.name), ['id', 'name', 'c_row', 'name1', 'id_1', 'name2', 'name3', 'c_row_1']);
  assert.is(out.rows.length, 100);
  assert.equal(checkExpectations(out, c.expectations), []);
  for (const r of out.rows) {
    assert.equal([r.fields[3], r.fields[5], r.fields[6]], [r.fields[1], r.fields[1], r.fields[1]]);
    assert.is(r.fields[4], r.fields[0]);
  }
});

s('copies are deep: nested rows, maps, arrays and bytes are new objects with equal content', () => {
  const input = table([['r', '{a = int, b = "array<int>"}'], ['m', 'map<string, int>'], ['bin', 'bytes']]);
  const t = createTransform(copyTransform, { fields: { r2: 'r', m2: 'm', bin2: 'bin' } }, input);
  const src = row(input, [[1, [2, 3]], { k: 4 }, 'AQI=']);
  const [out] = run(t, [src]);
  const [r, m, bin, r2, m2, bin2] = out.fields as [SeaTunnelRow, Map<string, number>, Uint8Array, SeaTunnelRow, Map<string, number>, Uint8Array];
  assert.equal(r2.fields, r.fields);
  assert.is.not(r2, r);
  assert.is.not(r2.fields[1], r.fields[1]);
  assert.equal([...m2], [...m]);
  assert.is.not(m2, m);
  assert.equal([...bin2], [1, 2]);
  assert.is.not(bin2, bin);
  assert.equal(t.outputTable.schema.columns.map((c) => typeToString(c.type)), ['ROW<a INT,b ARRAY<INT>>', 'Map<STRING, INT>', 'BYTES', 'ROW<a INT,b ARRAY<INT>>', 'Map<STRING, INT>', 'BYTES']);
});

s('copying onto an existing column overwrites it in place with the source type; nulls stay null', () => {
  const input = table([['a', 'int'], ['b', 'string']]);
  const t = createTransform(copyTransform, { fields: { b: 'a' } }, input);
  assert.equal(t.outputTable.schema.columns.map((c) => `${c.name}:${typeToString(c.type)}`), ['a:INT', 'b:INT']);
  assert.equal(run(t, [row(input, [5, 'x']), row(input, [null, 'y'])]).map((r) => r.fields), [[5, 5], [null, null]]);
});

s('unknown source field is TRANSFORM_COMMON-01; missing options are explained', () => {
  const input = table([['a', 'int']]);
  assert.match(thrown(() => createTransform(copyTransform, { fields: { b: 'nope' } }, input))?.message ?? '',
    /TRANSFORM_COMMON-01.*The input field 'nope' of 'Copy' transform not found in upstream schema/);
  assert.match(thrown(() => createTransform(copyTransform, { src_field: 'a' }, input))?.message ?? '', /API-02.*bundled/);
  assert.match(thrown(() => createTransform(copyTransform, {}, input))?.message ?? '', /set `fields`/);
});

s.run();
