import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ReadonlyConfig } from '../../../core/options/readonly-config';
import { FileSinkWriter } from '../../../connectors/file/file-sink-writer';
import type { FileCommitInfo } from '../../../connectors/file/file-commit';
import { parseSinkConfig } from '../../../connectors/file/sink-config';
import { rejection } from '../../support/connector-harness';
import { filesUnder, row, table, tempDir } from './file-test-kit';

const s = suite('file-sink-writer');
const t = tempDir();
s.after(() => t.cleanup());
const config = (name: string, raw: Record<string, unknown>, tbl = table('fake', { id: 'int' })) =>
  parseSinkConfig(new ReadonlyConfig({ path: path.join(t.dir, name, 'out'), tmp_path: path.join(t.dir, name, 'tmp'), file_format_type: 'text', ...raw }, { kind: 'sink', identifier: 'LocalFile' }), tbl);

s('rolls to a new file every batch_size rows; each checkpoint is a new transaction', async () => {
  const dirs: string[] = [];
  const w = new FileSinkWriter([config('roll', { batch_size: 2 })], 'job7', 3, (d) => dirs.push(d));
  await w.write([1, 2, 3, 4, 5].map((i) => row('fake', i)));
  const first = (await w.prepareCommit(1)) as FileCommitInfo[];
  assert.equal(first[0].moves.map(([, to]) => path.basename(to).replace(/^T_job7_[0-9a-f]{10}_3_1_/, '')), ['0.txt', '1.txt', '2.txt']);
  assert.equal(first[0].moves.map(([from]) => fs.readFileSync(from, 'utf8')), ['1\n2', '3\n4', '5']);
  await w.write([row('fake', 6)]);
  const second = (await w.prepareCommit(2)) as FileCommitInfo[];
  assert.match(path.basename(second[0].transactionDir), /^T_job7_[0-9a-f]{10}_3_2$/);
  assert.is(await w.prepareCommit(3), undefined, 'nothing written, nothing to commit');
  await w.close();
  assert.is(dirs.length, 4);
});

s('multi-table rows go to their table; an unknown table id fails naming it', async () => {
  const a = config('ma', {}, table('a', { id: 'int' }));
  const b = config('mb', {}, table('b', { id: 'int' }));
  const w = new FileSinkWriter([a, b], 'j', 0, () => undefined);
  await w.write([row('a', 1), row('b', 2), row('a', 3)]);
  const infos = (await w.prepareCommit(1)) as FileCommitInfo[];
  assert.equal(infos.map((i) => fs.readFileSync(i.moves[0][0], 'utf8')), ['1\n3', '2']);
  const e = await rejection(w.write([row('c', 1)]));
  assert.match(e?.message ?? '', /row of unknown table 'c' \(tables: a, b\)/);
});

s('close completes open files but leaves them in the transaction directory', async () => {
  const c = config('close', {});
  const w = new FileSinkWriter([c], 'j', 0, () => undefined);
  await w.write([row('fake', 1)]);
  await w.close();
  assert.equal(filesUnder(path.join(t.dir, 'close', 'out')), []);
  assert.is(filesUnder(path.join(t.dir, 'close', 'tmp')).length, 1);
});

s.run();
