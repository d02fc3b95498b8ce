import Hapi from '@hapi/hapi';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { seatidePlugin } from '../../../adapters/hapi/plugin';
import { INTERRUPTED_MESSAGE } from '../../../core/runtime/job-manager';
import { createRuntime } from '../../../core/runtime/runtime';
import { builtinShades } from '../../../shade';
import { collectSink, seqSource } from '../../support/test-plugins';
import { V1, batchJob, eventually, removeDir, reply, streamingJob, tempDir, testServer } from './support/test-server';

const s = suite('plugin');

s('registration without a runtime fails at once, naming the option', async () => {
  const server = Hapi.server();
  try {
    await server.register({ plugin: seatidePlugin, options: {} as never });
    assert.unreachable('registered without a runtime');
  } catch (e) {
    assert.match((e as Error).message, /hapi plugin 'seatide': "runtime" is required/);
  }
  try {
    await Hapi.server().register({ plugin: seatidePlugin, options: { runtime: createRuntime({ builtins: false }), maxBodyBytes: -1 } });
    assert.unreachable('registered with a negative body limit');
  } catch (e) {
    assert.match((e as Error).message, /"maxBodyBytes" must be greater than or equal to 1/);
  }
});

s("mounted in a host app under a prefix: the API lives below it, the host's own routes and 404s are untouched", async () => {
  const runtime = createRuntime({ builtins: false, plugins: [...builtinShades, seqSource(), collectSink()] });
  const t = await testServer({
    register: async (server) => {
      server.route({ method: 'GET', path: '/host', handler: () => 'host route' });
      await server.register({ plugin: seatidePlugin, options: { runtime } }, { routes: { prefix: '/seatunnel' } });
    },
  });
  try {
    assert.is((await t.request('GET', '/host')).text, 'host route');
    assert.equal((await t.request('GET', '/seatunnel/running-jobs')).json(), []);
    assert.equal((await t.request('GET', `/seatunnel${V1}/finished-jobs`)).json(), []);
    const submitted = await t.request('POST', '/seatunnel/submit-job', batchJob(3));
    assert.is(submitted.status, 200, submitted.text);
    await runtime.jobs.get(submitted.json().jobId)!.result;
    assert.is((await t.request('GET', '/seatunnel/health')).text, '{"status":"UP"}');
    assert.ok(Object.keys((await t.request('GET', '/seatunnel/openapi.json')).json().paths).includes('/seatunnel/running-jobs'));
    // The host's 404 stays hapi's own; the v1 namespace is the plugin's.
    const hostMiss = await t.request('GET', '/elsewhere');
    assert.is(hostMiss.status, 404);
    assert.equal(hostMiss.json(), { statusCode: 404, error: 'Not Found', message: 'Not Found' });
    const apiMiss = await t.request('GET', `/seatunnel${V1}/nope`);
    assert.equal(apiMiss.json(), { status: 'fail', message: `No endpoint GET /seatunnel${V1}/nope. The endpoints are listed at /seatunnel/openapi.json.` });
  } finally {
    await t.close();
    await runtime.close();
  }
});

s('a body over the limit answers 413 with the failure body', async () => {
  const t = await testServer({ pluginOptions: { maxBodyBytes: 64 } });
  try {
    const r = await t.request('POST', '/submit-job', batchJob(1, 'x'.repeat(100)));
    assert.is(r.status, 413);
    assert.equal(r.json(), { status: 'fail', message: 'Payload content length greater than maximum allowed: 64' });
  } finally {
    await t.close();
  }
});

s('a real internal fault (unreadable history) answers 500 saying what failed, and the node keeps serving', async () => {
  const dataDir = tempDir();
  fs.writeFileSync(path.join(dataDir, 'jobs'), 'a file where the history directory should be');
  const server = Hapi.server({ debug: false });
  const runtime = createRuntime({ builtins: false, dataDir, plugins: [...builtinShades] });
  try {
    await server.register({ plugin: seatidePlugin, options: { runtime } });
    // Recovery reads the history first, so a broken data dir stops the server from starting at all.
    const started = await server.initialize().then(() => undefined, (e: Error) => e);
    assert.match(String(started?.message), /ENOTDIR|not a directory/);
    const r = await server.inject('/finished-jobs');
    assert.is(r.statusCode, 500);
    const body = JSON.parse(r.payload);
    assert.is(body.status, 'fail');
    assert.match(body.message, /ENOTDIR|not a directory/);
    assert.is(r.headers['seatide-error-code'], 'INTERNAL-01');
    assert.is((await server.inject('/health')).statusCode, 200);
  } finally {
    await server.stop();
    await runtime.close();
    removeDir(dataDir);
  }
});

s('on start, jobs a previous process left running are recovered as FAILED with the reason', async () => {
  const dataDir = tempDir();
  try {
    fs.mkdirSync(path.join(dataDir, 'jobs'));
    const record = {
      jobId: '881432421482889220', jobName: 'left_running', status: 'RUNNING', createTime: Date.now() - 1000, envOptions: { 'job.mode': 'STREAMING' },
      dag: { pipelineEdges: {}, vertices: [] }, isStartWithSavePoint: false,
      metrics: { sourceReceivedCount: 3, sourceReceivedBytes: 0, sinkWriteCount: 3, sinkWriteBytes: 0, sourceReceivedQPS: 0, sinkWriteQPS: 0, sourceReceivedBytesPerSeconds: 0, sinkWriteBytesPerSeconds: 0, tables: { sourceReceivedCount: {}, sourceReceivedBytes: {}, sinkWriteCount: {}, sinkWriteBytes: {} }, elapsedMs: 1000 },
    };
    fs.writeFileSync(path.join(dataDir, 'jobs', '881432421482889220.json'), JSON.stringify(record));
    const t = await testServer({ dataDir });
    try {
      const [failed] = (await t.request('GET', '/finished-jobs/FAILED')).json();
      assert.is(failed.jobId, '881432421482889220');
      assert.is(failed.errorMsg, INTERRUPTED_MESSAGE);
      assert.ok(t.logs.some((l) => l.level === 'warn' && l.message.includes('881432421482889220')));
    } finally {
      await t.close();
    }
  } finally {
    removeDir(dataDir);
  }
});

s('each request is logged as method, path, status and time, never with its body or query', async () => {
  const t = await testServer();
  try {
    const config = { ...batchJob(1), source: [{ plugin_name: 'Seq', rows: 1, table: 'fake', result_table_name: 'fake', password: 'pa55word-in-body' }] };
    await t.request('POST', `/submit-job?jobName=named_in_query`, config);
    await t.request('POST', '/submit-job', '{bad');
    const lines = t.logs.filter((l) => /^(GET|POST) /.test(l.message));
    assert.match(lines[0].message, /^POST \/submit-job 200 \d+ms$/);
    assert.match(lines[1].message, /^POST \/submit-job 400 \d+ms$/);
    assert.is(lines[1].fields.code, 'COMMON-02');
    assert.ok(lines.every((l) => !l.message.includes('?') && !l.message.includes('named_in_query')));
    assert.not.match(JSON.stringify(t.logs), /pa55word-in-body/);
  } finally {
    await t.close();
  }
});

s('with logRequests off no request is logged, and the answers are the same', async () => {
  const t = await testServer({ pluginOptions: { logRequests: false } });
  try {
    assert.equal((await t.request('GET', '/running-jobs')).json(), []);
    const bad = await t.request('POST', '/submit-job', '{bad');
    assert.is(bad.status, 400);
    assert.is(bad.json().status, 'fail');
    assert.is(bad.headers['seatide-error-code'], 'COMMON-02');
    assert.is((await t.request('GET', '/nope')).status, 404);
    assert.equal(t.logs.filter((l) => /^(GET|POST) /.test(l.message)), []);
  } finally {
    await t.close();
  }
});

s('over a real socket: the API answers on 127.0.0.1 and counts its connections', async () => {
  const t = await testServer({ serverOptions: { host: '127.0.0.1', port: 0 } });
  await t.server.start();
  const base = t.server.info.uri;
  try {
    const get = async (p: string, init?: RequestInit) => {
      const r = await fetch(`${base}${p}`, init);
      return reply(r.status, await r.text(), Object.fromEntries(r.headers));
    };
    assert.equal((await get('/running-jobs')).json(), []);
    const submitted = await get(`${V1}/submit-job?jobName=over_tcp`, { method: 'POST', body: JSON.stringify(streamingJob()) });
    assert.is(submitted.status, 200, submitted.text);
    assert.is(submitted.headers['content-type'], 'application/json');
    const id = submitted.lossless().jobId.value as string;
    const [running] = (await get('/running-jobs')).json();
    assert.is(running.jobId, id);
    const [member] = (await get('/system-monitoring-information')).json();
    assert.is(member.port, String(t.server.info.port));
    assert.ok(Number(member['connection.count']) >= 1);
    assert.ok(Number(member['connection.active.count']) >= 1);
    assert.ok(Number(member['executor.q.client.size']) >= 1, 'the monitoring request itself is in flight');
    assert.ok(Number(member['operations.running.count']) === 1);
    const stopped = await get(`${V1}/stop-job`, { method: 'PUT', body: `{"jobId":${id}}` });
    assert.is(stopped.text, `{"jobId":"${id}"}`);
    await eventually(async () => (await get('/finished-jobs/CANCELED')).json().length === 1);
    const missing = await get('/nope');
    assert.is(missing.status, 404);
    assert.is(missing.headers['content-type'], 'application/json');
  } finally {
    await t.close();
  }
});

s.run();
