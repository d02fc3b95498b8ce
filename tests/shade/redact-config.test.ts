import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ConfigShade } from '../../core/plugin/contracts';
import { PluginRegistry } from '../../core/plugin/registry';
import type { ConfigObject } from '../../core/options/readonly-config';
import { builtinShades } from '../../shade';
import { REDACTED, redactConfig, redactText } from '../../shade/redact-config';
import { DEFAULT_SENSITIVE_OPTIONS } from '../../shade/sensitive-options';

const s = suite('redact-config');

const customShade: ConfigShade = { kind: 'shade', identifier: 'vault', sensitiveOptions: ['api_secret'], encrypt: (v) => v, decrypt: (v) => v };
const registry = () => new PluginRegistry().with(...builtinShades, customShade);

const config = (): ConfigObject => ({
  env: { 'shade.identifier': 'vault', 'shade.options': ['dsn'], 'shade.properties': { key: 'S2V5TWF0ZXJpYWwxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=' }, parallelism: 2 },
  source: [
    {
      plugin_name: 'Jdbc',
      url: 'jdbc:mysql://db',
      username: 'root-user',
      PASSWORD: 'Secr3t!pw',
      auth: { user: 'u', pass: 'p' },
      token: 12345,
      access_key: 'AKIA0000',
      secret_key: 'wJalrXUtnFEMI',
      api_secret: 'custom-secret',
      dsn: 'dsn-secret',
      nested: { password: 'deep-secret', list: [{ token: 'list-secret' }] },
      empty: null,
      password: null,
    },
  ],
  transform: [{ plugin_name: 'Sql', query: 'select 1', token: 'transform-token' }],
  sink: [{ plugin_name: 'Console' }],
});

s('hides every sensitive value at any depth, case-insensitively, and keeps the rest', () => {
  const input = config();
  const before = JSON.stringify(input);
  const out = redactConfig(input, registry());
  assert.is(JSON.stringify(input), before, 'input is not mutated');
  const src = (out.source as ConfigObject[])[0];
  for (const key of ['username', 'PASSWORD', 'auth', 'token', 'access_key', 'secret_key', 'api_secret', 'dsn']) assert.is(src[key], REDACTED, key);
  assert.equal(src.nested, { password: REDACTED, list: [{ token: REDACTED }] });
  assert.is(src.url, 'jdbc:mysql://db');
  assert.is(src.empty, null);
  assert.is(src.password, null, 'an absent secret stays visibly absent');
  assert.is((out.transform as ConfigObject[])[0].token, REDACTED);
  assert.is((out.transform as ConfigObject[])[0].query, 'select 1');
  assert.equal(out.env, { 'shade.identifier': 'vault', 'shade.options': ['dsn'], 'shade.properties': { key: REDACTED }, parallelism: 2 });
  const text = JSON.stringify(out);
  for (const secret of ['root-user', 'Secr3t', '12345', 'AKIA', 'wJalr', 'custom-secret', 'dsn-secret', 'deep-secret', 'list-secret', 'transform-token', 'S2V5']) {
    assert.not.ok(text.includes(secret), secret);
  }
});

s('hides the default names without a registry and never throws on odd configs', () => {
  const out = redactConfig({ env: { 'shade.identifier': 'unknown' }, source: [{ password: 'x', api_secret: 'y' }] });
  assert.equal(out.source, [{ password: REDACTED, api_secret: 'y' }]);
  assert.equal(redactConfig({ env: 'odd', source: 'odd', password: 'top' }), { env: 'odd', source: 'odd', password: REDACTED });
  const all = Object.fromEntries(DEFAULT_SENSITIVE_OPTIONS.map((k) => [k, 'v']));
  const [sink] = redactConfig({ sink: [all] }).sink as ConfigObject[];
  assert.equal(Object.values(sink), DEFAULT_SENSITIVE_OPTIONS.map(() => REDACTED));
});

s('redactText removes sensitive values quoted in a message', () => {
  const msg = "Access denied for user 'root-user' (using password: Secr3t!pw) to dsn-secret; id=12345, u";
  assert.is(redactText(msg, config(), registry()), `Access denied for user '${REDACTED}' (using password: ${REDACTED}) to ${REDACTED}; id=${REDACTED}, u`);
  assert.is(redactText('nothing here', config(), registry()), 'nothing here');
});

s.run();
