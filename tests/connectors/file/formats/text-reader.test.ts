import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { rejection } from '../../../support/connector-harness';
import { makeZip, readFiles, tempDir } from '../file-test-kit';

const s = suite('text-reader');
const t = tempDir();
s.after(() => t.cleanup());
const put = (name: string, content: string | Buffer) => {
  const file = path.join(t.dir, name);
  fs.writeFileSync(file, content);
  return file;
};

s('csv: comma by default, quoted values, a header line mapped by name, null_format', async () => {
  const file = put('a.csv', 'age,name\n7,"Smith, J"\n,"x"\nNULL,y\n');
  const { rows } = await readFiles({ path: file, file_format_type: 'csv', schema: { fields: { name: 'string', age: 'int' } }, csv_use_header_line: true, null_format: 'NULL' });
  assert.equal(rows.map((r) => r.fields), [['Smith, J', 7], ['x', null], ['y', null]]);
});

s('text: a custom delimiter, CRLF lines, missing trailing columns are null, blank lines skipped', async () => {
  const file = put('b.txt', 'a|1|true\r\n\r\nb|2\r\n');
  const { rows } = await readFiles({ path: file, file_format_type: 'text', field_delimiter: '|', schema: { fields: { s: 'string', n: 'bigint', b: 'boolean' } } });
  assert.equal(rows.map((r) => r.fields), [['a', 1n, true], ['b', 2n, null]]);
});

s('gzip-compressed and zipped files', async () => {
  const gz = put('c.txt.gz', zlib.gzipSync('1\n2\n'));
  const fromGz = await readFiles({ path: gz, file_format_type: 'text', compress_codec: 'gzip', schema: { fields: { n: 'int' } } });
  assert.equal(fromGz.rows.map((r) => r.fields[0]), [1, 2]);
  const zip = path.join(t.dir, 'd.zip');
  await makeZip(zip, { 'x.txt': 'h\n3\n', 'y.txt': 'h\n4\n', 'z.json': 'skipped' });
  const fromZip = await readFiles({ path: zip, file_format_type: 'text', archive_compress_codec: 'zip', skip_header_row_number: 1, schema: { fields: { n: 'int' } } });
  assert.equal(fromZip.rows.map((r) => r.fields[0]), [3, 4]);
});

s('large files stream in batches of 1000 rows', async () => {
  const file = put('big.txt', `${Array.from({ length: 2500 }, (_, i) => i).join('\n')}\n`);
  const { rows, source } = await readFiles({ path: file, file_format_type: 'text', schema: { fields: { n: 'int' } } });
  assert.is(rows.length, 2500);
  const reader = await source.createReader({ subtaskIndex: 0, parallelism: 1, signal: new AbortController().signal, logger: undefined as never });
  const sizes: number[] = [];
  for await (const b of reader.read()) sizes.push(b.length);
  assert.equal(sizes, [1000, 1000, 500]);
});

s('a value that does not parse names the file, the line and the field', async () => {
  const file = put('bad.txt', '1\n2\nthree\n');
  const e = await rejection(readFiles({ path: file, file_format_type: 'text', schema: { fields: { n: 'int' } } }));
  assert.match(e?.message ?? '', /COMMON-16.*line 3 of file '.*bad\.txt', field 'n': For input string: "three"/);
});

s.run();
