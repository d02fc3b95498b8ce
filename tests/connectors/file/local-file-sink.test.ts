import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Decimal } from '../../../core/types/decimal';
import { SeaTunnelRow } from '../../../core/types/row';
import { LocalDate, LocalDateTime } from '../../../core/types/temporal';
import { localFileSink } from '../../../connectors/file/local-file-sink';
import { createSink, rejection, subtask } from '../../support/connector-harness';
import { filesUnder, plain, readFiles, row, table, tempDir, writeFiles } from './file-test-kit';

const s = suite('local-file-sink');
const t = tempDir();
s.after(() => t.cleanup());

const FIELDS = {
  c_map: 'map<string, string>', c_array: 'array<int>', c_string: 'string', c_boolean: 'boolean', c_tinyint: 'tinyint', c_smallint: 'smallint',
  c_int: 'int', c_bigint: 'bigint', c_float: 'float', c_double: 'double', c_bytes: 'bytes', c_date: 'date', c_decimal: 'decimal(38, 18)',
  c_timestamp: 'timestamp', c_row: '{c_string = string, c_int = int}',
};
const fake = table('fake', FIELDS);
const rows = Array.from({ length: 7 }, (_, i) =>
  row(
    'fake',
    new Map([[`k${i}`, `v${i}`]]),
    [i, i + 1],
    `name,"${i}"`,
    i % 2 === 0,
    i - 3,
    1000 + i,
    100_000 + i,
    9_007_199_254_740_993n + BigInt(i),
    Math.fround(1.25 + i),
    1e300 / (i + 1),
    new Uint8Array([104, 105, 48 + i]),
    new LocalDate(2024, 1, 1 + i),
    Decimal.parse(`12345678901234567890.12345678901234567${i}`),
    LocalDateTime.of(2024, 2, 3, 4, 5, i),
    new SeaTunnelRow([`inner${i}`, i]),
  ),
);
const tmp = () => path.join(t.dir, 'tmp');

s('csv -> parquet -> json keeps every value, row by row', async () => {
  const csvDir = path.join(t.dir, 'rt-csv');
  await writeFiles({ path: csvDir, tmp_path: tmp(), file_format_type: 'csv' }, [fake], rows);
  const fromCsv = await readFiles({ path: csvDir, file_format_type: 'csv', schema: { fields: FIELDS } }, { outputName: 'fake' });
  assert.equal(fromCsv.rows.map(plain), rows.map(plain));

  const parquetDir = path.join(t.dir, 'rt-parquet');
  await writeFiles({ path: parquetDir, tmp_path: tmp(), file_format_type: 'parquet', compress_codec: 'gzip' }, fromCsv.tables, fromCsv.rows);
  const fromParquet = await readFiles({ path: parquetDir, file_format_type: 'parquet' }, { outputName: 'fake' });
  assert.equal(fromParquet.rows.map(plain), rows.map(plain));

  const jsonDir = path.join(t.dir, 'rt-json');
  await writeFiles({ path: jsonDir, tmp_path: tmp(), file_format_type: 'json' }, [fake], fromParquet.rows);
  const fromJson = await readFiles({ path: jsonDir, file_format_type: 'json', schema: { fields: FIELDS } }, { outputName: 'fake' });
  assert.equal(fromJson.rows.map(plain), rows.map(plain));
});

s('each text format reads back what it wrote', async () => {
  for (const format of ['text', 'xml', 'excel']) {
    const dir = path.join(t.dir, `rt-${format}`);
    // A row column is written as its fields joined with field_delimiter: \u0001 is not allowed in XML.
    const extra = format === 'xml' ? { xml_use_attr_format: true, field_delimiter: ';' } : format === 'excel' ? { field_delimiter: ';' } : {};
    await writeFiles({ path: dir, tmp_path: tmp(), file_format_type: format, ...extra }, [fake], rows);
    const read = await readFiles({
      path: dir,
      file_format_type: format,
      schema: { fields: FIELDS },
      ...(format === 'xml' ? { xml_row_tag: 'RECORD', xml_use_attr_format: true, field_delimiter: ';' } : {}),
      ...(format === 'excel' ? { skip_header_row_number: 1, field_delimiter: ';' } : {}),
    });
    const expected = rows.map(plain) as unknown[][];
    const got = read.rows.map(plain) as unknown[][];
    // XML and Excel keep rows as delimiter-joined text, Excel writes bytes as `[1, 2]` text and holds numbers as
    // doubles: compare the rest exactly.
    const skip = format === 'text' ? [] : format === 'xml' ? [14] : [7, 10, 12, 13, 14];
    const pick = (r: unknown[]) => r.filter((_, i) => !skip.includes(i));
    assert.equal(got.map(pick), expected.map(pick), format);
  }
});

s('files appear in path only on commit; abort removes them', async () => {
  const out = path.join(t.dir, 'tx');
  const sink = await createSink(localFileSink, { path: out, tmp_path: tmp(), file_format_type: 'text' }, [fake]);
  const w = await sink.createWriter(subtask());
  await w.write(rows);
  const info = await w.prepareCommit?.(1);
  await w.close();
  assert.equal(filesUnder(out), []);
  const pending = filesUnder(tmp());
  assert.is(pending.length, 1);
  assert.match(pending[0], /^seatunnel\/test\/[0-9a-f]{10}\/T_test_[0-9a-f]{10}_0_1\/T_test_[0-9a-f]{10}_0_1_0\.txt$/);
  await sink.commit?.([info]);
  assert.equal(filesUnder(out), [path.basename(pending[0])]);
  assert.equal(filesUnder(tmp()), []);
  await sink.commit?.([info]);
  assert.is(filesUnder(out).length, 1, 'a second commit is harmless');

  const aborted = path.join(t.dir, 'tx-abort');
  const sink2 = await createSink(localFileSink, { path: aborted, tmp_path: tmp(), file_format_type: 'json' }, [fake]);
  const w2 = await sink2.createWriter(subtask());
  await w2.write(rows);
  await w2.close();
  assert.is(filesUnder(tmp()).length, 1);
  await sink2.abort?.([]);
  assert.equal(filesUnder(tmp()), []);
  assert.equal(filesUnder(aborted), []);
});

s('save modes: DROP_DATA empties the directory, ERROR_WHEN_DATA_EXISTS refuses', async () => {
  const out = path.join(t.dir, 'save');
  const opts = { path: out, tmp_path: tmp(), file_format_type: 'json', data_save_mode: 'DROP_DATA' };
  await writeFiles(opts, [fake], rows);
  await writeFiles(opts, [fake], rows);
  assert.is(filesUnder(out).length, 1);
  const e = await rejection(createSink(localFileSink, { ...opts, data_save_mode: 'ERROR_WHEN_DATA_EXISTS' }, [fake]));
  assert.match(e?.message ?? '', /API-10.*already has files/);
  const missing = await rejection(createSink(localFileSink, { path: path.join(t.dir, 'nowhere'), schema_save_mode: 'ERROR_WHEN_SCHEMA_NOT_EXIST' }, [fake]));
  assert.match(missing?.message ?? '', /API-11.*nowhere/);
});

s('multi-table input: ${table_name} in path, one directory per table', async () => {
  const a = table('db.t_a', { id: 'int' });
  const b = table('db.t_b', { id: 'int' });
  const base = path.join(t.dir, 'multi');
  await writeFiles({ path: `${base}/\${table_name}`, tmp_path: tmp(), file_format_type: 'text' }, [a, b], [row('db.t_a', 1), row('db.t_b', 2), row('db.t_a', 3)]);
  assert.equal(filesUnder(base).map((f) => f.split('/')[0]), ['t_a', 't_b']);
  const read = await readFiles({ path: `${base}/t_a`, file_format_type: 'text', schema: { fields: { id: 'int' } } });
  assert.equal(read.rows.map((r) => r.fields[0]), [1, 3]);
});

s('partitions, batch_size rolling, sink_columns and the header line', async () => {
  const out = path.join(t.dir, 'parts');
  const people = table('fake', { name: 'string', city: 'string', age: 'int' });
  const data = [row('fake', 'a', 'x', 1), row('fake', 'b', 'y', 2), row('fake', 'c', 'x', 3), row('fake', 'd', 'x', 4)];
  await writeFiles(
    { path: out, tmp_path: tmp(), file_format_type: 'csv', partition_by: ['city'], have_partition: true, batch_size: 2, enable_header_write: true, sink_columns: ['name', 'city'] },
    [people],
    data,
  );
  const files = filesUnder(out);
  assert.equal(files.map((f) => f.replace(/T_[^/]+_(\d)\.csv$/, 'part$1')), ['city=x/part0', 'city=x/part1', 'city=y/part0']);
  assert.is(fs.readFileSync(path.join(out, files[0]), 'utf8'), 'name,city,age\na');
  const read = await readFiles({ path: out, file_format_type: 'csv', schema: { fields: { name: 'string' } }, skip_header_row_number: 1 });
  assert.equal(read.rows.map((r) => r.fields), [['a', 'x'], ['c', 'x'], ['d', 'x'], ['b', 'y']]);
});

s('gbk output is encoded', async () => {
  const out = path.join(t.dir, 'gbk');
  await writeFiles({ path: out, tmp_path: tmp(), file_format_type: 'text', encoding: 'gbk' }, [table('fake', { s: 'string' })], [row('fake', '你好，世界')]);
  const bytes = fs.readFileSync(path.join(out, filesUnder(out)[0]));
  assert.equal([...bytes], [0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xca, 0xc0, 0xbd, 0xe7]);
  const read = await readFiles({ path: out, file_format_type: 'text', encoding: 'gbk', schema: { fields: { s: 'string' } } });
  assert.is(read.rows[0].fields[0], '你好，世界');
});

s('option errors name the option', async () => {
  const lzo = await rejection(createSink(localFileSink, { path: t.dir, file_format_type: 'text', compress_codec: 'lzo' }, [fake]));
  assert.match(lzo?.message ?? '', /API-02.*compress_codec 'lzo' is not supported/);
  const tx = await rejection(createSink(localFileSink, { path: t.dir, file_name_expression: 'data_${now}' }, [fake]));
  assert.match(tx?.message ?? '', /file_name_expression must contains transactionId/);
  const xml = await rejection(createSink(localFileSink, { path: t.dir, file_format_type: 'xml' }, [fake]));
  assert.match(xml?.message ?? '', /API-02.*'xml_use_attr_format'/);
  const part = await rejection(createSink(localFileSink, { path: t.dir, partition_by: ['nope'], sink_columns: ['c_int'] }, [fake]));
  assert.match(part?.message ?? '', /partition fields must in sink columns/);
  const orc = await rejection(createSink(localFileSink, { path: t.dir, file_format_type: 'orc' }, [fake]));
  assert.match(orc?.message ?? '', /orc' is not supported/);
});

s.run();
