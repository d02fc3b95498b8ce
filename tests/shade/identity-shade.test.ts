import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { identityShade } from '../../shade/identity-shade';
import { PluginRegistry } from '../../core/plugin/registry';

const s = suite('identity-shade');

s('is the "default" shade and returns values unchanged both ways', () => {
  assert.is(identityShade.identifier, 'default');
  for (const v of ['', 'seatunnel', 'pässwörd 😀', 'c2VhdHVubmVs']) {
    assert.is(identityShade.encrypt(v), v);
    assert.is(identityShade.decrypt(v), v);
  }
});

s('registers as a shade plugin', () => {
  const r = new PluginRegistry().with(identityShade);
  assert.is(r.get('shade', 'DEFAULT'), identityShade);
});

s.run();
