import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TextFileOutput, encodeText } from '../../../../connectors/file/formats/file-output';
import { rejection } from '../../../support/connector-harness';
import { tempDir } from '../file-test-kit';

const s = suite('file-output');
const t = tempDir();
s.after(() => t.cleanup());

s('buffers text, creates directories, encodes on flush, completes on close', async () => {
  const file = path.join(t.dir, 'a/b/c.txt');
  const out = new TextFileOutput(file, 'ISO-8859-1', 'none');
  out.append('caf');
  out.append('é');
  await out.flush();
  for (let i = 0; i < 1100; i++) out.append('x'.repeat(1000));
  await out.flush();
  await out.close();
  const bytes = fs.readFileSync(file);
  assert.equal([...bytes.subarray(0, 4)], [99, 97, 102, 0xe9]);
  assert.is(bytes.length, 4 + 1_100_000);
  assert.equal([...encodeText('é', 'utf-8')], [0xc3, 0xa9]);
});

s('a file that cannot be written fails with COMMON-01 naming it', async () => {
  const blocker = path.join(t.dir, 'file-not-dir');
  fs.writeFileSync(blocker, 'x');
  const e = await rejection((async () => new TextFileOutput(path.join(blocker, 'x.txt'), 'UTF-8', 'none').close())());
  assert.match(e?.message ?? '', /file-not-dir/);
});

s.run();
