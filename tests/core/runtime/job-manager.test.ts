import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lastValueFrom, toArray } from 'rxjs';
import { JobStatus } from '../../../core/job/job-status';
import { FileJobStore } from '../../../core/runtime/file-job-store';
import { INTERRUPTED_MESSAGE } from '../../../core/runtime/job-manager';
import { createRuntime } from '../../../core/runtime/runtime';
import { type CollectProbe, collectSink, seqSource } from '../../support/test-plugins';

const s = suite('job-manager');

const setup = (dataDir?: string) => {
  const out: CollectProbe = { rows: [], committed: [], finished: 0, aborted: 0, closed: 0 };
  const runtime = createRuntime({ builtins: false, plugins: [seqSource(), collectSink(out)], dataDir });
  return { runtime, out };
};
const job = (extra: Record<string, unknown> = {}, sink: Record<string, unknown> = {}) => ({
  config: { env: { 'job.name': 'test-job', ...extra }, source: [{ plugin_name: 'Seq', rows: 20 }], sink: [{ plugin_name: 'Collect', ...sink }] },
});

s('a submitted job runs to FINISHED with its metrics and a 64-bit id', async () => {
  const { runtime, out } = setup();
  const j = await runtime.submit(job());
  assert.match(j.id, /^\d{18,19}$/);
  assert.ok(BigInt(j.id) > 2n ** 53n);
  const statuses = lastValueFrom(j.status$.pipe(toArray()));
  const result = await j.result;
  assert.is(result.status, JobStatus.FINISHED);
  assert.is(result.metrics.sinkWriteCount, 20);
  assert.is(out.rows.length, 20);
  assert.equal(await statuses, [JobStatus.RUNNING, JobStatus.FINISHED]);
  const record = await runtime.jobs.record(j.id);
  assert.is(record?.status, JobStatus.FINISHED);
  assert.is(record?.jobName, 'test-job');
  assert.equal(record?.dag.vertices.map((v) => v.vertexName), ['pipeline-1 [Source[0]-Seq]', 'pipeline-1 [Sink[0]-Collect-MultiTableSink]']);
  assert.equal(record?.dag.pipelineEdges, { 1: [{ inputVertexId: 1, targetVertexId: 2 }] });
  await runtime.close();
});

s('one failing job does not affect another running beside it', async () => {
  const { runtime } = setup();
  const bad = await runtime.submit(job({}, { fail_at: 3 }));
  const good = await runtime.submit(job());
  const [b, g] = await Promise.all([bad.result, good.result]);
  assert.is(b.status, JobStatus.FAILED);
  assert.match(b.error!, /boom at row 3/);
  assert.is(g.status, JobStatus.FINISHED);
  assert.ok(bad.logs().some((l) => l.level === 'error' && /boom at row 3/.test(l.message)), 'the failure is in the job log');
  await runtime.close();
});

s('an invalid job is rejected at submit with the plugin named and nothing recorded', async () => {
  const { runtime } = setup();
  try {
    await runtime.submit({ config: { env: {}, source: [{ plugin_name: 'Nope' }], sink: [{ plugin_name: 'Collect' }] } });
    assert.unreachable();
  } catch (e) {
    assert.is((e as { code: string }).code, 'PLUGIN-01');
    assert.match((e as Error).message, /identifier 'Nope'.*Available source identifiers are: Seq/);
  }
  assert.equal(await runtime.jobs.finished(), []);
  await runtime.close();
});

s('an option of the wrong type names the plugin and the option', async () => {
  const { runtime } = setup();
  try {
    await runtime.submit({ config: { env: {}, source: [{ plugin_name: 'Seq', rows: 'many' }], sink: [{ plugin_name: 'Collect' }] } });
    assert.unreachable();
  } catch (e) {
    assert.is((e as { code: string }).code, 'API-02');
    assert.match((e as Error).message, /source 'Seq': option 'rows' expects an integer/);
  }
  await runtime.close();
});

s('a streaming job runs until stopped, then is CANCELED', async () => {
  const { runtime } = setup();
  const j = await runtime.submit({ config: { env: { 'job.mode': 'STREAMING' }, source: [{ plugin_name: 'Seq', rows: 5, endless: true }], sink: [{ plugin_name: 'Collect' }] } });
  await new Promise((r) => setTimeout(r, 50));
  assert.is(j.status, JobStatus.RUNNING);
  assert.equal(runtime.jobs.running().map((x) => x.id), [j.id]);
  assert.ok(runtime.jobs.stop(j.id));
  assert.is((await j.result).status, JobStatus.CANCELED);
  assert.equal(runtime.jobs.running(), []);
  await runtime.close();
});

s('a job id is reused only as SeaTunnel allows', async () => {
  const { runtime } = setup();
  const first = await runtime.submit(job(), { jobId: '733584788375666689' });
  assert.is(first.id, '733584788375666689');
  await first.result;
  try {
    await runtime.submit(job(), { jobId: '733584788375666689' });
    assert.unreachable();
  } catch (e) {
    assert.match((e as Error).message, /has already been submitted and is not starting with a savepoint/);
  }
  try {
    await runtime.submit(job(), { jobId: 'abc' });
    assert.unreachable();
  } catch (e) {
    assert.match((e as Error).message, /For input string: "abc"/);
  }
  await runtime.close();
});

s('history survives a restart, and jobs left running are reported as interrupted', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-jm-'));
  try {
    const a = setup(dir);
    const done = await a.runtime.submit(job());
    await done.result;
    await a.runtime.close();
    // A record left RUNNING, as a process killed mid-job leaves it.
    const store = new FileJobStore(dir);
    const stale = { ...(await store.get(done.id))!, jobId: '800000000000000001', status: JobStatus.RUNNING, finishTime: undefined };
    await store.put(stale);

    const b = setup(dir);
    const { interrupted, resumed } = await b.runtime.jobs.recover();
    assert.equal(interrupted.map((r) => r.jobId), ['800000000000000001']);
    assert.equal(resumed, [], 'no checkpoint: nothing to resume');
    const finished = await b.runtime.jobs.finished();
    const byId = Object.fromEntries(finished.map((r) => [r.jobId, r]));
    assert.is(byId[done.id].status, JobStatus.FINISHED);
    assert.is(byId['800000000000000001'].status, JobStatus.FAILED);
    assert.is(byId['800000000000000001'].errorMsg, INTERRUPTED_MESSAGE);
    await b.runtime.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

s.run();
