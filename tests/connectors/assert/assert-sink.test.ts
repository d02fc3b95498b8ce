import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ConfigObject } from '../../../core/options/readonly-config';
import { assertSink } from '../../../connectors/assert/assert-sink';
import { fakeSource } from '../../../connectors/fake/fake-source';
import { createSink, createSource, rejection, runJob } from '../../support/connector-harness';

// SeaTunnel's own e2e jobs of this area (connector-fake-e2e, connector-assert-e2e), transcribed from HOCON.
const s = suite('assert-sink');
const run = (source: ConfigObject, rules: ConfigObject, parallelism = 1, outputName?: string) =>
  rejection(runJob({ factory: fakeSource, raw: source, outputName }, { factory: assertSink, raw: { rules } }, parallelism));
const code = (e: Error | undefined) => (e as { code?: string } | undefined)?.code;
const rowRules = (n: number) => [{ rule_type: 'MAX_ROW', rule_value: n }, { rule_type: 'MIN_ROW', rule_value: n }];
const notNull = (field_name: string, field_type: unknown, extra: ConfigObject = {}) => ({ field_name, field_type, field_value: [{ rule_type: 'NOT_NULL', ...extra }] });

const fullTypes = {
  c_null: 'null', c_string: 'string', c_boolean: 'boolean', c_tinyint: 'tinyint', c_smallint: 'smallint', c_int: 'int', c_bigint: 'bigint',
  c_float: 'float', c_double: 'double', c_decimal: 'decimal(30, 8)', c_date: 'date', c_timestamp: 'timestamp', c_time: 'time', c_bytes: 'bytes',
  c_array: 'array<int>',
};
const fullValues = [null, 'AAA', false, 1, 1, 333, 323232, 3.1, 9.33333, 99999.99999999, '2012-12-21', '2012-12-21T12:34:56', '12:34:56', 'bWlJWmo=', [0, 1, 2]];

s('contract: rules required', async () => {
  assert.is(assertSink.identifier, 'Assert');
  const e = await rejection(createSink(assertSink, {}, []));
  assert.match(e!.message, "the options('rules') are required");
  const empty = await rejection(createSink(assertSink, { rules: {} }, []));
  assert.match(empty!.message, 'Assert rule config is empty, please add rule config.');
});

s('fake_full_types_to_assert', async () => {
  const rowType = { ...fullTypes, c_map: 'map<string, string>' };
  const source = {
    'row.num': 1,
    schema: { fields: { ...fullTypes, c_map: 'map<date, string>', c_map_nest: 'map<string, {c_int = int, c_string = string}>', c_row: rowType } },
    rows: [{ kind: 'INSERT', fields: [...fullValues, { '2024-01-26': 'v0' }, { k1: [123, 'BBB-BB'] }, [...fullValues, { k0: 'v0' }]] }],
  };
  const eq = (name: string, type: unknown, v: unknown) => notNull(name, type, { equals_to: v });
  const rules = {
    row_rules: rowRules(1),
    field_rules: [
      { field_name: 'c_null', field_type: 'null', field_value: [{ rule_type: 'NULL' }] },
      eq('c_string', 'string', 'AAA'), eq('c_boolean', 'boolean', false), eq('c_tinyint', 'tinyint', 1), eq('c_smallint', 'smallint', 1),
      eq('c_int', 'int', 333), eq('c_bigint', 'bigint', 323232), eq('c_float', 'float', 3.1), eq('c_double', 'double', 9.33333),
      eq('c_decimal', 'decimal(30, 8)', 99999.99999999), eq('c_date', 'date', '2012-12-21'), eq('c_timestamp', 'timestamp', '2012-12-21T12:34:56'),
      eq('c_time', 'time', '12:34:56'), eq('c_bytes', 'bytes', 'bWlJWmo='), eq('c_array', 'array<int>', [0, 1, 2]),
      eq('c_map', 'map<date, string>', { '2024-01-26': 'v0' }),
      eq('c_map_nest', 'map<string, {c_int = int, c_string = string}>', { k1: [123, 'BBB-BB'] }),
      eq('c_row', rowType, [...fullValues, { k0: 'v0' }]),
    ],
  };
  assert.is(await run(source, rules, 1, 'fake'), undefined);
  const wrong = structuredClone(rules);
  (wrong.field_rules[17].field_value[0] as ConfigObject).equals_to = [...fullValues.slice(0, 14), [0, 1, 3], { k0: 'v0' }];
  assert.match((await run(source, wrong, 1, 'fake'))!.message, 'fail rule: AssertFieldRule(fieldName=c_row');
});

s('fake_row_to_assert: equals_to without rule_type', async () => {
  const rowType = { c_string: 'string', c_boolean: 'boolean', c_tinyint: 'tinyint', c_smallint: 'smallint', c_int: 'int', c_bigint: 'bigint', c_float: 'float', c_double: 'double', c_decimal: 'decimal(30, 8)', c_date: 'date', c_timestamp: 'timestamp' };
  const rowValue = ['AAA', false, 1, 1, 333, 323232, 3.1, 9.33333, 99999.99999999, '2012-12-21', '2012-12-21T12:34:56'];
  const source = { 'row.num': 1, schema: { fields: { c_array: 'array<int>', c_map: 'map<string, string>', c_row: rowType } }, rows: [{ kind: 'INSERT', fields: [[0, 1, 2], { k0: 'v0' }, rowValue] }] };
  const rules = {
    row_rules: rowRules(1),
    field_rules: [
      { field_name: 'c_array', field_type: 'array<int>', field_value: [{ equals_to: [0, 1, 2] }] },
      { field_name: 'c_map', field_type: 'map<string, string>', field_value: [{ equals_to: { k0: 'v0' } }] },
      { field_name: 'c_row', field_type: rowType, field_value: [{ equals_to: rowValue }] },
    ],
  };
  assert.is(await run(source, rules), undefined);
  rules.field_rules[1].field_value[0].equals_to = { k0: 'v1' };
  assert.is(code(await run(source, rules)), 'ASSERT-01');
});

s('fakesource_to_multi_table_assert: rules per table path', async () => {
  const source = {
    tables_configs: [
      { 'row.num': 16, schema: { table: 'test.table1', fields: { c_int: 'int', c_bigint: 'bigint' } } },
      { 'row.num': 17, schema: { table: 'test.table2', fields: { c_string: 'string', c_tinyint: 'tinyint' } } },
    ],
  };
  const rules = (n1: number) => ({
    tables_configs: [
      { table_path: 'test.table1', row_rules: rowRules(n1), field_rules: [notNull('c_int', 'int'), notNull('c_bigint', 'bigint')] },
      { table_path: 'test.table2', row_rules: rowRules(17), field_rules: [notNull('c_string', 'string'), notNull('c_tinyint', 'tinyint')] },
    ],
  });
  assert.is(await run(source, rules(16)), undefined);
  assert.match((await run(source, rules(1007)))!.message, 'row num :16 fail rule: AssertFieldRule.AssertRule(ruleType=MIN_ROW, ruleValue=1007.0');
});

s('fake_generic_row_type_to_assert: catalog column rules with row types in generics', async () => {
  const types = {
    c_0: 'map<string, {c_int=int\nc_string=string}>',
    c_1: 'map<string, {c_int=int,c_string=string}>',
    c_2: 'map<string, {c_int=int,c_string=string,c_row={c_int=int}}>',
    c_3: 'map<string, {"c_int":"int","c_string":"string"}>',
  };
  const rules = { catalog_table_rule: { column_rule: Object.entries(types).map(([name, type]) => ({ name, type })) } };
  assert.is(await run({ 'row.num': 1, schema: { fields: types } }, rules, 1, 'fake'), undefined);
  const src = await createSource(fakeSource, { 'row.num': 1, schema: { fields: types } });
  const bad = { catalog_table_rule: { column_rule: [{ name: 'c_0', type: 'map<string, {c_int=bigint}>' }] } };
  assert.is(code(await rejection(createSink(assertSink, { rules: bad }, src.tables))), 'ASSERT-03');
});

s('fake_to_assert_with_catalogtable: checked at create', async () => {
  const schema = {
    table: 'test.fakeTable',
    columns: [{ name: 'id', type: 'bigint' }, { name: 'name', type: 'string' }, { name: 'age', type: 'int' }],
    primaryKey: { name: 'primary key', columnNames: ['id'] },
    constraintKeys: [{ constraintName: 'unique_name', constraintType: 'UNIQUE_KEY', constraintColumns: [{ columnName: 'id', sortType: 'ASC' }] }],
  };
  const rule = (catalog: string) => ({
    catalog_table_rule: {
      table_identifier_rule: { catalog_name: catalog, table: 'test.fakeTable' },
      primary_key_rule: { primary_key_name: 'primary key', primary_key_columns: ['id'] },
      constraint_key_rule: [{ constraint_key_name: 'unique_name', constraint_key_type: 'UNIQUE_KEY', constraint_key_columns: [{ constraint_key_column_name: 'id', constraint_key_sort_type: 'ASC' }] }],
      column_rule: [{ name: 'id', type: 'bigint' }, { name: 'name', type: 'string' }, { name: 'age', type: 'int' }],
    },
  });
  assert.is(await run({ 'row.num': 100, schema }, rule('FakeSource'), 1, 'fake'), undefined);
  const e = await run({ 'row.num': 100, schema }, rule('Jdbc'), 1, 'fake');
  assert.is(code(e), 'ASSERT-03');
});

s('fake_to_assert_with_multitable_exception: MAX on a bad row fails the job', async () => {
  const source = { schema: { fields: { pk_id: 'bigint', name: 'string', score: 'int' } }, rows: [[1, 'A', 100], [2, 'B', 100], [3, 'C', 100], [3, 'C', 200], [3, 'C', 100]].map((fields) => ({ kind: 'INSERT', fields })) };
  const e = await run(source, { field_rules: [{ field_name: 'score', field_type: 'int', field_value: [{ rule_type: 'MAX', rule_value: 100 }] }] });
  assert.is(code(e), 'ASSERT-01');
  assert.match(e!.message, 'row :SeaTunnelRow{tableId=default.default.default, kind=+I, fields=[3, C, 200]} fail rule: AssertFieldRule(fieldName=score, fieldType=INT');
});

const rangeSchema = { fields: { c_string: 'string', c_tinyint: 'tinyint', c_smallint: 'smallint', c_int: 'int', c_bigint: 'bigint', c_float: 'float', c_double: 'double' } };
const rangeRules = {
  rule_ruls: [{ rule_type: 'MAX_ROW', rule_value: 5 }],
  field_rules: [
    { field_name: 'c_string', field_type: 'string', field_value: [{ rule_type: 'MIN_LENGTH', rule_value: 4 }, { rule_type: 'MAX_LENGTH', rule_value: 13 }] },
    ...([['c_tinyint', 'tinyint', 1, 9], ['c_smallint', 'smallint', 10, 19], ['c_int', 'int', 20, 29], ['c_bigint', 'bigint', 30, 39], ['c_float', 'float', 40, 43], ['c_double', 'double', 44, 47]] as const).map(([field_name, field_type, min, max]) => ({
      field_name,
      field_type,
      field_value: [{ rule_type: 'MIN', rule_value: min }, { rule_type: 'MAX', rule_value: max }],
    })),
  ],
};
const templates = ['tyrantlucifer', 'hailin', 'kris', 'fanjia', 'zongwen', 'gaojun'];

s('fake_to_assert_with_range', async () => {
  const source = {
    'row.num': 5, 'string.template': templates, 'tinyint.min': 1, 'tinyint.max': 9, 'smallint.min': 10, 'smallint.max': 19, 'int.min': 20, 'int.max': 29,
    'bigint.min': 30, 'bigint.max': 39, 'float.min': 40.0, 'float.max': 43.0, 'double.min': 44.0, 'double.max': 47.0, schema: rangeSchema,
  };
  assert.is(await run(source, rangeRules), undefined);
  assert.is(code(await run({ ...source, 'int.max': 2000 }, rangeRules)), 'ASSERT-01');
});

s('fake_to_assert_with_template (smalling.fake.mode typo ignored)', async () => {
  const source = {
    'row.num': 5, 'string.fake.mode': 'template', 'string.template': templates, 'tinyint.fake.mode': 'template', 'tinyint.template': [1, 2, 3, 4, 5, 6, 7, 8, 9],
    'smalling.fake.mode': 'template', 'smallint.template': [10, 11, 12, 13, 14, 15, 16, 17, 18, 19], 'int.fake.mode': 'template', 'int.template': [20, 21, 22, 23, 24, 25, 26, 27, 28, 29],
    'bigint.fake.mode': 'template', 'bigint.template': [30, 31, 32, 33, 34, 35, 36, 37, 38, 39], 'float.fake.mode': 'template', 'float.template': [40.0, 41.0, 42.0, 43.0],
    'double.fake.mode': 'template', 'double.template': [44.0, 45.0, 46.0, 47.0], schema: rangeSchema,
  };
  assert.is(await run(source, rangeRules), undefined);
});

s('fake_to_assert_with_tablenames: the set of table ids', async () => {
  const table = (name: string) => ({ 'row.num': 100, schema: { table: name, columns: [{ name: 'id', type: 'bigint' }, { name: 'name', type: 'string' }, { name: 'age', type: 'int' }] } });
  const source = { tables_configs: [table('test.table1'), table('test.table2')] };
  assert.is(await run(source, { 'table-names': ['test.table1', 'test.table2'] }, 1, 'fake'), undefined);
  const e = await run(source, { 'table-names': ['test.table1'] }, 1, 'fake');
  assert.match(e!.message, 'table names: [test.table1, test.table2] is not equal to [test.table1]');
});

s('fake_to_assert_verify_flink_metrics: random rows of every type pass NOT_NULL', async () => {
  const fields = { c_map: 'map<string, string>', c_array: 'array<int>', c_string: 'string', c_boolean: 'boolean', c_tinyint: 'tinyint', c_smallint: 'smallint', c_int: 'int', c_bigint: 'bigint', c_float: 'float', c_double: 'double', c_bytes: 'bytes', c_date: 'date', c_decimal: 'decimal(38, 18)', c_timestamp: 'timestamp' };
  const rules = { row_rules: [{ rule_type: 'MAX_ROW', rule_value: 5 }], field_rules: [notNull('c_string', 'string'), notNull('c_boolean', 'boolean'), notNull('c_double', 'double'), notNull('c_decimal', 'decimal(38, 18)')] };
  assert.is(await run({ 'row.num': 5, schema: { fields: { ...fields, c_row: fields } } }, rules, 1, 'fake'), undefined);
});

s('row counts add up over parallel writers and are checked once at finish', async () => {
  const source = { 'row.num': 10, schema: { fields: { id: 'int' } } };
  assert.is(await run(source, { row_rules: rowRules(30) }, 3), undefined);
  assert.match((await run(source, { row_rules: [{ rule_type: 'MIN_ROW', rule_value: 30007 }] }, 3))!.message, 'row num :30 fail rule');
  assert.match((await run({ ...source, 'row.num': 0 }, { row_rules: [{ rule_type: 'MIN_ROW', rule_value: 1 }] }))!.message, 'row num :0 fail rule');
});

s.run();
