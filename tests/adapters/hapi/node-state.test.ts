import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { NodeState, readBuildInfo } from '../../../adapters/hapi/node-state';

const s = suite('node-state');

s('tags are replaced as a whole and match a filter only when every tag is carried', () => {
  const node = new NodeState({ projectVersion: '1', gitCommitAbbrev: 'x' });
  assert.ok(node.matches({}));
  node.replaceTags({ zone: 'a', tier: 'gold' });
  assert.ok(node.matches({ zone: 'a' }));
  assert.ok(node.matches({ zone: 'a', tier: 'gold' }));
  assert.not.ok(node.matches({ zone: 'b' }));
  assert.not.ok(node.matches({ zone: 'a', other: 'x' }));
  node.replaceTags({});
  assert.not.ok(node.matches({ zone: 'a' }));
  assert.not.ok(node.ready);
});

s('build info comes from package.json and the checkout HEAD', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-build-'));
  try {
    fs.writeFileSync(path.join(dir, 'package.json'), '{"version":"9.8.7"}');
    assert.equal(readBuildInfo(dir), { projectVersion: '9.8.7', gitCommitAbbrev: 'unknown' });
    fs.mkdirSync(path.join(dir, '.git', 'refs', 'heads'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    fs.writeFileSync(path.join(dir, '.git', 'refs', 'heads', 'main'), '0123456789abcdef0123456789abcdef01234567\n');
    assert.equal(readBuildInfo(dir), { projectVersion: '9.8.7', gitCommitAbbrev: '0123456' });
    assert.equal(readBuildInfo(path.join(dir, 'missing')), { projectVersion: 'unknown', gitCommitAbbrev: 'unknown' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

s.run();
