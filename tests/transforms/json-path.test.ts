import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { typeToString } from '../../core/types/data-type';
import { jsonPathTransform } from '../../transforms/json-path';
import { applyTransforms, checkExpectations, createTransform, e2eCase, row, run, table, thrown } from './transform-harness';

const s = suite('json-path');

for (const id of ['tf_jsonpath_basic_types', 'tf_jsonpath_array', 'tf_jsonpath_nested_row', 'tf_jsonpath_error_handle']) {
  s(`e2e ${id}: every Assert expectation holds`, async () => {
    const c = await e2eCase(id);
    const out = applyTransforms(c, { jsonpath: jsonPathTransform });
    assert.equal(checkExpectations(out, c.expectations), []);
    const min = c.rowRules.find((r) => r.type === 'MIN_ROW')?.value ?? 1;
    assert.ok(out.rows.length >= min, `${out.rows.length} rows`);
  });
}

s('e2e tf_jsonpath_basic_types: the non-JSON template text is read leniently into typed columns', async () => {
  const c = await e2eCase('tf_jsonpath_basic_types');
  const out = applyTransforms(c, { jsonpath: jsonPathTransform });
  assert.equal(out.table.schema.columns.slice(1).map((x) => typeToString(x.type)), ['STRING', 'BOOLEAN', 'INT', 'FLOAT', 'DOUBLE', 'Decimal(4, 2)', 'DATE', 'TIME']);
  assert.equal(out.rows[0].fields.slice(1).map(String), ['this is a string', 'true', '42', String(Math.fround(3.14)), '3.14', '10.55', '2023-10-29', '16:12:43.459']);
});

s('e2e tf_jsonpath_error_handle: a missing path with SKIP gives null and keeps the row', async () => {
  const c = await e2eCase('tf_jsonpath_error_handle');
  const out = applyTransforms(c, { jsonpath: jsonPathTransform });
  assert.equal(out.rows.map((r) => r.fields.slice(2)), [['v1', null], ['v1', 'v2']]);
});

const input = table([['id', 'int'], ['data', 'string']]);
const extract = (columns: Record<string, unknown>[], values: (string | null)[], extra: Record<string, unknown> = {}) =>
  run(createTransform(jsonPathTransform, { columns, ...extra }, input), values.map((v, i) => row(input, [i, v])));

s('error ways: SKIP nulls the column, SKIP_ROW drops the row, FAIL (or none with row FAIL) fails', () => {
  const col = (way?: string) => [{ src_field: 'data', path: '$.a.b', dest_field: 'x', ...(way ? { column_error_handle_way: way } : {}) }];
  const data = ['{"a": {"b": 1}}', '{"a": 2}'];
  assert.equal(extract(col('SKIP'), data).map((r) => r.fields[2]), ['1', null]);
  assert.equal(extract(col('SKIP_ROW'), data).map((r) => r.fields[2]), ['1']);
  assert.equal(extract(col(), data, { row_error_handle_way: 'SKIP' }).map((r) => r.fields[2]), ['1']);
  assert.match(thrown(() => extract(col(), data))?.message ?? '', /JSONPATH_ERROR_CODE-05.*No results for path/);
  assert.match(thrown(() => extract(col('FAIL'), data, { row_error_handle_way: 'SKIP' }))?.message ?? '', /JSONPATH_ERROR_CODE-05/);
  assert.match(thrown(() => extract([{ src_field: 'data', path: '$.a', dest_field: 'x', dest_type: 'int' }], ['{"a": "nine"}']))?.message ?? '', /JSONPATH_ERROR_CODE-05.*Cannot convert/);
});

s('null source values give null; indefinite paths give lists; containers become JSON text', () => {
  const cols = [
    { src_field: 'data', path: '$.items[*].id', dest_field: 'ids', dest_type: 'array<int>' },
    { src_field: 'data', path: '$.items[0]', dest_field: 'first' },
    { src_field: 'data', path: "$..name", dest_field: 'names' },
  ];
  const out = extract(cols, ['{"items": [{"id": 1, "name": "a"}, {"id": 2}], "name": "top"}', null]);
  assert.equal(out[0].fields.slice(2), [[1, 2], '{"id":1,"name":"a"}', '["top","a"]']);
  assert.equal(out[1].fields.slice(2), [null, null, null]);
});

s('ARRAY, MAP and ROW sources are read as JSON (a row as its list of fields)', () => {
  const t = table([['arr', 'array<string>'], ['m', 'map<string, int>'], ['r', '{a = int, b = string}']]);
  const tr = createTransform(jsonPathTransform, { columns: [
    { src_field: 'arr', path: '$[1]', dest_field: 'x' },
    { src_field: 'm', path: '$.k', dest_field: 'y', dest_type: 'bigint' },
    { src_field: 'r', path: '$[1]', dest_field: 'z' },
  ] }, t);
  assert.equal(run(tr, [row(t, [['p', 'q'], { k: 7 }, [1, 'rb']])])[0].fields.slice(3), ['q', 7n, 'rb']);
});

s('config errors carry JSONPATH_ERROR_CODE-0x and unsupported source types COMMON-07', () => {
  const err = (columns: unknown) => thrown(() => createTransform(jsonPathTransform, { columns } as never, input))?.message ?? '';
  assert.match(err([]), /JSONPATH_ERROR_CODE-01/);
  assert.match(err([{ src_field: 'data', dest_field: 'x' }]), /JSONPATH_ERROR_CODE-03.*columns\[0\]\.path/);
  assert.match(err([{ path: '$.a', dest_field: 'x' }]), /JSONPATH_ERROR_CODE-02/);
  assert.match(err([{ path: '$.a', src_field: 'data' }]), /JSONPATH_ERROR_CODE-04/);
  assert.match(err([{ path: '$.a', src_field: 'data', dest_field: 'x', dest_type: ' ' }]), /JSONPATH_ERROR_CODE-06/);
  assert.match(err([{ path: 'a[', src_field: 'data', dest_field: 'x' }]), /JSONPATH_ERROR_CODE-05.*Invalid path/);
  assert.match(err([{ path: '$.a', src_field: 'id', dest_field: 'x' }]), /COMMON-07.*unsupported data type 'INT' of 'id'/);
  assert.match(err([{ path: '$.a', src_field: 'nope', dest_field: 'x' }]), /TRANSFORM_COMMON-01/);
  assert.match(err([{ path: '$.a', src_field: 'data', dest_field: 'x', dest_type: 'whatever' }]), /COMMON-07/);
  assert.match(thrown(() => createTransform(jsonPathTransform, {}, input))?.message ?? '', /API-02.*'columns'/);
});

s.run();
