import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SEED_KEYS } from '../support/seed-system-keys';
import { V1, testServer } from '../support/test-server';

const s = suite('routes/system-monitoring');

s('v1 answers one member with the keys of the 2.3.5 example, in its order, all strings', async () => {
  const t = await testServer();
  try {
    const body = (await t.request('GET', `${V1}/system-monitoring-information`)).json();
    assert.is(body.length, 1);
    const keys = Object.keys(body[0]);
    assert.equal(keys.slice(0, SEED_KEYS.length), SEED_KEYS);
    assert.ok(Object.values(body[0]).every((v) => typeof v === 'string'));
    assert.match(body[0]['heap.memory.max'], /^\d+\.\dG$/);
    assert.match(body[0]['heap.memory.used/total'], /^\d+\.\d\d%$/);
    assert.match(body[0]['minor.gc.time'], /^\d+ms$/);
    assert.match(body[0]['load.systemAverage'], /^\d+\.\d\d$/);
    assert.is(body[0]['proxy.count'], String(t.runtime.registry.all().length));
  } finally {
    await t.close();
  }
});

s('v2 adds isMaster, host and port in front', async () => {
  const t = await testServer({ serverOptions: { host: '127.0.0.1', port: 5999 } });
  try {
    const [member] = (await t.request('GET', '/system-monitoring-information')).json();
    assert.equal(Object.keys(member).slice(0, 4), ['isMaster', 'host', 'port', 'processors']);
    assert.equal([member.isMaster, member.host, member.port], ['true', '127.0.0.1', '5999']);
  } finally {
    await t.close();
  }
});

s.run();
