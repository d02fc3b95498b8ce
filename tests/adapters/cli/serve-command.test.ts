import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SEED_KEYS } from '../hapi/support/seed-system-keys';
import { ROOT, type Node, call, eventually, killServe, startServe, stopServe } from '../../support/serve-node';

/**
 * Black-box: the built CLI (`node bin/seatide.js serve`, which loads dist/, so build first) answered with
 * the example requests of SeaTunnel's REST API documentation, compared with the shapes it documents.
 */
const s = suite('serve-command');

const V1 = '/hazelcast/rest/maps';

/** The submit-job example of the documentation (2.3.5), with its job name parameter. */
const SEED_JOB = {
  env: { 'job.mode': 'batch' },
  source: [{ plugin_name: 'FakeSource', result_table_name: 'fake', 'row.num': 100, schema: { fields: { name: 'string', age: 'int', card: 'int' } } }],
  transform: [],
  sink: [{ plugin_name: 'Console', source_table_name: ['fake'] }],
};

const STREAMING_JOB = {
  env: { 'job.mode': 'STREAMING', 'checkpoint.interval': 5000 },
  source: [{ plugin_name: 'FakeSource', result_table_name: 'fake', 'row.num': 10, schema: { fields: { name: 'string', age: 'int' } } }],
  sink: [{ plugin_name: 'Console', source_table_name: ['fake'], 'log.print.data': false }],
};

s.before(() => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist/adapters/cli/commands/serve-command.js')), 'build first: npx tsc -p tsconfig.json');
});

s("the documentation's example requests get the documented shapes; SIGTERM stops cleanly and history survives a restart", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-serve-'));
  let node: Node | undefined;
  try {
    node = await startServe(dataDir);

    const submitted = await call(node, 'POST', `${V1}/submit-job?jobName=rest_api_test`, SEED_JOB);
    assert.is(submitted.status, 200, submitted.text);
    assert.is(submitted.type, 'application/json');
    assert.match(submitted.text, /^\{"jobId":\d+,"jobName":"rest_api_test"\}$/);
    const batchId = submitted.lossless().jobId.value as string;

    const finished = await eventually(async () => (await call(node!, 'GET', `${V1}/finished-jobs/FINISHED`)).json().find((j: { jobId: string }) => j.jobId === batchId));
    assert.equal(Object.keys(finished), ['jobId', 'jobName', 'jobStatus', 'errorMsg', 'createTime', 'finishTime', 'jobDag', 'pluginJarsUrls', 'metrics']);
    assert.is(finished.jobStatus, 'FINISHED');
    assert.is(finished.errorMsg, null);
    assert.equal(finished.metrics, { SourceReceivedCount: '100', SinkWriteCount: '100' });
    const byId = (await call(node, 'GET', `${V1}/running-job/${batchId}`)).json();
    assert.is(byId.jobName, 'rest_api_test');
    assert.equal((await call(node, 'GET', `${V1}/running-job/123`)).json(), { jobId: '123' });

    const streaming = await call(node, 'POST', '/submit-job?jobName=endless', STREAMING_JOB);
    assert.is(streaming.status, 200, streaming.text);
    const streamId = streaming.json().jobId as string;
    const running = (await call(node, 'GET', `${V1}/running-jobs`)).json();
    assert.equal(running.map((j: { jobId: string }) => j.jobId), [streamId]);
    assert.equal(Object.keys(running[0]), ['jobId', 'jobName', 'jobStatus', 'envOptions', 'createTime', 'jobDag', 'pluginJarsUrls', 'isStartWithSavePoint', 'metrics']);
    assert.is(running[0].envOptions['checkpoint.interval'], '5000');

    const [member] = (await call(node, 'GET', `${V1}/system-monitoring-information`)).json();
    assert.equal(Object.keys(member).slice(0, SEED_KEYS.length), SEED_KEYS);
    assert.match(member['physical.memory.total'], /^\d+\.\d[KMGTPE]$/);

    const encrypted = await call(node, 'POST', `${V1}/encrypt-config`, {
      env: { parallelism: 1, 'shade.identifier': 'base64' },
      source: [{ plugin_name: 'MySQL-CDC', username: 'seatunnel', password: 'seatunnel_password' }],
      transform: [],
      sink: [{ plugin_name: 'Clickhouse', username: 'seatunnel', password: 'seatunnel_password' }],
    });
    assert.is(
      encrypted.text,
      '{"env":{"parallelism":1,"shade.identifier":"base64"},"source":[{"plugin_name":"MySQL-CDC","username":"c2VhdHVubmVs","password":"c2VhdHVubmVsX3Bhc3N3b3Jk"}],"transform":[],"sink":[{"plugin_name":"Clickhouse","username":"c2VhdHVubmVs","password":"c2VhdHVubmVsX3Bhc3N3b3Jk"}]}',
    );

    const stopUnknown = await call(node, 'POST', `${V1}/stop-job`, '{"jobId":733584788375666689,"isStopWithSavePoint":false}');
    assert.is(stopUnknown.text, '{"jobId":"733584788375666689"}');
    const badBody = await call(node, 'POST', `${V1}/submit-job`, '{bad');
    assert.equal([badBody.status, badBody.json()], [400, { status: 'fail', message: 'Invalid JSON format in request body.' }]);
    const unknown = await call(node, 'GET', '/nope');
    assert.is(unknown.status, 404);

    // SIGTERM with the streaming job still running: it stops with a savepoint, the exit code is 0.
    assert.is(await stopServe(node), 0, node.stderr());
    assert.match(node.stderr(), /SIGTERM: stopping/);
    assert.match(node.stderr(), /savepoint \d+ completed/);

    // The next node on the same data directory resumes it; the finished history is as it was.
    node = await startServe(dataDir);
    const resumed = (await call(node, 'GET', '/running-jobs')).json();
    assert.equal(resumed.map((j: { jobId: string; isStartWithSavePoint: boolean }) => [j.jobId, j.isStartWithSavePoint]), [[streamId, true]]);
    assert.match(node.stderr(), new RegExp(`job ${streamId} \\('endless'\\) resumed`));
    const history = (await call(node, 'GET', `${V1}/finished-jobs`)).json();
    assert.equal(history.map((j: { jobId: string; jobStatus: string }) => [j.jobId, j.jobStatus]), [[batchId, 'FINISHED']]);
    await call(node, 'POST', '/stop-job', `{"jobId":${streamId}}`);
    const canceled = await eventually(async () => (await call(node!, 'GET', '/finished-jobs/CANCELED')).json().find((j: { jobId: string }) => j.jobId === streamId));
    assert.is(canceled.jobStatus, 'CANCELED');
    assert.equal((await call(node, 'GET', '/running-jobs')).json(), []);
    assert.is(await stopServe(node), 0, node.stderr());
    node = undefined;
  } finally {
    await killServe(node);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

s('--plugins loads a plugin module whose plugins jobs can use; a module that cannot load stops the start', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-serve-plugins-'));
  let node: Node | undefined;
  try {
    const module = path.join(dir, 'numbers.cjs');
    fs.writeFileSync(
      module,
      `const { OptionRule } = require(${JSON.stringify(path.join(ROOT, 'dist/core/options/option-rule.js'))});
const { catalogTable, column, tableSchema, TablePath } = require(${JSON.stringify(path.join(ROOT, 'dist/core/catalog/catalog-table.js'))});
const { Types } = require(${JSON.stringify(path.join(ROOT, 'dist/core/types/data-type.js'))});
const { SeaTunnelRow } = require(${JSON.stringify(path.join(ROOT, 'dist/core/types/row.js'))});
module.exports = [{
  kind: 'source', identifier: 'Numbers', optionRule: OptionRule.builder().build(),
  create() {
    return { tables: [catalogTable(TablePath.parse('numbers'), tableSchema([column('n', Types.INT)]))], boundedness: 'BOUNDED',
      createReader: () => ({ async *read() { yield [1, 2, 3].map((n) => new SeaTunnelRow([n], 0, 'numbers')); } }) };
  },
}];
`,
    );
    node = await startServe(path.join(dir, 'data'), ['--plugins', module]);
    const job = { env: { 'job.mode': 'BATCH' }, source: [{ plugin_name: 'Numbers' }], sink: [{ plugin_name: 'Console' }] };
    const id = (await call(node, 'POST', '/submit-job', job)).json().jobId as string;
    const done = await eventually(async () => (await call(node!, 'GET', '/finished-jobs/FINISHED')).json()[0]);
    assert.is(done.jobId, id);
    assert.is(done.metrics.SourceReceivedCount, '3');
    assert.is(await stopServe(node), 0);
    node = undefined;

    const broken = spawn(process.execPath, ['bin/seatide.js', 'serve', '--port', '0', '--data-dir', path.join(dir, 'data'), '--plugins', path.join(dir, 'missing.cjs')], { cwd: ROOT });
    let err = '';
    broken.stderr.on('data', (d) => (err += d));
    assert.is(await new Promise<number | null>((resolve) => broken.once('exit', resolve)), 1);
    assert.match(err, /cannot load plugin module '.*missing\.cjs'/);
  } finally {
    await killServe(node);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

s('bad options exit with a message naming the option', async () => {
  const child = spawn(process.execPath, ['bin/seatide.js', 'serve', '--port', 'eighty'], { cwd: ROOT });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  assert.is(code, 1);
  assert.match(err, /--port must be an integer from 0 to 65535, got 'eighty'/);
});

s.run();
