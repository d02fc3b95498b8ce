import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Types, typeToString } from '../../../core/types/data-type';
import { localFileSource } from '../../../connectors/file/local-file-source';
import { rejection, subtask } from '../../support/connector-harness';
import { E2E_DATA, plain, readFiles, tempDir } from './file-test-kit';

const s = suite('local-file-source');
const t = tempDir();
s.after(() => t.cleanup());

const E2E_FIELDS = {
  c_map: 'map<string, string>', c_array: 'array<int>', c_string: 'string', c_boolean: 'boolean', c_tinyint: 'tinyint',
  c_smallint: 'smallint', c_int: 'int', c_bigint: 'bigint', c_float: 'float', c_double: 'double', c_bytes: 'bytes',
  c_date: 'date', c_decimal: 'decimal(38, 18)', c_timestamp: 'timestamp',
};

s('contract: identifier and an option rule naming the file options', () => {
  assert.is(localFileSource.identifier, 'LocalFile');
  const keys = localFileSource.optionRule.allOptions.map((o) => o.key);
  for (const k of ['path', 'file_format_type', 'field_delimiter', 'tables_configs', 'archive_compress_codec', 'read_columns']) assert.ok(keys.includes(k), k);
});

s('e2e text: 5 rows with hive partitions appended as string columns', async () => {
  const { rows, tables } = await readFiles({ path: `${E2E_DATA}/text`, file_format_type: 'text', schema: { fields: { ...E2E_FIELDS, c_row: { c_string: 'string' } } } }, { outputName: 'fake' });
  assert.is(rows.length, 5);
  const cols = tables[0].schema.columns;
  assert.equal(cols.slice(-2).map((c) => [c.name, typeToString(c.type)]), [['name', 'STRING'], ['hobby', 'STRING']]);
  assert.is(tables[0].tablePath.toString(), 'fake');
  const first = rows[0];
  assert.is(first.tableId, 'fake');
  assert.is(first.fields[2], 'MTDna');
  assert.is(first.fields[5], 13846);
  assert.is(first.fields[7], 7664187222007193600n);
  assert.is(String(first.fields[11]), '2023-06-07');
  assert.is(String(first.fields[12]), '76258155390368615610.764625237318660291');
  assert.equal(first.fields.slice(-2), ['tyrantlucifer', 'coding']);
});

s('read_columns and skip_header_row_number; parse_partition_from_path = false drops partitions', async () => {
  const { rows, tables } = await readFiles({
    path: `${E2E_DATA}/text`, file_format_type: 'text', schema: { fields: E2E_FIELDS }, read_columns: ['c_boolean', 'c_string'], skip_header_row_number: 1,
  });
  assert.is(rows.length, 4);
  assert.equal(tables[0].schema.columns.map((c) => c.name), ['c_boolean', 'c_string', 'name', 'hobby']);
  assert.equal(plain(rows[0]), [true, 'xaTOk', 'tyrantlucifer', 'coding']);
  const noParts = await readFiles({ path: `${E2E_DATA}/text`, file_format_type: 'text', schema: { fields: E2E_FIELDS }, parse_partition_from_path: false });
  assert.is(noParts.tables[0].schema.columns.length, Object.keys(E2E_FIELDS).length);
});

s('without a schema a text line is one content column', async () => {
  const file = path.join(t.dir, 'plain.txt');
  fs.writeFileSync(file, 'a\u0001b\nsecond line\n');
  const { rows, tables } = await readFiles({ path: file, file_format_type: 'text' });
  assert.equal(tables[0].schema.columns.map((c) => [c.name, c.type]), [['content', Types.STRING]]);
  assert.equal(rows.map((r) => r.fields), [['a\u0001b'], ['second line']]);
});

s('tables_configs: one table per entry, rows tagged with their table', async () => {
  const entry = (table: string) => ({ path: `${E2E_DATA}/json`, file_format_type: 'json', schema: { table, fields: { c_string: 'string' } } });
  const { rows, tables } = await readFiles({ tables_configs: [entry('fake01'), entry('fake02')] });
  assert.equal(tables.map((x) => x.tablePath.toString()), ['fake01', 'fake02']);
  assert.equal([...new Set(rows.map((r) => r.tableId))], ['fake01', 'fake02']);
  assert.is(rows.length, 10);
});

s('files are spread over parallel readers', async () => {
  const dir = path.join(t.dir, 'many');
  fs.mkdirSync(dir);
  for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, `f${i}.txt`), `${i}\n${i}\n`);
  const { perReader } = await readFiles({ path: dir, file_format_type: 'text', schema: { fields: { n: 'int' } } }, { parallelism: 2 });
  assert.equal(perReader.map((rs) => rs.map((r) => r.fields[0])), [[0, 0, 2, 2, 4, 4], [1, 1, 3, 3]]);
});

s('a reader resumes from its snapshot without repeating rows', async () => {
  const dir = path.join(t.dir, 'resume');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'a.txt'), Array.from({ length: 2500 }, (_, i) => String(i)).join('\n'));
  fs.writeFileSync(path.join(dir, 'b.txt'), '9999\n');
  const { source } = await readFiles({ path: dir, file_format_type: 'text', schema: { fields: { n: 'int' } } });
  const first = await source.createReader(subtask());
  const it = first.read()[Symbol.asyncIterator]();
  const got: number[] = [];
  for (const b of [(await it.next()).value, (await it.next()).value]) got.push(...b.map((r: { fields: number[] }) => r.fields[0]));
  const state = first.snapshotState?.();
  await it.return?.();
  const second = await source.createReader(subtask(0, 1, { restoredState: JSON.parse(JSON.stringify(state)) }));
  for await (const b of second.read()) got.push(...b.map((r) => r.fields[0] as number));
  assert.is(got.length, 2501);
  assert.equal(got.slice(1998, 2002), [1998, 1999, 2000, 2001]);
  assert.is(got[2500], 9999);
});

s('errors name the option or the file', async () => {
  const missingPath = await rejection(readFiles({ file_format_type: 'text' }));
  assert.match(missingPath?.message ?? '', /API-02.*the options\('path'\) are required/);
  const badFormat = await rejection(readFiles({ path: t.dir, file_format_type: 'avro' }));
  assert.match(badFormat?.message ?? '', /API-02.*'file_format_type'/);
  const orc = await rejection(readFiles({ path: t.dir, file_format_type: 'orc' }));
  assert.match(orc?.message ?? '', /API-02.*orc' is not supported/);
  const noDir = await rejection(readFiles({ path: path.join(t.dir, 'missing'), file_format_type: 'text' }));
  assert.match(noDir?.message ?? '', /COMMON-01.*missing/);
  const noSchema = await rejection(readFiles({ path: t.dir, file_format_type: 'json' }));
  assert.match(noSchema?.message ?? '', /API-02.*'schema'/);
  const badColumn = await rejection(readFiles({ path: `${E2E_DATA}/text`, file_format_type: 'text', schema: { fields: { a: 'int' } }, read_columns: ['zz'] }));
  assert.match(badColumn?.message ?? '', /read_columns: column 'zz' is not in the schema/);
});

s('an empty directory reads no rows', async () => {
  const empty = path.join(t.dir, 'empty');
  fs.mkdirSync(empty);
  const { rows } = await readFiles({ path: empty, file_format_type: 'parquet' });
  assert.is(rows.length, 0);
});

s.run();
