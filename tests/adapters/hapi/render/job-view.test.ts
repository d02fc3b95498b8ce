import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { NO_ERROR_MESSAGE, envOptionsView, finishedJobView, runningJobView } from '../../../../adapters/hapi/render/job-view';
import { JobStatus } from '../../../../core/job/job-status';
import type { JobRecord } from '../../../../core/runtime/job-record';

const s = suite('render/job-view');

const record = (over: Partial<JobRecord> = {}): JobRecord => ({
  jobId: '733584788375666689',
  jobName: 'rest_api_test',
  status: JobStatus.RUNNING,
  createTime: Date.UTC(2023, 6, 18, 3, 4, 5),
  envOptions: { 'job.mode': 'STREAMING', 'checkpoint.interval': 5000, parallelism: 1 },
  dag: { pipelineEdges: { '1': [{ inputVertexId: 1, targetVertexId: 2 }] }, vertices: [] },
  metrics: {
    sourceReceivedCount: 100, sourceReceivedBytes: 0, sinkWriteCount: 100, sinkWriteBytes: 0, sourceReceivedQPS: 0, sinkWriteQPS: 0,
    sourceReceivedBytesPerSeconds: 0, sinkWriteBytesPerSeconds: 0,
    tables: { sourceReceivedCount: {}, sourceReceivedBytes: {}, sinkWriteCount: {}, sinkWriteBytes: {} }, elapsedMs: 1000,
  },
  isStartWithSavePoint: false,
  ...over,
});

s('env values through Java toString, in HashMap order, secrets hidden', () => {
  const env = envOptionsView({ 'job.name': 'x', 'job.mode': 'BATCH', list: ['a', 'b'], map: { k: 'v' }, flag: true, n: 5000, big: 733584788375666689n, nothing: null, 'shade.properties': { key: 'k3y' }, password: 'pw' });
  assert.equal(env, { 'job.mode': 'BATCH', 'job.name': 'x', list: '[a, b]', map: '{k=v}', flag: 'true', n: '5000', big: '733584788375666689', nothing: 'null', 'shade.properties': '{key=******}', password: '******' });
  // SeaTunnel's own example shows this order for these two keys, whatever order they were written in.
  assert.equal(Object.keys(envOptionsView({ parallelism: 1, 'job.mode': 'BATCH' })), ['job.mode', 'parallelism']);
});

s('a running job in both flavors', () => {
  const v2 = runningJobView(record(), 'v2');
  assert.match(v2.createTime, /^2023-07-1[78] \d\d:04:05$/);
  assert.equal(v2.envOptions, { 'job.mode': 'STREAMING', 'checkpoint.interval': '5000', parallelism: '1' });
  assert.is((v2.jobDag as { jobId: string }).jobId, '733584788375666689');
  assert.is((v2.metrics as Record<string, unknown>).SourceReceivedCount, '100');
  const v1 = runningJobView(record(), 'v1');
  assert.equal(v1.metrics, { SourceReceivedCount: '100', SinkWriteCount: '100' });
  assert.ok('vertices' in (v1.jobDag as object));
  assert.equal(Object.keys(v1), Object.keys(v2));
});

s('a finished job: errorMsg null unless FAILED, and never empty or "null" when FAILED', () => {
  assert.is(finishedJobView(record({ status: JobStatus.FINISHED, finishTime: Date.now() }), 'v2').errorMsg, null);
  assert.is(finishedJobView(record({ status: JobStatus.FAILED, errorMsg: 'source broke' }), 'v2').errorMsg, 'source broke');
  assert.is(finishedJobView(record({ status: JobStatus.FAILED }), 'v2').errorMsg, NO_ERROR_MESSAGE);
  assert.is(finishedJobView(record({ status: JobStatus.FAILED, errorMsg: 'null' }), 'v1').errorMsg, NO_ERROR_MESSAGE);
  assert.type(finishedJobView(record({ status: JobStatus.CANCELED }), 'v1').jobDag, 'string');
});

s("an error message quoting a secret of the job's config is redacted", () => {
  const failed = record({
    status: JobStatus.FAILED,
    errorMsg: "Access denied for user 'root' with password 'sup3r-secret'",
    config: { env: {}, source: [{ plugin_name: 'Jdbc', password: 'sup3r-secret' }], sink: [{ plugin_name: 'Console' }] },
  });
  assert.is(finishedJobView(failed, 'v2').errorMsg, "Access denied for user 'root' with password '******'");
});

s.run();
