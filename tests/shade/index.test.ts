import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PluginRegistry } from '../../core/plugin/registry';
import { builtinShades, generateAesGcmKey, openConfigShade } from '../../shade';

const s = suite('shade/index');

s('lists the built-in shades, which register without clashes', () => {
  assert.equal(builtinShades.map((x) => x.identifier), ['default', 'base64', 'aes-gcm']);
  assert.ok(builtinShades.every((x) => x.kind === 'shade'));
  const r = new PluginRegistry().with(...builtinShades);
  assert.equal(r.identifiers('shade'), ['aes-gcm', 'base64', 'default']);
});

s('every built-in shade round-trips a value once opened for a config', () => {
  const r = new PluginRegistry().with(...builtinShades);
  for (const { identifier } of builtinShades) {
    const env = { 'shade.identifier': identifier, ...(identifier === 'aes-gcm' ? { 'shade.properties': { key: generateAesGcmKey() } } : {}) };
    const { shade } = openConfigShade({ env, source: [{}], sink: [{}] }, r);
    for (const v of ['', 'seatunnel_password', 'ünï 😀']) assert.is(shade.decrypt(shade.encrypt(v)), v, `${identifier}: ${v}`);
  }
});

s.run();
