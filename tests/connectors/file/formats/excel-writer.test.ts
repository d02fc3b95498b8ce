import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Decimal } from '../../../../core/types/decimal';
import { SeaTunnelRow } from '../../../../core/types/row';
import { LocalDate, LocalDateTime } from '../../../../core/types/temporal';
import { openExcelWriter } from '../../../../connectors/file/formats/excel-writer';
import { row, tempDir } from '../file-test-kit';
import { spec } from './writer-spec';

const s = suite('excel-writer');
const t = tempDir();
s.after(() => t.cleanup());

s('a header row, typed cells, date formats, JSON maps, joined rows and byte lists', async () => {
  const file = path.join(t.dir, 'a.xlsx');
  const w = openExcelWriter(
    file,
    spec({ s: 'string', n: 'int', d: 'decimal(10, 2)', day: 'date', ts: 'timestamp', m: 'map<string, int>', r: '{a = string, b = int}', b: 'bytes' }, { sheetName: 'data', fieldDelimiter: ';' }),
  );
  await w.write([row('t', 'x', 3, Decimal.parse('1.50'), new LocalDate(2023, 6, 13), LocalDateTime.of(2023, 5, 17, 0, 36, 12), new Map([['k', 1]]), new SeaTunnelRow(['y', 2]), new Uint8Array([1, 255]))]);
  await w.close();
  const book = XLSX.readFile(file, { cellNF: true });
  assert.equal(book.SheetNames, ['data']);
  const ws = book.Sheets.data;
  assert.equal(['A1', 'B1', 'H1'].map((a) => ws[a].v), ['s', 'n', 'b']);
  assert.equal(['A2', 'B2', 'C2'].map((a) => ws[a].v), ['x', 3, 1.5]);
  assert.is(ws.D2.v, 45090);
  assert.is(ws.D2.z, 'yyyy-MM-dd');
  assert.is(ws.E2.z, 'yyyy-MM-dd HH:mm:ss');
  assert.equal(['F2', 'G2', 'H2'].map((a) => ws[a].v), ['{"k":1}', 'y;2', '[1, -1]']);
});

s.run();
