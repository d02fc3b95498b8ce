import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { openMembers } from '../../../connectors/file/input-members';
import { makeTar, makeZip, tempDir } from './file-test-kit';

const s = suite('input-members');
const t = tempDir();
s.after(() => t.cleanup());

async function contents(file: string, archive: 'none' | 'zip' | 'tar' | 'tar_gz', compress: 'none' | 'gzip' = 'none', suffixes = ['.txt']) {
  const out: [string, string][] = [];
  for await (const m of openMembers(file, { archive, compress, suffixes })) {
    const chunks: Buffer[] = [];
    for await (const c of m.stream) chunks.push(c as Buffer);
    out.push([path.basename(m.name), Buffer.concat(chunks).toString()]);
  }
  return out;
}

s('a plain file is one member; gzip is decompressed', async () => {
  const plain = path.join(t.dir, 'a.txt');
  fs.writeFileSync(plain, 'hello');
  assert.equal(await contents(plain, 'none'), [['a.txt', 'hello']]);
  const gz = path.join(t.dir, 'a.txt.gz');
  fs.writeFileSync(gz, zlib.gzipSync('zipped'));
  assert.equal(await contents(gz, 'none', 'gzip'), [['a.txt.gz', 'zipped']]);
});

s('zip, tar and tar.gz members are read in order; other suffixes are skipped', async () => {
  const entries = { 'one.txt': '1', 'dir/two.txt': '2', 'notes.md': 'skip me' };
  const zip = path.join(t.dir, 'x.zip');
  const tar = path.join(t.dir, 'x.tar');
  const tgz = path.join(t.dir, 'x.tar.gz');
  await makeZip(zip, entries);
  await makeTar(tar, entries);
  await makeTar(tgz, entries, true);
  const expected = [
    ['one.txt', '1'],
    ['two.txt', '2'],
  ];
  assert.equal(await contents(zip, 'zip'), expected);
  assert.equal(await contents(tar, 'tar'), expected);
  assert.equal(await contents(tgz, 'tar_gz'), expected);
});

s('members the reader leaves unread are drained', async () => {
  const zip = path.join(t.dir, 'y.zip');
  await makeZip(zip, { 'a.txt': 'a'.repeat(100_000), 'b.txt': 'b' });
  const names: string[] = [];
  for await (const m of openMembers(zip, { archive: 'zip', compress: 'none', suffixes: [] })) names.push(m.name);
  assert.equal(names, ['a.txt', 'b.txt']);
});

s('a broken archive fails with COMMON-01 naming the file', async () => {
  const bad = path.join(t.dir, 'bad.zip');
  fs.writeFileSync(bad, 'not a zip');
  const e = await contents(bad, 'zip').catch((err: Error) => err);
  assert.match((e as Error).message, /COMMON-01.*bad\.zip/);
});

s.run();
