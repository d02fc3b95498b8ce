import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { typeToString } from '../../../../core/types/data-type';
import { parquetRowType } from '../../../../connectors/file/formats/parquet-reader';
import { rejection } from '../../../support/connector-harness';
import { E2E_DATA, plain, readFiles, tempDir } from '../file-test-kit';

const s = suite('parquet-reader');
const t = tempDir();
s.after(() => t.cleanup());
const FILE = `${E2E_DATA}/parquet/name=tyrantlucifer/hobby=coding/e2e.parquet`;

s('the schema comes from the file (this file stores tinyint and smallint as plain INT32)', async () => {
  const type = await parquetRowType(FILE);
  assert.equal(type.names.slice(0, 3), ['c_map', 'c_array', 'c_string']);
  assert.equal(type.types.map(typeToString).slice(0, 2), ['Map<STRING, STRING>', 'ARRAY<INT>']);
  assert.equal(type.types.map(typeToString).slice(4, 14), ['INT', 'INT', 'INT', 'BIGINT', 'FLOAT', 'DOUBLE', 'BYTES', 'DATE', 'Decimal(38, 18)', 'TIMESTAMP']);
  assert.is(typeToString(type.types[14]).startsWith('ROW<C_MAP Map<STRING, STRING>,C_ARRAY ARRAY<INT>'), true);
});

s('values are exact: bigint, decimal digits, bytes, dates and nested rows', async () => {
  const { rows, tables } = await readFiles({ path: `${E2E_DATA}/parquet`, file_format_type: 'parquet' });
  assert.is(rows.length, 5);
  assert.equal(tables[0].schema.columns.slice(-2).map((c) => c.name), ['name', 'hobby']);
  const r = plain(rows[0]) as unknown[];
  assert.equal(r.slice(1, 8), [[829627748, 715507997, 121372532, 526167221, 191320370], 'GAnQV', true, 80, 24309, 1288562437, '8882056914872508416n']);
  assert.equal(r.slice(10, 14), [`bytes:${Buffer.from('SylUU').toString('hex')}`, '2022-08-08', '60866983956779275367.881937803151258619', '2022-01-25T15:45']);
  assert.equal((r[14] as unknown[]).slice(2, 3), ['pacIP']);
});

s('read_columns picks columns by name; a file that is not parquet is named', async () => {
  const { rows } = await readFiles({ path: FILE, file_format_type: 'parquet', read_columns: ['c_double', 'c_string'] });
  assert.equal(plain(rows[0]), [1.27441327783455e308, 'GAnQV', 'tyrantlucifer', 'coding']);
  const fake = path.join(t.dir, 'fake.parquet');
  fs.writeFileSync(fake, 'hello world');
  const e = await rejection(readFiles({ path: fake, file_format_type: 'parquet' }));
  assert.match(e?.message ?? '', /is not a parquet file/);
});

s.run();
