import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ErrorCodes } from '../../../core/errors';
import { JobStatus } from '../../../core/job/job-status';
import type { LogRecord } from '../../../core/logging/logger';
import type { ConfigObject } from '../../../core/options/readonly-config';
import { createRuntime } from '../../../core/runtime/runtime';
import { CHECKPOINT_STORAGE } from '../../../core/tokens';
import { createContainer } from '../../../core/container';
import { type CollectProbe, collectSink, seqSource } from '../../support/test-plugins';
import { type ErrorCode, SeatideError } from '../../../core/errors';
import { type CheckpointStorage, MemoryCheckpointStorage } from '../../../core/checkpoint/checkpoint-storage';

async function rejectsWith(work: Promise<unknown>, code: ErrorCode, message: RegExp): Promise<void> {
  const e = await work.then(() => undefined, (err: unknown) => err);
  assert.instance(e, SeatideError, 'expected a SeatideError');
  assert.is((e as SeatideError).code, code.code, (e as Error).message);
  assert.match((e as Error).message, message);
}

const s = suite('checkpoints');

const newProbe = (): CollectProbe => ({ rows: [], committed: [], finished: 0, aborted: 0, closed: 0 });

/** Ids committed by the sink, sorted, per subtask. */
const committedIds = (probe: CollectProbe, subtask = 0): number[] =>
  probe.rows.filter((r) => r.fields[1] === subtask).map((r) => Number(r.fields[0])).sort((a, b) => a - b);

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function setup(probe: CollectProbe, dataDir?: string, checkpointStorage?: CheckpointStorage) {
  const logs: LogRecord[] = [];
  const runtime = createRuntime({ plugins: [seqSource(), collectSink(probe)], dataDir, checkpointStorage, logSink: (r) => logs.push(r) });
  return { runtime, logs };
}

const job = (env: ConfigObject, source: ConfigObject, sink: ConfigObject = {}): ConfigObject => ({
  env,
  source: [{ plugin_name: 'Seq', ...source }],
  sink: [{ plugin_name: 'Collect', ...sink }],
});

const until = async (what: string, check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

s('checkpoint.interval commits rows while the job runs; every row arrives once; checkpoints go when it finishes', async () => {
  const probe = newProbe();
  const storage = new MemoryCheckpointStorage();
  const { runtime, logs } = setup(probe, undefined, storage);
  const running = await runtime.submit({ config: job({ 'checkpoint.interval': 40 }, { rows: 60, batch: 3, pause_ms: 10 }) });
  await until('a commit before the end', () => probe.committed.length >= 2);
  assert.is(running.status, JobStatus.RUNNING, 'rows were committed while the job was still running');
  const result = await running.result;
  assert.is(result.status, JobStatus.FINISHED);
  assert.equal(committedIds(probe), range(60));
  assert.ok(logs.some((l) => /checkpoint is enabled, every 40 ms/.test(l.message)));
  assert.ok(logs.some((l) => /checkpoint \d+ completed/.test(l.message)));
  assert.equal(await storage.list(running.id), [], 'a finished job has nothing to resume');
  await runtime.close();
});

s('a BATCH job without checkpoint.interval takes none, and says so', async () => {
  const probe = newProbe();
  const { runtime, logs } = setup(probe);
  const result = await runtime.run({ config: job({ 'checkpoint.timeout': 10 }, { rows: 20, batch: 2, pause_ms: 5 }) });
  assert.is(result.status, JobStatus.FINISHED);
  assert.is(probe.committed.length, 1, 'one commit, at the end');
  assert.ok(logs.some((l) => l.message === 'checkpoint is disabled'));
  await runtime.close();
});

s('stop with a savepoint commits what was read, ends SAVEPOINT_DONE, and resuming reads on from there', async () => {
  const probe = newProbe();
  const { runtime } = setup(probe);
  const config = job({ parallelism: 2 }, { rows: 80, batch: 4, pause_ms: 10 });
  const first = await runtime.submit({ config });
  await until('some rows', () => first.metrics().sinkWriteCount >= 16);
  const stopped = await first.stop({ savepoint: true });
  assert.is(stopped.status, JobStatus.SAVEPOINT_DONE);
  for (const subtask of [0, 1]) {
    const ids = committedIds(probe, subtask);
    assert.ok(ids.length > 0 && ids.length < 80, `subtask ${subtask} stopped mid-way (${ids.length} rows)`);
    assert.equal(ids, range(ids.length), 'what was read up to the savepoint is committed, in order, once');
  }

  const resumed = await runtime.submit({ config }, { jobId: first.id, isStartWithSavePoint: true });
  assert.is(resumed.id, first.id);
  assert.is((await resumed.result).status, JobStatus.FINISHED);
  assert.equal(committedIds(probe, 0), range(80));
  assert.equal(committedIds(probe, 1), range(80));
  await runtime.close();
});

s('resuming a job that has no savepoint or checkpoint is refused with a clear error', async () => {
  const { runtime } = setup(newProbe());
  await rejectsWith(runtime.submit({ config: job({}, {}) }, { jobId: '123456789', isStartWithSavePoint: true }), ErrorCodes.CHECKPOINT_NOT_FOUND, /job 123456789 has no savepoint or checkpoint/);
  await runtime.close();
});

s('resuming with another parallelism is refused before anything runs', async () => {
  const probe = newProbe();
  const { runtime } = setup(probe);
  const first = await runtime.submit({ config: job({ parallelism: 2 }, { rows: 100, batch: 2, pause_ms: 10 }) });
  await until('some rows', () => first.metrics().sinkWriteCount >= 4);
  assert.is((await first.stop({ savepoint: true })).status, JobStatus.SAVEPOINT_DONE);
  await rejectsWith(
    runtime.submit({ config: job({ parallelism: 1 }, { rows: 100, batch: 2 }) }, { jobId: first.id, isStartWithSavePoint: true }),
    ErrorCodes.CHECKPOINT_MISMATCH,
    /there source 1 is .* parallelism 2, now its parallelism is 1/,
  );
  await runtime.close();
});

s('a failure that may pass restarts the job from its last checkpoint: no row lost, none twice', async () => {
  const probe = newProbe();
  const { runtime, logs } = setup(probe);
  const env = { 'checkpoint.interval': 30, 'job.retry.times': 2, 'job.retry.interval.seconds': 0 };
  const result = await runtime.run({ config: job(env, { rows: 60, batch: 3, pause_ms: 5 }, { fail_at: 30, fail_times: 1 }) });
  assert.is(result.status, JobStatus.FINISHED, result.error);
  assert.is(probe.failures, 1);
  assert.equal(committedIds(probe), range(60));
  assert.ok(logs.some((l) => /restarting from its last checkpoint in 0 s \(retry 1 of 2\)/.test(l.message)));
  await runtime.close();
});

s('retries stop at job.retry.times; failed assertions and BATCH jobs without checkpoints are not retried', async () => {
  const probe = newProbe();
  const { runtime } = setup(probe);
  const env = { 'checkpoint.interval': 30, 'job.retry.times': 2, 'job.retry.interval.seconds': 0 };
  const failing = await runtime.run({ config: job(env, { rows: 60, batch: 3, pause_ms: 2 }, { fail_at: 9 }) });
  assert.is(failing.status, JobStatus.FAILED);
  assert.is(probe.failures, 3, 'the first run and two retries');

  const batch = newProbe();
  const b = setup(batch);
  const once = await b.runtime.run({ config: job({ 'job.retry.interval.seconds': 0 }, { rows: 20 }, { fail_at: 5 }) });
  assert.is(once.status, JobStatus.FAILED);
  assert.is(batch.failures, 1, 'nothing to restart from');
  await runtime.close();
  await b.runtime.close();
});

s('checkpoint.timeout fails a checkpoint that takes too long', async () => {
  const probe = newProbe();
  const { runtime } = setup(probe);
  const env = { 'checkpoint.interval': 20, 'checkpoint.timeout': 50, 'job.retry.times': 0 };
  const result = await runtime.run({ config: job(env, { rows: 100, batch: 10 }, { delay_ms: 300 }) });
  assert.is(result.status, JobStatus.FAILED);
  assert.match(result.error ?? '', /CHECKPOINT-01.*did not complete within 50 ms \(checkpoint.timeout\)/);
  await runtime.close();
});

s('a node closed with savepoints resumes its jobs when it starts again on the same data directory', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-cp-'));
  try {
    const probe = newProbe();
    const a = setup(probe, dir);
    const first = await a.runtime.submit({ config: job({}, { rows: 60, batch: 3, pause_ms: 10 }) });
    await until('some rows', () => first.metrics().sinkWriteCount >= 9);
    await a.runtime.close({ savepoint: true });
    assert.is(first.status, JobStatus.SAVEPOINT_DONE);
    const before = committedIds(probe).length;
    assert.ok(before > 0 && before < 60);

    const b = setup(probe, dir);
    const { resumed, interrupted } = await b.runtime.recover();
    assert.equal(interrupted, []);
    assert.equal(resumed.map((j) => j.id), [first.id]);
    assert.is((await resumed[0].result).status, JobStatus.FINISHED);
    assert.equal(committedIds(probe), range(60));
    // Resumed once: a third start has nothing to do.
    await b.runtime.close();
    const c = setup(probe, dir);
    assert.equal((await c.runtime.recover()).resumed, []);
    await c.runtime.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

s('the data directory holds checkpoints as whole JSON files, at most two per job', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-cp-'));
  try {
    const storage = createContainer({ dataDir: dir }).resolve(CHECKPOINT_STORAGE);
    const base = { jobId: '42', type: 'checkpoint' as const, time: 1, sources: {}, sinks: {}, committed: true };
    for (const id of [1, 2, 3]) await storage.save({ ...base, checkpointId: id });
    const jobDir = path.join(dir, 'checkpoints', '42');
    assert.equal(fs.readdirSync(jobDir).sort(), ['2.json', '3.json'], 'pruned, and no temp file left');
    assert.equal(JSON.parse(fs.readFileSync(path.join(jobDir, '3.json'), 'utf8')).checkpointId, 3);
    fs.writeFileSync(path.join(jobDir, '3.json'), '{"trunc');
    assert.equal((await storage.list('42')).map((c) => c.checkpointId), [2], 'an unreadable checkpoint falls back to the one before');
    await storage.remove('42');
    assert.not.ok(fs.existsSync(jobDir));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

s.run();
