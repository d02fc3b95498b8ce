import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { OptionRule } from '../../../core/options/option-rule';
import type { SinkFactory } from '../../../core/plugin/contracts';
import { loadPluginModule } from '../../../core/plugin/load-plugin-module';
import { PluginRegistry } from '../../../core/plugin/registry';

const s = suite('registry');
const sink = (identifier: string): SinkFactory => ({
  kind: 'sink', identifier, optionRule: OptionRule.EMPTY, create: () => ({ createWriter: () => ({ write() {}, close() {} }) }),
});

s('lookup is case-insensitive', () => {
  const r = new PluginRegistry().with(sink('Console'));
  assert.is(r.get('sink', 'console').identifier, 'Console');
  assert.is(r.get('sink', 'CONSOLE').identifier, 'Console');
});

s('an unknown identifier lists the ones that exist, by kind', () => {
  const r = new PluginRegistry().with(sink('Console'), sink('Assert'));
  try {
    r.get('sink', 'Consol');
    assert.unreachable();
  } catch (e) {
    assert.is((e as { code: string }).code, 'PLUGIN-01');
    assert.match((e as Error).message, /identifier 'Consol'. Available sink identifiers are: Assert, Console/);
  }
  assert.throws(() => r.get('source', 'Console'), /Available source identifiers are: \(none\)/);
});

s('a duplicate identifier throws at registration', () => {
  assert.throws(() => new PluginRegistry().with(sink('Console'), sink('console')), /already registered/);
});

s('a malformed definition is refused with the reason', () => {
  assert.throws(() => new PluginRegistry().register({ kind: 'sink', identifier: 'x' } as unknown as SinkFactory), /needs a create function/);
  assert.throws(() => new PluginRegistry().register({ kind: 'bogus', identifier: 'x' } as never), /kind must be one of/);
});

s('two registries share nothing', () => {
  const a = new PluginRegistry().with(sink('A'));
  const b = new PluginRegistry();
  assert.ok(a.has('sink', 'a'));
  assert.not.ok(b.has('sink', 'a'));
});

s('plugin modules load from ESM and CommonJS files', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-mod-'));
  try {
    const def = "{ kind: 'shade', identifier: 'rot', encrypt: (v) => v, decrypt: (v) => v }";
    fs.writeFileSync(path.join(dir, 'p.mjs'), `export default [${def}];`);
    fs.writeFileSync(path.join(dir, 'p.cjs'), `module.exports = [${def}];`);
    fs.writeFileSync(path.join(dir, 'bad.mjs'), 'export default { not: "an array" };');
    assert.is((await loadPluginModule(path.join(dir, 'p.mjs')))[0].identifier, 'rot');
    assert.is((await loadPluginModule(path.join(dir, 'p.cjs')))[0].identifier, 'rot');
    try {
      await loadPluginModule(path.join(dir, 'bad.mjs'));
      assert.unreachable();
    } catch (e) {
      assert.match((e as Error).message, /must default-export an array/);
    }
    try {
      await loadPluginModule(path.join(dir, 'missing.mjs'));
      assert.unreachable();
    } catch (e) {
      assert.match((e as Error).message, /cannot load plugin module '.*missing\.mjs'/);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

s.run();
