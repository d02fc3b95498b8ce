import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { command } from '../../../adapters/cli/commands/decrypt-command';
import { SeatideError } from '../../../core/errors';
import { generateAesGcmKey } from '../../../shade/aes-gcm-shade';
import { capture, ensureBuilt, inFolder } from './cli-test-kit';

const s = suite('decrypt-command');
const dir = mkdtempSync(path.join(tmpdir(), 'seatide-decrypt-'));
s.after(() => rmSync(dir, { recursive: true, force: true }));

const { file, cli } = inFolder(dir);

const job = (env: string, source: string, sink = 'url = "plain"') => `env { ${env} }\nsource { Jdbc { ${source} } }\nsink { Console { ${sink} } }\n`;

s('decrypts base64 values of a HOCON config back to plain text', async () => {
  const io = capture();
  const conf = file('b64.conf', job('shade.identifier = "base64"', 'username = "c2VhdHVubmVs", password = "c2VhdHVubmVsX3Bhc3N3b3Jk", url = "jdbc:x"', 'token = "cGxhaW4="'));
  assert.is(await command(['--config', conf], io), 0);
  const out = JSON.parse(io.stdout);
  assert.equal(out.source[0], { username: 'seatunnel', password: 'seatunnel_password', url: 'jdbc:x', plugin_name: 'Jdbc' });
  assert.equal(out.sink[0], { token: 'plain', plugin_name: 'Console' });
});

s('a value that is not valid for the shade fails with SHADE-02 naming the option', async () => {
  const conf = file('bad.conf', job('shade.identifier = "base64"', 'password = "-not-base64-"'));
  try {
    await command(['--config', conf], capture());
    assert.unreachable('should throw');
  } catch (e) {
    assert.instance(e, SeatideError);
    assert.is((e as SeatideError).code, 'SHADE-02');
    assert.ok((e as Error).message.includes("option 'password' of source 'Jdbc'"), (e as Error).message);
  }
});

s('aes-gcm with a key_file in shade.properties round-trips through encrypt and decrypt', async () => {
  ensureBuilt();
  const keyFile = file('shade.key', `${generateAesGcmKey()}\n`);
  const conf = file('aes.conf', job(`shade.identifier = "aes-gcm"\n shade.properties { key_file = "${keyFile}" }`, 'password = "p@ss word", user = "kept"'));
  const enc = cli(['encrypt', '--config', conf]);
  assert.is(enc.status, 0, enc.stderr);
  const encrypted = JSON.parse(enc.stdout);
  assert.ok(encrypted.source[0].password.startsWith('aes-gcm:v1:'));
  assert.is(encrypted.source[0].user, 'kept');
  const encFile = file('aes.enc.json', enc.stdout);
  const io = capture();
  assert.is(await command(['--config', encFile], io), 0);
  assert.equal(JSON.parse(io.stdout), { ...encrypted, source: [{ ...encrypted.source[0], password: 'p@ss word' }], sink: [{ url: 'plain', plugin_name: 'Console' }] });
});

s('the built CLI decrypts with SEATIDE_SHADE_KEY and refuses another key without printing secrets', () => {
  ensureBuilt();
  const key = generateAesGcmKey();
  const conf = file('env-key.conf', job('shade.identifier = "aes-gcm"', 'password = "hunter2-secret"'));
  const enc = cli(['encrypt', '-c', conf], { SEATIDE_SHADE_KEY: key });
  assert.is(enc.status, 0, enc.stderr);
  const encFile = file('env-key.json', enc.stdout);
  const dec = cli(['decrypt', '-c', encFile], { SEATIDE_SHADE_KEY: key });
  assert.is(dec.status, 0, dec.stderr);
  assert.is(JSON.parse(dec.stdout).source[0].password, 'hunter2-secret');
  const wrong = cli(['decrypt', '-c', encFile], { SEATIDE_SHADE_KEY: generateAesGcmKey() });
  assert.is(wrong.status, 1);
  assert.is(wrong.stdout, '');
  assert.ok(wrong.stderr.includes('SHADE-02') && wrong.stderr.includes("option 'password'"), wrong.stderr);
  assert.not.ok(wrong.stderr.includes('hunter2') || wrong.stderr.includes(key));
  const noKey = cli(['decrypt', '-c', encFile], { SEATIDE_SHADE_KEY: undefined });
  assert.is(noKey.status, 1);
  assert.ok(noKey.stderr.includes('SHADE-03') && noKey.stderr.includes('SEATIDE_SHADE_KEY'), noKey.stderr);
});

s('the built CLI decrypts with a custom shade from a plugin module', () => {
  ensureBuilt();
  const mod = file('upper.cjs', "module.exports = [{ kind: 'shade', identifier: 'rev', sensitiveOptions: ['dsn'], encrypt: (v) => [...v].reverse().join(''), decrypt: (v) => [...v].reverse().join('') }];\n");
  const conf = file('rev.conf', job('shade.identifier = rev', 'dsn = "cba", password = "zyx", url = "u"'));
  const r = cli(['decrypt', '--config', conf, '--plugins', mod]);
  assert.is(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).source[0], { dsn: 'abc', password: 'xyz', url: 'u', plugin_name: 'Jdbc' });
});

s.run();
