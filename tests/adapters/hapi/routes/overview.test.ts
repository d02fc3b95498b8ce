import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { V1, batchJob, streamingJob, testServer } from '../support/test-server';

const s = suite('routes/overview');

const KEYS = ['projectVersion', 'gitCommitAbbrev', 'totalSlot', 'unassignedSlot', 'runningJobs', 'finishedJobs', 'failedJobs', 'cancelledJobs', 'workers'];

s('overview counts running, finished, failed and canceled jobs, all values strings in SeaTunnel order', async () => {
  const t = await testServer();
  try {
    // Collect's fail_at counts every row the probe collected, so the failing job runs first.
    const failed = (await t.request('POST', '/submit-job', { ...batchJob(5), sink: [{ plugin_name: 'Collect', fail_at: 1 }] })).json().jobId as string;
    await t.runtime.jobs.get(failed)!.result;
    const done = (await t.request('POST', '/submit-job', batchJob(2))).json().jobId as string;
    const canceled = (await t.request('POST', '/submit-job', streamingJob('c'))).json().jobId as string;
    await t.request('POST', '/submit-job', streamingJob('r'));
    await t.request('POST', '/stop-job', `{"jobId":${canceled}}`);
    for (const id of [done, failed, canceled]) await t.runtime.jobs.get(id)!.result;
    for (const url of ['/overview', `${V1}/overview`]) {
      const o = (await t.request('GET', url)).json();
      assert.equal(Object.keys(o), KEYS);
      assert.ok(Object.values(o).every((v) => typeof v === 'string'));
      assert.match(o.projectVersion, /^\d+\.\d+\.\d+/);
      assert.equal(
        { runningJobs: o.runningJobs, finishedJobs: o.finishedJobs, failedJobs: o.failedJobs, cancelledJobs: o.cancelledJobs, workers: o.workers, totalSlot: o.totalSlot },
        { runningJobs: '1', finishedJobs: '1', failedJobs: '1', cancelledJobs: '1', workers: '1', totalSlot: '0' },
      );
    }
  } finally {
    await t.close();
  }
});

s('update-tags replaces the node tags, which overview filters on; v1 (POST or PUT) and v2 answer differently', async () => {
  const t = await testServer();
  try {
    assert.is((await t.request('GET', '/overview?tag1=dev_1')).json().workers, '0');
    const v1 = await t.request('PUT', `${V1}/update-tags`, { tag1: 'dev_1', n: 5, none: null });
    assert.is(v1.text, '{"status":"success","message":"update node tags done."}');
    assert.equal(t.server.plugins.seatide.node.tags, { tag1: 'dev_1', n: '5', none: '' });
    assert.is((await t.request('GET', '/overview?tag1=dev_1')).json().workers, '1');
    assert.is((await t.request('GET', `${V1}/overview?tag1=dev_1&n=5`)).json().workers, '1');
    assert.is((await t.request('GET', '/overview?tag1=dev_2')).json().workers, '0');
    assert.is((await t.request('GET', '/overview?other=x')).json().workers, '0');
    const v2 = await t.request('POST', '/update-tags', {});
    assert.is(v2.text, '{"status":"success"}');
    assert.is((await t.request('GET', '/overview?tag1=dev_1')).json().workers, '0');
    assert.is((await t.request('PUT', '/update-tags', {})).status, 405);
  } finally {
    await t.close();
  }
});

s('update-tags refuses an empty, malformed or non-object body', async () => {
  const t = await testServer();
  try {
    for (const [body, message] of [
      ['', 'Request body is empty.'],
      ['{x', 'Invalid JSON format in request body.'],
      ['["a"]', 'The request body must be a JSON object (tag names to values), got an array.'],
    ]) {
      const r = await t.request('POST', '/update-tags', body);
      assert.is(r.status, 400);
      assert.is(r.json().message, message);
    }
  } finally {
    await t.close();
  }
});

s.run();
