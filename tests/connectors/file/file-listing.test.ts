import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { filterPattern, listFiles } from '../../../connectors/file/file-listing';
import { tempDir } from './file-test-kit';

const s = suite('file-listing');
const t = tempDir();

s.before(() => {
  const put = (rel: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(t.dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(t.dir, rel), content);
  };
  put('b.txt', 'b');
  put('a/x=1/c.txt', 'c');
  put('a/.hidden', 'h');
  put('a/_SUCCESS', 's');
  put('empty.txt', '');
  put('e2e_filter.xlsx', 'x');
});
s.after(() => t.cleanup());

s('recursive, sorted, skipping empty, hidden and _SUCCESS files', async () => {
  const files = await listFiles(t.dir);
  assert.equal(files.map((f) => path.relative(t.dir, f)), ['a/x=1/c.txt', 'b.txt', 'e2e_filter.xlsx']);
});

s('a file path lists itself; a pattern matches whole names; read_partitions filters paths', async () => {
  assert.equal(await listFiles(path.join(t.dir, 'b.txt')), [path.join(t.dir, 'b.txt')]);
  assert.equal((await listFiles(t.dir, { pattern: filterPattern('e2e_filter.*') })).map((f) => path.basename(f)), ['e2e_filter.xlsx']);
  assert.equal((await listFiles(t.dir, { pattern: filterPattern('.txt') })).length, 0);
  assert.equal((await listFiles(t.dir, { readPartitions: ['x=1'] })).map((f) => path.basename(f)), ['c.txt']);
});

s('a missing path fails with COMMON-01 naming it; a bad pattern names the option', async () => {
  const missing = path.join(t.dir, 'nope');
  const e = await listFiles(missing).catch((err: Error) => err);
  assert.match((e as Error).message, /COMMON-01.*Get file list from this path \[.*nope\] failed/);
  assert.throws(() => filterPattern('('), /API-02.*file_filter_pattern/);
});

s.run();
