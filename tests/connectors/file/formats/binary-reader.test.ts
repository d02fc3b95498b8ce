import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { typeToString } from '../../../../core/types/data-type';
import { E2E_DATA, filesUnder, readFiles, tempDir, writeFiles } from '../file-test-kit';

const s = suite('binary-reader');
const t = tempDir();
s.after(() => t.cleanup());

s('1024-byte chunks with relative path and index: cat.png gives 1924 rows', async () => {
  const { rows, tables } = await readFiles({ path: `${E2E_DATA}/binary`, file_format_type: 'binary' });
  assert.equal(tables[0].schema.columns.map((c) => `${c.name} ${typeToString(c.type)}`), ['data BYTES', 'relativePath STRING', 'partIndex BIGINT']);
  assert.is(rows.length, 1924);
  assert.equal(rows.slice(0, 2).map((r) => [(r.fields[0] as Uint8Array).length, r.fields[1], r.fields[2]]), [[1024, 'cat.png', 0n], [1024, 'cat.png', 1n]]);
  assert.is((rows[1923].fields[0] as Uint8Array).length, 1969877 - 1923 * 1024);
});

s('binary source -> binary sink copies files byte for byte, keeping sub-directories', async () => {
  const src = path.join(t.dir, 'src');
  fs.mkdirSync(path.join(src, 'sub'), { recursive: true });
  fs.copyFileSync(`${E2E_DATA}/binary/cat.png`, path.join(src, 'sub', 'cat.png'));
  fs.writeFileSync(path.join(src, 'small.bin'), Buffer.from([0, 1, 2, 255]));
  const { rows, tables } = await readFiles({ path: src, file_format_type: 'binary' });
  const out = path.join(t.dir, 'out');
  await writeFiles({ path: out, tmp_path: path.join(t.dir, 'tmp'), file_format_type: 'binary' }, tables, rows, { batches: 7 });
  assert.equal(filesUnder(out), ['small.bin', 'sub/cat.png']);
  assert.ok(fs.readFileSync(path.join(out, 'sub/cat.png')).equals(fs.readFileSync(`${E2E_DATA}/binary/cat.png`)));
  assert.equal([...fs.readFileSync(path.join(out, 'small.bin'))], [0, 1, 2, 255]);
});

s.run();
