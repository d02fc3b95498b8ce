import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { JobStatus } from '../../../../core/job/job-status';
import { V1, batchJob, eventually, removeDir, streamingJob, tempDir, testServer } from '../support/test-server';

const s = suite('routes/stop');

s('a running STREAMING job is listed, stopped by its 64-bit id sent as a JSON number, and is CANCELED after a restart', async () => {
  const dataDir = tempDir();
  try {
    const first = await testServer({ dataDir });
    const submitted = await first.request('POST', `${V1}/submit-job?jobName=stream_me`, streamingJob());
    assert.is(submitted.status, 200, submitted.text);
    const id = /"jobId":(\d+)/.exec(submitted.text)?.[1] as string;
    assert.ok(BigInt(id) > 2n ** 53n, `ids exceed 2^53: ${id}`);

    await eventually(() => first.probe.rows.length >= 6 || first.runtime.jobs.get(id)!.metrics().sinkWriteCount >= 6);
    const running = (await first.request('GET', '/running-jobs')).lossless();
    assert.is(running.length, 1);
    assert.is(running[0].jobId, id);
    assert.is(running[0].jobStatus, 'RUNNING');
    assert.is(running[0].jobName, 'stream_me');

    // The id travels as a bare JSON number: any double on the way would change its last digits.
    const stopped = await first.request('POST', `${V1}/stop-job`, `{"jobId":${id},"isStopWithSavePoint":false}`);
    assert.is(stopped.status, 200, stopped.text);
    assert.is(stopped.text, `{"jobId":"${id}"}`);
    const result = await first.runtime.jobs.get(id)!.result;
    assert.is(result.status, JobStatus.CANCELED);
    assert.equal((await first.request('GET', '/running-jobs')).json(), []);
    // The record reaches the disk just after the status changes; a restart reads what is on disk.
    const file = path.join(dataDir, 'jobs', `${id}.json`);
    await eventually(() => JSON.parse(fs.readFileSync(file, 'utf8')).status === 'CANCELED');
    await first.close();

    const second = await testServer({ dataDir });
    try {
      const canceled = (await second.request('GET', `${V1}/finished-jobs/CANCELED`)).lossless();
      assert.is(canceled.length, 1);
      assert.is(canceled[0].jobId, id);
      assert.is(canceled[0].jobName, 'stream_me');
      assert.is(canceled[0].jobStatus, 'CANCELED');
      assert.is(canceled[0].errorMsg, null);
      assert.equal((await second.request('GET', '/finished-jobs/FINISHED')).json(), []);
      const info = (await second.request('GET', `/job-info/${id}`)).json();
      assert.is(info.jobStatus, 'CANCELED');
      assert.ok(Number(info.metrics.SinkWriteCount) >= 6);
    } finally {
      await second.close();
    }
  } finally {
    removeDir(dataDir);
  }
});

s('stop-job echoes the id as a string, also for unknown ids and string ids', async () => {
  const t = await testServer();
  try {
    const unknown = await t.request('POST', '/stop-job', '{"jobId":733584788375666689,"isStopWithSavePoint":false}');
    assert.is(unknown.status, 200);
    assert.is(unknown.text, '{"jobId":"733584788375666689"}');
    const asString = await t.request('POST', `${V1}/stop-job`, '{"jobId":"+881432421482889220"}');
    assert.is(asString.text, '{"jobId":"+881432421482889220"}');
  } finally {
    await t.close();
  }
});

s('stop-job with savepoint ends the job in SAVEPOINT_DONE, and submit-job with isStartWithSavePoint resumes it', async () => {
  const t = await testServer();
  try {
    const id = (await t.request('POST', '/submit-job', streamingJob())).json().jobId as string;
    const r = await t.request('POST', '/stop-job', `{"jobId":${id},"isStopWithSavePoint":true}`);
    assert.is(r.status, 200);
    const result = await t.runtime.jobs.get(id)!.result;
    assert.is(result.status, JobStatus.SAVEPOINT_DONE);
    assert.ok(t.runtime.jobs.get(id)!.logs().some((l) => /savepoint \d+ completed/.test(l.message)));
    const info = (await t.request('GET', `/job-info/${id}`)).json();
    assert.is(info.jobStatus, 'SAVEPOINT_DONE');

    const again = await t.request('POST', `/submit-job?jobId=${id}&isStartWithSavePoint=true`, streamingJob());
    assert.is(again.status, 200, again.text);
    assert.is(again.json().jobId, id);
    assert.is(t.runtime.jobs.get(id)!.status, JobStatus.RUNNING);
    assert.ok(t.runtime.jobs.get(id)!.logs().some((l) => /resuming from savepoint/.test(l.message)));
  } finally {
    await t.close();
  }
});

s('stop-job rejects a missing, null or non-integer jobId and a body that is not an object', async () => {
  const t = await testServer();
  try {
    for (const [body, message] of [
      ['{}', 'jobId cannot be empty.'],
      ['{"jobId":null}', 'jobId cannot be empty.'],
      ['{"jobId":"abc"}', 'For input string: "abc"'],
      ['{"jobId":1.5}', 'For input string: "1.5"'],
      ['{"jobId":8.8e17}', 'For input string: "8.8E17"'],
      ['[{"jobId":1}]', 'The request body must be a JSON object ({"jobId": ..., "isStopWithSavePoint": false}), got an array.'],
      ['', 'Request body is empty.'],
      ['{"jobId":', 'Invalid JSON format in request body.'],
    ]) {
      const r = await t.request('POST', '/stop-job', body);
      assert.is(r.status, 400, body);
      assert.equal(r.json(), { status: 'fail', message }, body);
    }
  } finally {
    await t.close();
  }
});

s('stop-jobs stops every listed job and answers the ids as JSON numbers with all their digits', async () => {
  const t = await testServer();
  try {
    const a = (await t.request('POST', '/submit-job', streamingJob('a'))).json().jobId as string;
    const b = (await t.request('POST', '/submit-job', streamingJob('b'))).json().jobId as string;
    const r = await t.request('POST', `${V1}/stop-jobs`, `[{"jobId":${a},"isStopWithSavePoint":false},{"jobId":${b},"isStopWithSavePoint":false}]`);
    assert.is(r.status, 200, r.text);
    assert.is(r.text, `[{"jobId":${a}},{"jobId":${b}}]`);
    assert.is((await t.runtime.jobs.get(a)!.result).status, JobStatus.CANCELED);
    assert.is((await t.runtime.jobs.get(b)!.result).status, JobStatus.CANCELED);
  } finally {
    await t.close();
  }
});

s('stop-jobs checks every element first: one without jobId stops nothing', async () => {
  const t = await testServer();
  try {
    const a = (await t.request('POST', '/submit-job', streamingJob('a'))).json().jobId as string;
    const r = await t.request('POST', '/stop-jobs', `[{"jobId":${a}},{"isStopWithSavePoint":false}]`);
    assert.is(r.status, 400);
    assert.is(r.json().message, 'jobId cannot be empty.');
    assert.is(t.runtime.jobs.get(a)!.status, JobStatus.RUNNING);
    const notArray = await t.request('POST', '/stop-jobs', `{"jobId":${a}}`);
    assert.is(notArray.status, 400);
    assert.match(notArray.json().message, /must be a JSON array/);
    const notObject = await t.request('POST', '/stop-jobs', '[5]');
    assert.is(notObject.json().message, 'stop-jobs[0] must be a JSON object {"jobId": ...}, got the number 5.');
  } finally {
    await t.close();
  }
});

s('stopping a finished job answers 200 and changes nothing', async () => {
  const t = await testServer();
  try {
    const id = (await t.request('POST', '/submit-job', batchJob(5))).json().jobId as string;
    await t.runtime.jobs.get(id)!.result;
    const r = await t.request('POST', '/stop-job', `{"jobId":${id}}`);
    assert.is(r.status, 200);
    assert.is(t.runtime.jobs.get(id)!.status, JobStatus.FINISHED);
  } finally {
    await t.close();
  }
});

s.run();
