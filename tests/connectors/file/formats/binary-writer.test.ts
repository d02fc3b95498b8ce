import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { BinaryFileWriter } from '../../../../connectors/file/formats/binary-writer';
import { rejection } from '../../../support/connector-harness';
import { tempDir } from '../file-test-kit';

const s = suite('binary-writer');
const t = tempDir();
s.after(() => t.cleanup());

s('appends parts in order and refuses a part out of order', async () => {
  const w = new BinaryFileWriter(t.dir);
  await w.write(new Uint8Array([1, 2]), 'a/b.bin', 0n);
  await w.write(new Uint8Array([3]), 'a/b.bin', 1n);
  const e = await rejection(w.write(new Uint8Array([9]), 'a/b.bin', 3n));
  assert.match(e?.message ?? '', /last order is 1, but get 3/);
  await w.close();
  assert.equal(w.files, ['a/b.bin']);
  assert.equal([...fs.readFileSync(path.join(t.dir, 'a/b.bin'))], [1, 2, 3]);
});

s.run();
