import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LocalDateTime } from '../../../../core/types/temporal';
import { dateTimeToSerial, serialToDateTime } from '../../../../connectors/file/formats/excel-reader';
import { rejection } from '../../../support/connector-harness';
import { E2E_DATA, plain, readFiles } from '../file-test-kit';

const s = suite('excel-reader');
const FIELDS = {
  c_map: 'map<string, string>', c_array: 'array<int>', c_string: 'string', c_boolean: 'boolean', c_tinyint: 'tinyint', c_smallint: 'smallint',
  c_int: 'int', c_bigint: 'bigint', c_float: 'float', c_double: 'double', c_bytes: 'bytes', c_date: 'date', c_decimal: 'decimal(38, 18)',
  c_timestamp: 'timestamp',
};

s('xls and xlsx give the same rows; date cells become dates and timestamps', async () => {
  const dir = `${E2E_DATA}/excel/name=tyrantlucifer/hobby=coding`;
  const read = async (f: string) => (await readFiles({ path: path.join(dir, f), file_format_type: 'excel', skip_header_row_number: 1, schema: { fields: FIELDS } })).rows.map(plain);
  const xlsx = await read('e2e.xlsx');
  const xls = await read('e2e.xls');
  assert.is(xlsx.length, 5);
  assert.equal(xls, xlsx);
  const first = xlsx[0] as unknown[];
  assert.equal(first.slice(2, 8), ['rDAya', true, 25, 22478, 1333226130, '2121369863495191552n']);
  // Decimals go through a double, as BigDecimal.valueOf(cell.getNumericCellValue()).
  assert.equal(first.slice(11, 14), ['2023-06-13', '61746461279068210000', '2023-05-17T00:36:12']);
  assert.is(first[0] !== null && typeof first[0] === 'object', true);
});

s('the directory with both files and hive partitions, with read_columns', async () => {
  const { rows, tables } = await readFiles({ path: `${E2E_DATA}/excel`, file_format_type: 'excel', skip_header_row_number: 1, read_columns: ['c_string', 'c_boolean'], schema: { fields: FIELDS } });
  assert.is(rows.length, 10);
  assert.equal(tables[0].schema.columns.map((c) => c.name), ['c_string', 'c_boolean', 'name', 'hobby']);
  assert.equal(rows[0].fields, ['rDAya', true, 'tyrantlucifer', 'coding']);
});

s('a missing sheet and too many skipped rows name the option', async () => {
  const file = `${E2E_DATA}/excel/name=tyrantlucifer/hobby=coding/e2e.xlsx`;
  const sheet = await rejection(readFiles({ path: file, file_format_type: 'excel', sheet_name: 'nope', schema: { fields: FIELDS } }));
  assert.match(sheet?.message ?? '', /Sheet 'nope' \(option 'sheet_name'\) not found.*sheets: test/);
  const skip = await rejection(readFiles({ path: file, file_format_type: 'excel', skip_header_row_number: 9, schema: { fields: FIELDS } }));
  assert.match(skip?.message ?? '', /skip_header_row_number|Skip the number of rows/);
});

s('Excel serial dates', () => {
  const dt = LocalDateTime.of(2023, 5, 17, 0, 36, 12);
  assert.equal(serialToDateTime(dateTimeToSerial(dt)), dt);
  assert.equal(serialToDateTime(45090), LocalDateTime.of(2023, 6, 13));
  assert.equal(serialToDateTime(0, true), LocalDateTime.of(1904, 1, 1));
});

s.run();
