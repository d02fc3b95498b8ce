import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { silentLogger } from '../../../core/logging/logger';
import { applySaveModes } from '../../../connectors/file/save-mode';
import { rejection } from '../../support/connector-harness';
import { filesUnder, tempDir } from './file-test-kit';

const s = suite('save-mode');
const t = tempDir();
s.after(() => t.cleanup());

const dirWithFile = (name: string) => {
  const dir = path.join(t.dir, name);
  fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'sub', 'old.txt'), 'x');
  return dir;
};

s('CREATE_SCHEMA_WHEN_NOT_EXIST creates; APPEND_DATA keeps files', async () => {
  const fresh = path.join(t.dir, 'fresh');
  await applySaveModes(fresh, 'CREATE_SCHEMA_WHEN_NOT_EXIST', 'APPEND_DATA', silentLogger);
  assert.ok(fs.statSync(fresh).isDirectory());
  const kept = dirWithFile('kept');
  await applySaveModes(kept, 'CREATE_SCHEMA_WHEN_NOT_EXIST', 'APPEND_DATA', silentLogger);
  assert.equal(filesUnder(kept), ['sub/old.txt']);
});

s('RECREATE_SCHEMA and DROP_DATA leave an empty directory', async () => {
  for (const [schema, data] of [['RECREATE_SCHEMA', 'APPEND_DATA'], ['IGNORE', 'DROP_DATA']]) {
    const dir = dirWithFile(`${schema}-${data}`);
    await applySaveModes(dir, schema, data, silentLogger);
    assert.ok(fs.statSync(dir).isDirectory());
    assert.equal(filesUnder(dir), []);
  }
});

s('ERROR modes fail with API-11 / API-10 naming the directory', async () => {
  const missing = await rejection(applySaveModes(path.join(t.dir, 'missing'), 'ERROR_WHEN_SCHEMA_NOT_EXIST', 'APPEND_DATA', silentLogger));
  assert.match(missing?.message ?? '', /API-11.*missing.*ERROR_WHEN_SCHEMA_NOT_EXIST/);
  const full = await rejection(applySaveModes(dirWithFile('full'), 'IGNORE', 'ERROR_WHEN_DATA_EXISTS', silentLogger));
  assert.match(full?.message ?? '', /API-10.*full.*already has files/);
  const empty = path.join(t.dir, 'empty');
  fs.mkdirSync(empty);
  await applySaveModes(empty, 'IGNORE', 'ERROR_WHEN_DATA_EXISTS', silentLogger);
});

s.run();
