import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'lossless-json';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { expectCode } from '../support/expect-code';
import type { ConfigShade } from '../../core/plugin/contracts';
import { PluginRegistry } from '../../core/plugin/registry';
import type { ConfigObject } from '../../core/options/readonly-config';
import { builtinShades } from '../../shade';
import { generateAesGcmKey } from '../../shade/aes-gcm-shade';
import { decryptConfig, encryptConfig, openConfigShade, sensitiveOptionsOf } from '../../shade/apply-shade';

const s = suite('apply-shade');
const dir = mkdtempSync(path.join(tmpdir(), 'seatide-shade-'));
s.after(() => rmSync(dir, { recursive: true, force: true }));

// A native import() (the tsm test loader turns a literal `import()` into `require`, which cannot load .mjs);
// the CLI tests cover loading modules through `--plugins`.
const importNative = new Function('url', 'return import(url)') as (url: string) => Promise<{ default: ConfigShade[] }>;

const registry = () => new PluginRegistry().with(...builtinShades);

// The REST docs' encrypt-config request body and the exact answer SeaTunnel gives (spec §3.11).
const SEED_BODY = `{
    "env": { "parallelism": 1, "shade.identifier":"base64" },
    "source": [ { "plugin_name": "MySQL-CDC", "schema" : { "fields": { "name": "string", "age": "int" } },
        "result_table_name": "fake", "parallelism": 1, "hostname": "127.0.0.1", "username": "seatunnel",
        "password": "seatunnel_password", "table-name": "inventory_vwyw0n" } ],
    "transform": [ ],
    "sink": [ { "plugin_name": "Clickhouse", "host": "localhost:8123", "database": "default", "table": "fake_all",
        "username": "seatunnel", "password": "seatunnel_password" } ]
}`;
const SEED_ANSWER =
  '{"env":{"parallelism":1,"shade.identifier":"base64"},"source":[{"plugin_name":"MySQL-CDC","schema":{"fields":{"name":"string","age":"int"}},"result_table_name":"fake","parallelism":1,"hostname":"127.0.0.1","username":"c2VhdHVubmVs","password":"c2VhdHVubmVsX3Bhc3N3b3Jk","table-name":"inventory_vwyw0n"}],"transform":[],"sink":[{"plugin_name":"Clickhouse","host":"localhost:8123","database":"default","table":"fake_all","username":"c2VhdHVubmVs","password":"c2VhdHVubmVsX3Bhc3N3b3Jk"}]}';

const job = (env: ConfigObject, source: ConfigObject, extra: ConfigObject = {}): ConfigObject => ({
  env,
  source: [{ plugin_name: 'FakeSource', ...source }],
  sink: [{ plugin_name: 'Console' }],
  ...extra,
});

s("encrypts the REST docs' example to SeaTunnel's exact answer and decrypts it back", () => {
  const input = JSON.parse(SEED_BODY) as ConfigObject;
  const before = JSON.stringify(input);
  const encrypted = encryptConfig(input, registry());
  assert.is(JSON.stringify(encrypted), SEED_ANSWER);
  assert.is(JSON.stringify(input), before, 'input is not mutated');
  const decrypted = decryptConfig(encrypted, registry());
  assert.is(JSON.stringify(decrypted), JSON.stringify(JSON.parse(SEED_BODY)));
});

s('stringifies non-string values as Java does before encrypting (spec table)', () => {
  const input = job({ 'shade.identifier': 'base64' }, { username: 123456, password: true, token: ['a', 'b'], auth: { k: 'v' } });
  const src = (encryptConfig(input, registry()).source as ConfigObject[])[0];
  assert.equal([src.username, src.password, src.token, src.auth], ['MTIzNDU2', 'dHJ1ZQ==', 'W2EsIGJd', 'e2s9dn0=']);
});

s('keeps Jackson number forms of lossless numbers (1.0 stays "1.0")', () => {
  const input = parse('{"env":{"shade.identifier":"base64"},"source":[{"plugin_name":"A","password":1.0,"token":1e20,"port":3306}],"sink":[{"plugin_name":"B"}]}') as ConfigObject;
  const src = (encryptConfig(input, registry()).source as ConfigObject[])[0];
  assert.is(Buffer.from(src.password as string, 'base64').toString(), '1.0');
  assert.is(Buffer.from(src.token as string, 'base64').toString(), '1.0E20');
  assert.is(src.port, (input.source as ConfigObject[])[0].port, 'other values untouched');
});

s('the identity shade still turns sensitive values into strings', () => {
  const out = encryptConfig(job({}, { password: 123, user: 7 }), registry());
  const src = (out.source as ConfigObject[])[0];
  assert.is(src.password, '123');
  assert.is(src.user, 7);
});

s('touches only top-level keys of source, transform and sink elements, never env or nested values', () => {
  const input = job(
    { 'shade.identifier': 'base64', password: 'env-secret' },
    { password: 'p', nested: { password: 'deep' }, list: [{ password: 'deep2' }], Password: 'case', missing: null, token: null },
    { transform: [{ plugin_name: 'Sql', token: 't' }], other: { password: 'kept' } },
  );
  const out = encryptConfig(input, registry());
  const src = (out.source as ConfigObject[])[0];
  assert.is(src.password, 'cA==');
  assert.equal(src.nested, { password: 'deep' });
  assert.equal(src.list, [{ password: 'deep2' }]);
  assert.is(src.Password, 'case');
  assert.is(src.token, null);
  assert.is((out.transform as ConfigObject[])[0].token, 'dA==');
  assert.equal(out.env, input.env);
  assert.equal(out.other, { password: 'kept' });
  assert.equal(Object.keys(out), Object.keys(input), 'key order preserved');
  assert.equal(Object.keys(src), Object.keys((input.source as ConfigObject[])[0]));
});

s('env."shade.options" adds option names, as a list or a comma string', () => {
  for (const names of [['dsn', 'api_key'], 'dsn, api_key']) {
    const out = encryptConfig(job({ 'shade.identifier': 'base64', 'shade.options': names }, { dsn: 'x', api_key: 'y', url: 'z' }), registry());
    const src = (out.source as ConfigObject[])[0];
    assert.equal([src.dsn, src.api_key, src.url], ['eA==', 'eQ==', 'z']);
  }
  expectCode(() => encryptConfig(job({ 'shade.options': 5 }, {}), registry()), 'CONFIG-04', 'shade.options');
});

s('a custom shade from an ES module and a CommonJS module encrypts its own sensitive option', async () => {
  const shadeSource = (id: string) => `{
    kind: 'shade', identifier: '${id}', sensitiveOptions: ['api_secret'],
    encrypt: (v) => '<' + [...v].reverse().join('') + '>',
    decrypt: (v) => { if (!v.startsWith('<')) throw new Error('not reversed'); return [...v.slice(1, -1)].reverse().join(''); },
  }`;
  const esm = path.join(dir, 'reverse.mjs');
  const cjs = path.join(dir, 'reverse.cjs');
  writeFileSync(esm, `export default [${shadeSource('reverse-esm')}];\n`);
  writeFileSync(cjs, `module.exports = [${shadeSource('reverse-cjs')}];\n`);
  const r = registry().with(...(await importNative(pathToFileURL(esm).href)).default, ...(await importNative(pathToFileURL(cjs).href)).default);
  for (const id of ['reverse-esm', 'Reverse-CJS']) {
    const input = job({ 'shade.identifier': id }, { api_secret: 'abc', password: 'pw', host: 'h' });
    const out = encryptConfig(input, r);
    const src = (out.source as ConfigObject[])[0];
    assert.equal([src.api_secret, src.password, src.host], ['<cba>', '<wp>', 'h']);
    assert.equal(decryptConfig(out, r), input);
    assert.ok(sensitiveOptionsOf(input, r).includes('api_secret'));
    const err = expectCode(() => decryptConfig(input, r), 'SHADE-02', "option 'api_secret'", "source 'FakeSource'", 'source[0]', 'not reversed');
    assert.not.ok(err.message.includes('abc'));
  }
});

s('an unknown shade identifier fails with SHADE-01 naming it and listing the registered ones', () => {
  const err = expectCode(() => encryptConfig(job({ 'shade.identifier': 'nope' }, { password: 'x' }), registry()), 'SHADE-01', "'nope'", 'aes-gcm, base64, default');
  assert.equal(err.context.available, ['aes-gcm', 'base64', 'default']);
  expectCode(() => decryptConfig(job({ 'shade.identifier': 'nope' }, {}), registry()), 'SHADE-01');
  expectCode(() => encryptConfig(job({ 'shade.identifier': 'base64' }, {}), new PluginRegistry()), 'SHADE-01', '(none)');
});

s("a value the shade cannot decrypt fails with SHADE-02 naming option and plugin, not the value", () => {
  const input = job({ 'shade.identifier': 'base64' }, { plugin_name: 'Jdbc', password: '-secret-' });
  const err = expectCode(() => decryptConfig(input, registry()), 'SHADE-02', "option 'password'", "source 'Jdbc'", 'Illegal base64 character 2d');
  assert.not.ok(err.message.includes('-secret-'));
});

s("source and sink must be non-empty lists (SeaTunnel's messages)", () => {
  const r = registry();
  expectCode(() => encryptConfig({ env: {}, sink: [{}] }, r), 'CONFIG-04', 'Miss <Source> config! Please check the config file.');
  expectCode(() => encryptConfig({ env: {}, source: [], sink: [{}] }, r), 'CONFIG-04', 'Miss <Source> config!');
  expectCode(() => encryptConfig({ env: {}, source: [{}], sink: [] }, r), 'CONFIG-04', 'Miss <Sink> config!');
  expectCode(() => encryptConfig({ env: {}, source: { A: {} }, sink: [{}] }, r), 'CONFIG-04', "'source' must be a list");
  expectCode(() => encryptConfig({ env: 'x', source: [{}], sink: [{}] }, r), 'CONFIG-04', "'env' must be an object");
  const out = encryptConfig({ source: [{ password: 'a' }], sink: [{}] }, r);
  assert.equal(out, { source: [{ password: 'a' }], sink: [{}] }, 'no env and no transform: identity, nothing added');
});

s('aes-gcm through shade.properties: per-config keys, round trip, wrong key fails', () => {
  const keyA = generateAesGcmKey();
  const keyB = generateAesGcmKey();
  const withKey = (key: string, source: ConfigObject) => job({ 'shade.identifier': 'aes-gcm', 'shade.properties': { key } }, source);
  const r = registry();
  const a = encryptConfig(withKey(keyA, { password: 'pa', username: 'ua' }), r);
  const b = encryptConfig(withKey(keyB, { password: 'pb' }), r);
  const srcA = (a.source as ConfigObject[])[0];
  assert.ok(String(srcA.password).startsWith('aes-gcm:v1:'));
  assert.equal((decryptConfig(a, r).source as ConfigObject[])[0], { plugin_name: 'FakeSource', password: 'pa', username: 'ua' });
  assert.is((decryptConfig(b, r).source as ConfigObject[])[0].password, 'pb');
  const swapped = { ...a, env: (b as ConfigObject).env };
  expectCode(() => decryptConfig(swapped, r), 'SHADE-02', "option 'password'", 'authentication failed');
  expectCode(() => encryptConfig(withKey('c2hvcnQ=', { password: 'x' }), r), 'SHADE-03', '5 bytes');
  expectCode(() => encryptConfig(job({ 'shade.identifier': 'aes-gcm', 'shade.properties': 'k' }, {}), r), 'CONFIG-04', 'shade.properties');
});

s('open runs on a per-call instance: a shade that stores its key on `this` does not leak it', () => {
  const stateful = {
    kind: 'shade',
    identifier: 'xor',
    open(this: { k?: string }, props: Readonly<Record<string, unknown>>) {
      this.k = String(props.k);
    },
    encrypt(this: { k?: string }, v: string) {
      return `${this.k}:${v}`;
    },
    decrypt(this: { k?: string }, v: string) {
      return v.slice(`${this.k}:`.length);
    },
  } as ConfigShade;
  const r = registry().with(stateful);
  const out = encryptConfig(job({ 'shade.identifier': 'xor', 'shade.properties': { k: 'one' } }, { password: 'p' }), r);
  assert.is((out.source as ConfigObject[])[0].password, 'one:p');
  assert.is((stateful as { k?: string }).k, undefined);
  assert.is(openConfigShade(job({ 'shade.identifier': 'xor', 'shade.properties': { k: 'two' } }, {}), r).shade.encrypt('v'), 'two:v');
});

s('sensitiveOptionsOf never throws', () => {
  assert.ok(sensitiveOptionsOf({ env: 'broken' }).includes('password'));
  assert.ok(sensitiveOptionsOf(job({ 'shade.identifier': 'nope', 'shade.options': ['dsn', 3] }, {}), registry()).includes('dsn'));
});

s.run();
