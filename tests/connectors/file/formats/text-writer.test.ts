import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LocalDate } from '../../../../core/types/temporal';
import { openTextWriter } from '../../../../connectors/file/formats/text-writer';
import { row, tempDir } from '../file-test-kit';
import { spec } from './writer-spec';

const s = suite('text-writer');
const t = tempDir();
s.after(() => t.cleanup());

s('text: delimiter between columns, row delimiter between rows and none at the end', async () => {
  const file = path.join(t.dir, 'sub/a.txt');
  const w = openTextWriter(file, spec({ a: 'string', b: 'date', c: 'array<int>' }, { fieldDelimiter: '\t', dateFormat: 'yyyy/MM/dd', enableHeader: true }));
  await w.write([row('t', 'x', new LocalDate(2024, 1, 2), [1, 2]), row('t', null, null, [])]);
  await w.close();
  assert.is(fs.readFileSync(file, 'utf8'), 'a\tb\tc\nx\t2024/01/02\t1\u00022\n\t\t');
});

s('csv: commas and quoting; gzip output', async () => {
  const file = path.join(t.dir, 'b.csv.gz');
  const w = openTextWriter(file, spec({ a: 'string', n: 'int' }, { format: 'csv', compress: 'gzip', rowDelimiter: '\r\n' }));
  await w.write([row('t', 'x,y', 1), row('t', 'plain', 2)]);
  await w.close();
  assert.is(zlib.gunzipSync(fs.readFileSync(file)).toString(), '"x,y",1\r\nplain,2');
});

s.run();
