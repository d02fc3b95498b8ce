import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { abortFiles, commitFiles, flattenInfos } from '../../../connectors/file/file-commit';
import { filesUnder, tempDir } from './file-test-kit';

const s = suite('file-commit');
const t = tempDir();
s.after(() => t.cleanup());

function prepared(name: string) {
  const root = path.join(t.dir, name, 'tmp', 'seatunnel');
  const tx = path.join(root, 'job', 'uuid', 'T_job_uuid_0_1');
  fs.mkdirSync(path.join(tx, 'p=1'), { recursive: true });
  fs.writeFileSync(path.join(tx, 'p=1', 'f.txt'), 'data');
  const target = path.join(t.dir, name, 'out', 'p=1', 'f.txt');
  return { info: { transactionDir: tx, tmpRoot: root, moves: [[path.join(tx, 'p=1', 'f.txt'), target] as const] }, root, target };
}

s('commit moves files, removes the transaction and its empty parents, and can run twice', async () => {
  const { info, root, target } = prepared('c');
  await commitFiles(flattenInfos([[info]]));
  assert.is(fs.readFileSync(target, 'utf8'), 'data');
  assert.equal(fs.readdirSync(root), []);
  await commitFiles([info]);
  assert.is(fs.readFileSync(target, 'utf8'), 'data');
});

s('abort deletes prepared files and moves committed ones back', async () => {
  const a = prepared('a');
  await abortFiles([a.info]);
  assert.equal(filesUnder(path.join(t.dir, 'a')), []);
  const b = prepared('b');
  await commitFiles([b.info]);
  await abortFiles([{ ...b.info, transactionDir: path.join(b.root, 'other') }]);
  assert.ok(!fs.existsSync(b.target));
  assert.ok(fs.existsSync(b.info.moves[0][0]));
});

s('flattenInfos ignores what is not a commit info', () => {
  assert.equal(flattenInfos([undefined, null, 3, [{ moves: [] }]]), [{ moves: [] }]);
});

s.run();
