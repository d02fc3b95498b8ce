import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { V1, batchJob, eventually, streamingJob, testServer } from '../support/test-server';

const s = suite('routes/jobs');

const METRIC_KEYS = [
  'TableSourceReceivedCount', 'TableSourceReceivedQPS', 'TableSinkWriteQPS', 'TableSinkWriteCount', 'SinkWriteCount',
  'SinkWriteBytesPerSeconds', 'TableSinkWriteBytesPerSeconds', 'SinkWriteQPS', 'SourceReceivedBytes', 'SourceReceivedBytesPerSeconds',
  'SourceReceivedCount', 'SourceReceivedQPS', 'TableSourceReceivedBytesPerSeconds', 'TableSourceReceivedBytes', 'SinkWriteBytes', 'TableSinkWriteBytes',
];
const TIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;

const leavesAreStrings = (v: unknown): boolean =>
  typeof v === 'string' || (typeof v === 'object' && v !== null && Object.values(v).every(leavesAreStrings));

s('v2 running job: HEAD keys in order, physical DAG, env options as strings, 16 metrics of strings', async () => {
  const t = await testServer();
  try {
    const id = (await t.request('POST', '/submit-job', streamingJob('watch_me'))).json().jobId as string;
    await eventually(() => t.runtime.jobs.get(id)!.metrics().sinkWriteCount >= 6);
    const [job] = (await t.request('GET', '/running-jobs')).json();
    assert.equal(Object.keys(job), ['jobId', 'jobName', 'jobStatus', 'envOptions', 'createTime', 'jobDag', 'pluginJarsUrls', 'isStartWithSavePoint', 'metrics']);
    assert.is(job.jobId, id);
    assert.is(job.jobName, 'watch_me');
    assert.is(job.jobStatus, 'RUNNING');
    assert.equal(job.envOptions, { 'job.mode': 'STREAMING', 'job.name': 'watch_me', 'checkpoint.interval': '5000', parallelism: '1' });
    assert.match(job.createTime, TIME);
    assert.equal(Object.keys(job.jobDag), ['jobId', 'pipelineEdges', 'envOptions', 'vertexInfoMap']);
    assert.is(job.jobDag.jobId, id);
    assert.equal(job.jobDag.pipelineEdges['1'][0], { inputVertexId: '1', targetVertexId: '2' });
    assert.equal(job.jobDag.vertexInfoMap[0], { vertexId: 1, type: 'source', vertexName: 'pipeline-1 [Source[0]-Seq]', tablePaths: ['fake'] });
    assert.equal(job.jobDag.vertexInfoMap[1], { vertexId: 2, type: 'sink', vertexName: 'pipeline-1 [Sink[0]-Collect-MultiTableSink]', tablePaths: ['fake'] });
    assert.is(job.jobDag.envOptions['checkpoint.interval'], '5000');
    assert.equal(job.pluginJarsUrls, []);
    assert.is(job.isStartWithSavePoint, false);
    assert.equal(Object.keys(job.metrics), METRIC_KEYS);
    assert.ok(leavesAreStrings(job.metrics));
    assert.is(job.metrics.SourceReceivedCount, '6');
    assert.is(job.metrics.TableSourceReceivedCount.fake, '6');
    assert.is(job.metrics.TableSinkWriteCount.fake, '6');
    assert.match(job.metrics.SourceReceivedQPS, /^\d+\.\d+(E-?\d+)?$/);
    // job-info shows the same job the same way.
    const info = (await t.request('GET', `/job-info/${id}`)).json();
    assert.equal(Object.keys(info), Object.keys(job));
  } finally {
    await t.close();
  }
});

s('v1 running job: 2.3.5 keys, logical DAG, two metrics', async () => {
  const t = await testServer();
  try {
    const id = (await t.request('POST', '/submit-job', streamingJob('old_client'))).json().jobId as string;
    await eventually(() => t.runtime.jobs.get(id)!.metrics().sinkWriteCount >= 6);
    for (const url of [`${V1}/running-jobs`, `${V1}/running-job/${id}`, `${V1}/job-info/${id}`]) {
      const body = (await t.request('GET', url)).json();
      const job = Array.isArray(body) ? body[0] : body;
      assert.equal(Object.keys(job), ['jobId', 'jobName', 'jobStatus', 'envOptions', 'createTime', 'jobDag', 'pluginJarsUrls', 'isStartWithSavePoint', 'metrics'], url);
      assert.is(job.jobId, id);
      assert.equal(job.jobDag, {
        vertices: [
          { id: 1, name: 'Source[0]-Seq(id=1)', parallelism: 1 },
          { id: 2, name: 'Sink[0]-Collect-MultiTableSink(id=2)', parallelism: 1 },
        ],
        edges: [{ inputVertex: 'Source[0]-Seq', targetVertex: 'Sink[0]-Collect-MultiTableSink' }],
      });
      assert.equal(job.metrics, { SourceReceivedCount: '6', SinkWriteCount: '6' });
      assert.is(job.envOptions['job.mode'], 'STREAMING');
    }
  } finally {
    await t.close();
  }
});

s('finished jobs: key order, errorMsg null on success, finishTime, filtered by state in any case, oldest first', async () => {
  const t = await testServer();
  try {
    const a = (await t.request('POST', '/submit-job', batchJob(10, 'first'))).json().jobId as string;
    await t.runtime.jobs.get(a)!.result;
    const b = (await t.request('POST', '/submit-job', batchJob(4, 'second'))).json().jobId as string;
    await t.runtime.jobs.get(b)!.result;
    const all = (await t.request('GET', '/finished-jobs')).json();
    assert.equal(all.map((j: { jobId: string }) => j.jobId), [a, b]);
    const [first] = all;
    assert.equal(Object.keys(first), ['jobId', 'jobName', 'jobStatus', 'errorMsg', 'createTime', 'finishTime', 'jobDag', 'pluginJarsUrls', 'metrics']);
    assert.is(first.jobStatus, 'FINISHED');
    assert.is(first.errorMsg, null);
    assert.match(first.finishTime, TIME);
    assert.is(first.metrics.SourceReceivedCount, '10');
    assert.is(first.metrics.SinkWriteCount, '10');
    assert.is(first.jobDag.jobId, a);
    assert.equal((await t.request('GET', '/finished-jobs/finished')).json().length, 2);
    assert.equal((await t.request('GET', '/finished-jobs/FAILED')).json(), []);
    assert.equal((await t.request('GET', '/finished-jobs/NO_SUCH_STATE')).json(), []);

    const v1 = (await t.request('GET', `${V1}/finished-jobs/FINISHED`)).json();
    assert.equal(Object.keys(v1[0]), Object.keys(first));
    assert.equal(v1[0].metrics, { SourceReceivedCount: '10', SinkWriteCount: '10' });
    // 2.3.5 sent the DAG of a finished job as a JSON string.
    assert.type(v1[0].jobDag, 'string');
    const dag = JSON.parse(v1[0].jobDag);
    // The id inside is a JSON number, as Jackson wrote the Long; its digits must survive.
    assert.match(v1[0].jobDag, new RegExp(`^\\{"jobId":${a},`));
    assert.equal(dag.vertexInfoMap['1'], { vertexId: 1, type: 'SOURCE', connectorType: 'pipeline-1 [Source[0]-Seq]' });
    assert.equal(dag.pipelineEdges['1'], [{ inputVertexId: 1, targetVertexId: 2 }]);
  } finally {
    await t.close();
  }
});

s('a failed job reports its cause in errorMsg', async () => {
  const t = await testServer();
  try {
    const id = (await t.request('POST', '/submit-job', { ...batchJob(10), sink: [{ plugin_name: 'Collect', fail_at: 2 }] })).json().jobId as string;
    await t.runtime.jobs.get(id)!.result;
    const info = (await t.request('GET', `${V1}/running-job/${id}`)).json();
    assert.is(info.jobStatus, 'FAILED');
    assert.type(info.errorMsg, 'string');
    assert.match(info.errorMsg, /boom at row 2/);
  } finally {
    await t.close();
  }
});

s('job-info of an unknown id echoes it; malformed and empty ids answer 400', async () => {
  const t = await testServer();
  try {
    for (const url of ['/job-info/123', `${V1}/job-info/123`, `${V1}/running-job/123`, '/running-job/123']) {
      const r = await t.request('GET', url);
      assert.is(r.status, 200, url);
      assert.is(r.text, '{"jobId":"123"}', url);
      assert.is(r.headers['content-type'], 'application/json');
    }
    const cases: [string, string][] = [
      ['/job-info/abc', 'For input string: "abc"'],
      [`${V1}/running-job/abc`, 'For input string: "abc"'],
      ['/job-info/123/extra', 'For input string: "123/extra"'],
      ['/job-info/', 'The jobId must not be empty.'],
      ['/job-info', 'The jobId must not be empty.'],
      [`${V1}/running-job/`, `For input string: "${V1}/running-job"`],
      ['/job-info/99999999999999999999', 'For input string: "99999999999999999999"'],
    ];
    for (const [url, message] of cases) {
      const r = await t.request('GET', url);
      assert.is(r.status, 400, url);
      assert.is(r.text, JSON.stringify({ status: 'fail', message }), url);
    }
  } finally {
    await t.close();
  }
});

s('env secrets never leave the node: shade.properties and sensitive names are hidden in job views', async () => {
  const t = await testServer();
  try {
    const config = { ...streamingJob('secretive'), env: { ...streamingJob().env, 'job.name': 'secretive', 'shade.properties': { key: 'TOP-SECRET-KEY' }, password: 'hunter22' } };
    const id = (await t.request('POST', '/submit-job', config)).json().jobId as string;
    const text = (await t.request('GET', `/job-info/${id}`)).text + (await t.request('GET', `${V1}/running-jobs`)).text;
    assert.not.match(text, /TOP-SECRET-KEY|hunter22/);
    assert.match(text, /"password":"\*\*\*\*\*\*"/);
  } finally {
    await t.close();
  }
});

s.run();
