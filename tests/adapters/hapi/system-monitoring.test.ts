import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SystemMonitor, percent, toUnit } from '../../../adapters/hapi/system-monitoring';

const s = suite('system-monitoring');

const node = { jobCounts: () => ({ pending: 2, running: 3, canceling: 1 }), pluginCount: () => 7, host: '10.0.0.5', port: 5801 };

s("Hazelcast's unit and percentage formats", () => {
  assert.is(toUnit(16 * 1024 ** 3), '16.0G');
  assert.is(toUnit(Math.round(135.7 * 1024 ** 2)), '135.7M');
  assert.is(toUnit(16.3 * 1024 ** 2), '16.3M');
  assert.is(toUnit(0), '0');
  assert.is(toUnit(1024), '1024');
  assert.is(toUnit(1025), '1.0K');
  assert.is(percent(23.5449), '23.54%');
  assert.is(percent(NaN), '0.00%');
});

s('readings of this process: jobs, plugins, GC after allocation, CPU load after work, node keys only when asked', async () => {
  const monitor = new SystemMonitor(node);
  monitor.start();
  try {
    let keep: unknown[] = [];
    const until = Date.now() + 300;
    while (Date.now() < until) {
      keep = Array.from({ length: 10_000 }, (_, i) => ({ i, s: `x${i}` }));
    }
    await new Promise((r) => setTimeout(r, 50));
    const r = monitor.read(true);
    assert.equal(Object.keys(r).slice(0, 4), ['isMaster', 'host', 'port', 'processors']);
    assert.equal([r.host, r.port], ['10.0.0.5', '5801']);
    assert.ok(Number(r['minor.gc.count']) > 0, `minor GCs after allocating: ${r['minor.gc.count']} (${keep.length})`);
    assert.match(r['minor.gc.time'], /^\d+ms$/);
    assert.ok(Number.parseFloat(r['load.process']) > 10, `busy for 300ms: ${r['load.process']}`);
    assert.equal(
      [r['executor.q.operations.size'], r['operations.running.count'], r['executor.q.priorityOperation.size'], r['proxy.count']],
      ['2', '3', '1', '7'],
    );
    assert.ok(Number(r['thread.count']) >= 1 && Number(r['thread.peakCount']) >= Number(r['thread.count']));
    assert.ok(Number(r['event.q.size']) >= 1, 'at least the pending timer of this test is active');
    assert.match(r['eventLoop.delay.max'], /^\d+\.\d\dms$/);
    assert.not.ok('isMaster' in monitor.read(false));
  } finally {
    monitor.stop();
  }
});

s('HTTP requests and connections of a watched listener are counted', async () => {
  const monitor = new SystemMonitor(node);
  let during: Record<string, string> = {};
  const server = http.createServer();
  monitor.watch(server);
  // Registered after watch(): the monitor has counted the request when this handler reads it.
  server.on('request', (_req, res) => {
    during = monitor.read(false);
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    assert.is(await (await fetch(url, { method: 'POST', body: 'x' })).text(), 'ok');
    assert.equal(
      [during['executor.q.client.size'], during['executor.q.client.blocking.size'], during['executor.q.client.query.size'], during['connection.active.count'], during['clientEndpoint.count']],
      ['1', '1', '0', '1', '1'],
    );
    await fetch(url);
    await new Promise((r) => setTimeout(r, 20));
    const after = monitor.read(false);
    assert.is(after['operations.completed.count'], '2');
    assert.is(after['executor.q.client.size'], '0');
    assert.is(after['executor.q.response.size'], '0');
    assert.ok(Number(after['connection.count']) >= 1);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

s.run();
