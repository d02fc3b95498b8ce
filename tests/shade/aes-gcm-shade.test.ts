import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { expectCode } from '../support/expect-code';
import type { ConfigShade } from '../../core/plugin/contracts';
import { AES_GCM_PREFIX, SHADE_KEY_ENV, aesGcmShade, generateAesGcmKey } from '../../shade/aes-gcm-shade';

const s = suite('aes-gcm-shade');
const dir = mkdtempSync(path.join(tmpdir(), 'seatide-aes-'));
const savedEnv = process.env[SHADE_KEY_ENV];
delete process.env[SHADE_KEY_ENV];

const opened = (properties: Record<string, unknown>): ConfigShade => {
  const shade = aesGcmShade.open!.call(Object.create(aesGcmShade), properties);
  assert.ok(shade, 'open returns the configured shade');
  return shade as ConfigShade;
};

s.after(() => {
  rmSync(dir, { recursive: true, force: true });
  if (savedEnv === undefined) delete process.env[SHADE_KEY_ENV];
  else process.env[SHADE_KEY_ENV] = savedEnv;
});

s('two encryptions of one value differ and both decrypt to it', () => {
  const shade = opened({ key: generateAesGcmKey() });
  const plain = 'seatunnel_password 😀';
  const a = shade.encrypt(plain);
  const b = shade.encrypt(plain);
  assert.is.not(a, b);
  assert.ok(a.startsWith(AES_GCM_PREFIX));
  assert.ok(!a.includes('seatunnel'));
  // nonce 12 + ciphertext + tag 16, base64url without padding
  assert.is(Buffer.from(a.slice(AES_GCM_PREFIX.length), 'base64url').length, 12 + Buffer.byteLength(plain) + 16);
  assert.is(shade.decrypt(a), plain);
  assert.is(shade.decrypt(b), plain);
  assert.is(shade.decrypt(shade.encrypt('')), '');
});

s('a value encrypted with another key fails with SHADE-02, naming no secret', () => {
  const keyA = generateAesGcmKey();
  const keyB = generateAesGcmKey();
  const value = opened({ key: keyA }).encrypt('hunter22');
  const err = expectCode(() => opened({ key: keyB }).decrypt(value), 'SHADE-02', 'authentication failed');
  assert.not.ok(err.message.includes(keyA) || err.message.includes(keyB) || err.message.includes(value));
});

s('a tampered, truncated or foreign value fails with SHADE-02', () => {
  const shade = opened({ key: generateAesGcmKey() });
  const value = shade.encrypt('hunter22');
  const body = value.slice(AES_GCM_PREFIX.length);
  const i = Math.floor(body.length / 2);
  const flipped = AES_GCM_PREFIX + body.slice(0, i) + (body[i] === 'A' ? 'B' : 'A') + body.slice(i + 1);
  expectCode(() => shade.decrypt(flipped), 'SHADE-02', 'authentication failed');
  expectCode(() => shade.decrypt(value.slice(0, -2)), 'SHADE-02');
  expectCode(() => shade.decrypt(AES_GCM_PREFIX + 'AAAA'), 'SHADE-02', 'too short');
  expectCode(() => shade.decrypt(AES_GCM_PREFIX + body + '='), 'SHADE-02', 'not base64url');
  expectCode(() => shade.decrypt('hunter22'), 'SHADE-02', `'${AES_GCM_PREFIX}'`);
});

s('reads the key from SEATIDE_SHADE_KEY when no properties name one', () => {
  const key = generateAesGcmKey();
  process.env[SHADE_KEY_ENV] = key;
  try {
    const value = aesGcmShade.encrypt('from-env');
    assert.is(opened({}).decrypt(value), 'from-env');
    assert.is(opened({ key }).decrypt(value), 'from-env');
    // properties win over the environment variable
    expectCode(() => opened({ key: generateAesGcmKey() }).decrypt(value), 'SHADE-02');
  } finally {
    delete process.env[SHADE_KEY_ENV];
  }
});

s('reads the key from key_file', () => {
  const key = generateAesGcmKey();
  const file = path.join(dir, 'shade.key');
  writeFileSync(file, `${key}\n`);
  const value = opened({ key_file: file }).encrypt('from-file');
  assert.is(opened({ key }).decrypt(value), 'from-file');
  expectCode(() => opened({ key_file: path.join(dir, 'missing.key') }), 'SHADE-03', 'missing.key');
});

s('a missing, short or malformed key fails with SHADE-03', () => {
  expectCode(() => aesGcmShade.encrypt('x'), 'SHADE-03', SHADE_KEY_ENV);
  expectCode(() => opened({}).encrypt('x'), 'SHADE-03', SHADE_KEY_ENV);
  expectCode(() => opened({ key: randomBytes(16).toString('base64') }), 'SHADE-03', '16 bytes');
  expectCode(() => opened({ key: 'not a key!' }), 'SHADE-03', 'not base64');
  expectCode(() => opened({ key: generateAesGcmKey(), key_file: '/x' }), 'SHADE-03', 'both');
  expectCode(() => opened({ kee: generateAesGcmKey() }), 'SHADE-03', "'kee'");
});

s('open leaves the registered shade without a key', () => {
  opened({ key: generateAesGcmKey() });
  expectCode(() => aesGcmShade.encrypt('x'), 'SHADE-03');
});

s.run();
