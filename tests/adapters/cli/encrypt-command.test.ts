import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { command } from '../../../adapters/cli/commands/encrypt-command';
import { SeatideError } from '../../../core/errors';
import { capture, ensureBuilt, inFolder } from './cli-test-kit';

const s = suite('encrypt-command');
const dir = mkdtempSync(path.join(tmpdir(), 'seatide-encrypt-'));
s.after(() => rmSync(dir, { recursive: true, force: true }));

const SEED_BODY =
  '{"env":{"parallelism":1,"shade.identifier":"base64"},"source":[{"plugin_name":"MySQL-CDC","schema":{"fields":{"name":"string","age":"int"}},"result_table_name":"fake","parallelism":1,"hostname":"127.0.0.1","username":"seatunnel","password":"seatunnel_password","table-name":"inventory_vwyw0n"}],"transform":[],"sink":[{"plugin_name":"Clickhouse","host":"localhost:8123","database":"default","table":"fake_all","username":"seatunnel","password":"seatunnel_password"}]}';
const SEED_ANSWER =
  '{"env":{"parallelism":1,"shade.identifier":"base64"},"source":[{"plugin_name":"MySQL-CDC","schema":{"fields":{"name":"string","age":"int"}},"result_table_name":"fake","parallelism":1,"hostname":"127.0.0.1","username":"c2VhdHVubmVs","password":"c2VhdHVubmVsX3Bhc3N3b3Jk","table-name":"inventory_vwyw0n"}],"transform":[],"sink":[{"plugin_name":"Clickhouse","host":"localhost:8123","database":"default","table":"fake_all","username":"c2VhdHVubmVs","password":"c2VhdHVubmVsX3Bhc3N3b3Jk"}]}';

const { file, cli } = inFolder(dir);

s("encrypts the REST docs' example file to SeaTunnel's answer", async () => {
  const io = capture();
  assert.is(await command(['--config', file('seed.json', SEED_BODY)], io), 0);
  assert.is(io.stderr, '');
  assert.ok(io.stdout.endsWith('\n'));
  assert.is(JSON.stringify(JSON.parse(io.stdout)), SEED_ANSWER);
});

s('reads HOCON with -i variables and prints JSON', async () => {
  const conf = file(
    'job.conf',
    'env { shade.identifier = base64 }\nsource { Jdbc { url = "jdbc:mysql://db", username = "seatunnel", password = ${PW}, port = 3306 } }\nsink { Console {} }\n',
  );
  const io = capture();
  assert.is(await command(['-c', conf, '-i', 'PW=seatunnel_password'], io), 0);
  const out = JSON.parse(io.stdout);
  assert.equal(out.source, [{ url: 'jdbc:mysql://db', username: 'c2VhdHVubmVs', password: 'c2VhdHVubmVsX3Bhc3N3b3Jk', port: 3306, plugin_name: 'Jdbc' }]);
  assert.equal(out.sink, [{ plugin_name: 'Console' }]);
});

s('prints help, and asks for --config', async () => {
  const help = capture();
  assert.is(await command(['--help'], help), 0);
  assert.ok(help.stdout.includes('seatide encrypt --config FILE'));
  const missing = capture();
  assert.is(await command([], missing), 2);
  assert.ok(missing.stderr.includes('--config FILE is required'));
  assert.is(missing.stdout, '');
});

s('an unknown shade fails with SHADE-01 naming it', async () => {
  const conf = file('nope.json', SEED_BODY.replace('"base64"', '"vault"'));
  try {
    await command(['--config', conf], capture());
    assert.unreachable('should throw');
  } catch (e) {
    assert.instance(e, SeatideError);
    assert.is((e as SeatideError).code, 'SHADE-01');
    assert.ok((e as Error).message.includes("'vault'"));
  }
});

s('the built CLI loads custom shades from ES and CommonJS plugin modules', () => {
  ensureBuilt();
  const shade = (id: string) =>
    `{ kind: 'shade', identifier: '${id}', sensitiveOptions: ['api_secret'], encrypt: (v) => '${id}:' + Buffer.from(v).toString('hex'), decrypt: (v) => Buffer.from(v.split(':')[1], 'hex').toString() }`;
  const esm = file('hex.mjs', `export default [${shade('hex')}];\n`);
  const cjs = file('hex2.cjs', `module.exports = [${shade('hex2')}];\n`);
  for (const id of ['hex', 'hex2']) {
    const conf = file(`${id}.conf`, `env { shade.identifier = ${id} }\nsource { Http { api_secret = "s3", password = "pw", url = "u" } }\nsink { Console {} }\n`);
    const r = cli(['encrypt', '--config', conf, '--plugins', esm, '--plugins', cjs]);
    assert.is(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).source[0], { api_secret: `${id}:7333`, password: `${id}:7077`, url: 'u', plugin_name: 'Http' });
  }
  const unknown = cli(['encrypt', '--config', file('u.json', SEED_BODY.replace('"base64"', '"hex3"')), '--plugins', esm]);
  assert.is(unknown.status, 1);
  assert.ok(unknown.stderr.includes('SHADE-01') && unknown.stderr.includes("'hex3'") && unknown.stderr.includes('hex'), unknown.stderr);
  assert.is(unknown.stdout, '');
  const badModule = cli(['encrypt', '--config', file('s.json', SEED_BODY), '--plugins', file('bad.mjs', 'export default 42;\n')]);
  assert.is(badModule.status, 1);
  assert.ok(badModule.stderr.includes('PLUGIN-04') && badModule.stderr.includes('bad.mjs'), badModule.stderr);
});

s.run();
