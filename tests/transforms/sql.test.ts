import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TablePath, catalogTable, column, tableSchema } from '../../core/catalog/catalog-table';
import { createLogger } from '../../core/logging/logger';
import { ReadonlyConfig } from '../../core/options/readonly-config';
import { Types, typeToString } from '../../core/types/data-type';
import { RowKind, SeaTunnelRow } from '../../core/types/row';
import { sqlTransform } from '../../transforms/sql';
import { applyTransforms, checkExpectations, createTransform, e2eCase, row, run, table, thrown } from './transform-harness';

// SeaTunnel's e2e expectations (cast of epoch millis to TIMESTAMP) assume the containers' UTC zone
process.env.TZ = 'UTC';
const s = suite('sql');
const SQL_CASES = [
  'tf_sql_basic', 'tf_sql_all_columns', 'tf_sql_binary_expression', 'tf_sql_case_when', 'tf_sql_criteria_filter',
  'tf_sql_func_datetime', 'tf_sql_func_from_unixtime', 'tf_sql_func_numeric', 'tf_sql_func_string', 'tf_sql_func_system',
  'tf_sql_inner_query', 'fake_to_assert_sql',
];

for (const id of SQL_CASES) {
  s(`e2e ${id}: every Assert expectation holds on the output`, async () => {
    const c = await e2eCase(id);
    const out = applyTransforms(c, { sql: sqlTransform });
    assert.equal(checkExpectations(out, c.expectations), []);
    const min = c.rowRules.find((r) => r.type === 'MIN_ROW')?.value ?? 1;
    const max = c.rowRules.find((r) => r.type === 'MAX_ROW')?.value ?? Infinity;
    assert.ok(out.rows.length >= min && out.rows.length <= max, `${out.rows.length} rows, want ${min}..${max}`);
  });
}

s('e2e tf_sql_criteria_filter keeps exactly row id 1 of its 9 rows', async () => {
  const c = await e2eCase('tf_sql_criteria_filter');
  const out = applyTransforms(c, { sql: sqlTransform });
  assert.is(c.rows.length, 9);
  assert.equal(out.rows.map((r) => r.fields[0]), [1]);
});

s('e2e tf_sql_func_numeric output types follow SeaTunnel (ceil INT, mod by the divisor, round the argument)', async () => {
  const c = await e2eCase('tf_sql_func_numeric');
  const out = applyTransforms(c, { sql: sqlTransform });
  const typeOf = (n: string) => typeToString(out.table.schema.columns.find((x) => x.name === n)!.type);
  assert.equal([typeOf('c5_1'), typeOf('c4_1'), typeOf('c4_2'), typeOf('c9_1'), typeOf('c1_2'), typeOf('c11_2')], ['INT', 'INT', 'DOUBLE', 'DOUBLE', 'INT', 'INT']);
});

s('e2e eng_console_error_cast: cast(name as int) on random names fails the job with the value', async () => {
  const c = await e2eCase('eng_console_error_cast');
  const e = thrown(() => applyTransforms(c, { sql: sqlTransform }));
  assert.match(e?.message ?? '', /TRANSFORM-01.*Cannot cast '.+' to INT: For input string/);
});

s('e2e eng_variables: the query assembled from -i variables filters on name', async () => {
  const c = await e2eCase('eng_variables', ['resName=a20240101', 'rowNum=10', 'strTemplate=[abc,def]', 'nameType=string', 'nameVal=abc', 'sourceTableName=sql']);
  const out = applyTransforms(c, { sql: sqlTransform });
  assert.ok(c.rows.length === 10);
  assert.ok(out.rows.length > 0 && out.rows.every((r) => r.fields[0] === 'abc'));
  assert.ok(out.rows.length < c.rows.length || c.rows.every((r) => r.fields[0] === 'abc'));
});

s('plain column references keep the input column metadata; computed columns are nullable with no length', () => {
  const input = catalogTable(TablePath.parse('db.t'), tableSchema(
    [column('id', Types.INT, { nullable: false, comment: 'the id', columnLength: 11 }), column('name', Types.STRING)],
    { name: 'pk', columnNames: ['id'] },
  ));
  const t = createTransform(sqlTransform, { query: 'select id as key, id + 1 as next from t' }, input);
  const [key, next] = t.outputTable.schema.columns;
  assert.equal([key.name, key.nullable, key.comment, key.columnLength], ['key', false, 'the id', 11]);
  assert.equal([next.name, next.nullable, next.comment, typeToString(next.type)], ['next', true, undefined, 'INT']);
  assert.is(t.outputTable.tablePath.fullName, 'db.t');
  assert.is(t.outputTable.schema.primaryKey, undefined, 'pk column renamed away');
  const kept = createTransform(sqlTransform, { query: 'select * from t' }, input);
  assert.equal(kept.outputTable.schema.primaryKey?.columnNames, ['id']);
});

s('rows keep kind and table id; WHERE drops rows', () => {
  const input = table([['id', 'int'], ['name', 'string']], 'db.t');
  const t = createTransform(sqlTransform, { query: "select name, id * 2 as twice from t where id > 1" }, input);
  const out = run(t, [row(input, [1, 'a']), row(input, [2, 'b'], RowKind.DELETE, 'db.t')]);
  assert.is(out.length, 1);
  assert.equal(out[0].fields, ['b', 4]);
  assert.is(out[0].kind, RowKind.DELETE);
  assert.is(out[0].tableId, 'db.t');
});

s('a bad query fails at create with COMMON-05 and its line and column', () => {
  const input = table([['id', 'int']]);
  const e = thrown(() => createTransform(sqlTransform, { query: 'select id,\n  id +* 2 from t' }, input));
  assert.match(e?.message ?? '', /COMMON-05.*SQL parse failed at line 2, column 7: unexpected '\*'/);
  const v = thrown(() => createTransform(sqlTransform, { query: 'select id from t order by id' }, input));
  assert.match(v?.message ?? '', /SQL validate failed at line 1, column 18: Unsupported ORDER BY syntax/);
  const missing = thrown(() => createTransform(sqlTransform, {}, input));
  assert.match(missing?.message ?? '', /API-02.*the options\('query'\) are required/);
});

s('engine other than ZETA is refused; the FROM name is only warned about', () => {
  const input = table([['id', 'int']], 'fake');
  assert.match(thrown(() => createTransform(sqlTransform, { query: 'select id from fake', engine: 'spark' }, input))?.message ?? '', /engine 'spark' is not supported/);
  const warnings: string[] = [];
  const options = new ReadonlyConfig({ query: 'select id from dual', source_table_name: 'fake' }, { kind: 'transform', identifier: 'Sql' });
  const logger = createLogger((r) => warnings.push(r.message), 'warn');
  const t = sqlTransform.create({ options, logger, job: { jobId: 'j', jobName: 'j', jobMode: 'BATCH', env: new ReadonlyConfig({}) }, pluginName: 'sql', inputTable: input });
  assert.equal(run(t, [new SeaTunnelRow([7])]).map((r) => r.fields), [[7]]);
  assert.equal(warnings, ['SQL table name dual is not equal to input table name fake or catalog table name fake']);
});

s.run();
