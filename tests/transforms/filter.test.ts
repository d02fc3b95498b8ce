import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { filterTransform } from '../../transforms/filter';
import { applyTransforms, checkExpectations, createTransform, e2eCase, row, run, table, thrown } from './transform-harness';

const s = suite('filter');

for (const [id, names] of [['tf_filter', ['age', 'name', 'c_row']], ['assert_fakesource_filter', ['name', 'age', 'c_time']]] as const) {
  s(`e2e ${id}: \`fields\` (fallback of include_fields) projects in listed order`, async () => {
    const c = await e2eCase(id);
    const out = applyTransforms(c, { filter: filterTransform });
    assert.equal(out.table.schema.columns.map((x) => x.name), names);
    assert.ok(out.rows.length >= 5);
    assert.equal(checkExpectations(out, c.expectations), []);
  });
}

s('include keeps listed order; exclude keeps input order', () => {
  const input = table([['a', 'int'], ['b', 'string'], ['c', 'double']]);
  const src = row(input, [1, 'x', 2.5]);
  const inc = createTransform(filterTransform, { include_fields: ['c', 'a'] }, input);
  assert.equal(run(inc, [src])[0].fields, [2.5, 1]);
  const exc = createTransform(filterTransform, { exclude_fields: ['b'] }, input);
  assert.equal(exc.outputTable.schema.columns.map((c) => c.name), ['a', 'c']);
  assert.equal(run(exc, [src])[0].fields, [1, 2.5]);
});

s('include and exclude are exclusive; unknown names are TRANSFORM_COMMON-02', () => {
  const input = table([['a', 'int']]);
  assert.match(thrown(() => createTransform(filterTransform, { include_fields: ['a'], exclude_fields: ['a'] }, input))?.message ?? '',
    /API-02.*These options\('include_fields', 'exclude_fields'\) are mutually exclusive/);
  assert.match(thrown(() => createTransform(filterTransform, {}, input))?.message ?? '', /There are unconfigured options, these options\('include_fields', 'exclude_fields'\)/);
  assert.match(thrown(() => createTransform(filterTransform, { fields: ['a', 'x', 'y'] }, input))?.message ?? '',
    /TRANSFORM_COMMON-02.*'x,y' of 'Filter'/);
});

s.run();
