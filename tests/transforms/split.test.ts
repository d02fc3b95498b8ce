import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { typeToString } from '../../core/types/data-type';
import { splitTransform } from '../../transforms/split';
import { applyTransforms, checkExpectations, createTransform, e2eCase, row, run, table, thrown } from './transform-harness';

const s = suite('split');

s('e2e tf_split: age split on "1" into f1, f2 (the rest stays in f2)', async () => {
  const c = await e2eCase('tf_split');
  const out = applyTransforms(c, { split: splitTransform });
  assert.equal(out.table.schema.columns.slice(-2).map((x) => `${x.name}:${typeToString(x.type)}`), ['f1:STRING', 'f2:STRING']);
  assert.is(out.rows.length, 100);
  assert.equal(checkExpectations(out, c.expectations), []);
  for (const r of out.rows) {
    const age = String(r.fields[2]);
    const at = age.indexOf('1');
    assert.equal(r.fields.slice(-2), at < 0 ? [age, null] : [age.slice(0, at), age.slice(at + 1)]);
  }
});

const input = table([['id', 'int'], ['text', 'string']]);
const split = (separator: string, outputs: string[], value: string | null) =>
  run(createTransform(splitTransform, { separator, split_field: 'text', output_fields: outputs }, input), [row(input, [1, value])])[0].fields.slice(2);

s('the separator is a regex; the limit keeps the rest in the last part; missing parts are null', () => {
  assert.equal(split(' +', ['a', 'b'], 'x  y z'), ['x', 'y z']);
  assert.equal(split('\\.', ['a', 'b', 'c'], 'p.q'), ['p', 'q', null]);
  assert.equal(split(',', ['a', 'b', 'c'], 'p,,'), ['p', '', '']);
  assert.equal(split(',', ['a'], 'p,q'), ['p,q']);
  assert.equal(split(',', ['a', 'b'], null), [null, null]);
});

s('an output named like an input column overwrites it; unknown field and bad regex fail', () => {
  const t = createTransform(splitTransform, { separator: '-', split_field: 'text', output_fields: ['text', 'rest'] }, input);
  assert.equal(t.outputTable.schema.columns.map((c) => c.name), ['id', 'text', 'rest']);
  assert.equal(run(t, [row(input, [1, 'a-b-c'])])[0].fields, [1, 'a', 'b-c']);
  assert.match(thrown(() => createTransform(splitTransform, { separator: '-', split_field: 'x', output_fields: ['a'] }, input))?.message ?? '', /TRANSFORM_COMMON-01.*'x' of 'Split'/);
  assert.match(thrown(() => createTransform(splitTransform, { separator: '[', split_field: 'text', output_fields: ['a'] }, input))?.message ?? '', /separator.*invalid regular expression/);
});

s.run();
