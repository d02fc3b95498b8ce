import v8 from 'node:v8';
import vm from 'node:vm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildExecutionPlan } from '../../../core/engine/build-execution-plan';
import { executePlan } from '../../../core/engine/execute-plan';
import { checkpointPolicy } from '../../../core/engine/checkpoint-policy';
import { MemoryCheckpointStorage } from '../../../core/checkpoint/checkpoint-storage';
import { JobMetrics } from '../../../core/engine/job-metrics';
import { SeatideError } from '../../../core/errors';
import { type JobConfig, toJobConfig } from '../../../core/job/job-config';
import { silentLogger } from '../../../core/logging/logger';
import type { ConfigObject } from '../../../core/options/readonly-config';
import { PluginRegistry } from '../../../core/plugin/registry';
import { OptionRule } from '../../../core/options/option-rule';
import type { SinkFactory } from '../../../core/plugin/contracts';
import { type CollectProbe, type SeqProbe, collectSink, evenIdsTransform, seqSource } from '../../support/test-plugins';

const s = suite('execute-plan');

const probes = () => {
  const seq: SeqProbe = { pulled: 0, closedReaders: 0 };
  const out: CollectProbe = { rows: [], committed: [], finished: 0, aborted: 0, closed: 0 };
  const registry = new PluginRegistry().with(seqSource(seq), collectSink(out), evenIdsTransform);
  return { seq, out, registry };
};

/** What a run needs besides its signal and metrics: no checkpoint to resume from, storage in memory. */
const runOptions = (job: JobConfig) => ({
  jobId: '1', logger: silentLogger, checkpoints: { storage: new MemoryCheckpointStorage(), policy: checkpointPolicy(job, false), restore: [] },
});

async function run(config: ConfigObject, registry: PluginRegistry, signal = new AbortController().signal) {
  const job = toJobConfig(config);
  const plan = await buildExecutionPlan(job, registry, { jobId: '1', jobName: job.jobName, jobMode: job.jobMode, env: job.env }, silentLogger);
  const metrics = new JobMetrics();
  const outcome = await executePlan(plan, { ...runOptions(job), signal, metrics });
  return { outcome, metrics: metrics.snapshot(), plan };
}

s('a simple graph moves every row from each reader to the sink and commits once', async () => {
  const { out, seq, registry } = probes();
  const { outcome, metrics } = await run({ env: { parallelism: 3 }, source: [{ plugin_name: 'seq', rows: 10 }], sink: [{ plugin_name: 'Collect' }] }, registry);
  assert.is(outcome, 'finished');
  assert.is(out.rows.length, 30);
  assert.equal([...new Set(out.rows.map((r) => r.fields[1]))].sort(), [0, 1, 2]);
  assert.is(out.committed.length, 1);
  assert.is(out.committed[0].length, 3, 'one commit info per writer');
  assert.is(out.finished, 1);
  assert.is(out.closed, 3);
  assert.is(seq.closedReaders, 3);
  assert.is(metrics.sourceReceivedCount, 30);
  assert.is(metrics.sinkWriteCount, 30);
  assert.equal(metrics.tables.sourceReceivedCount, { seq: 30 });
});

s('a transform drops rows and fan-out gives each sink every row', async () => {
  const a: CollectProbe = { rows: [], committed: [], finished: 0, aborted: 0, closed: 0 };
  const b: CollectProbe = { rows: [], committed: [], finished: 0, aborted: 0, closed: 0 };
  const sinkA = collectSink(a);
  const sinkB = { ...collectSink(b), identifier: 'Collect2' };
  const registry = new PluginRegistry().with(seqSource(), sinkA, sinkB, evenIdsTransform);
  await run({
    env: {},
    source: [{ plugin_name: 'Seq', rows: 10, plugin_output: 's' }],
    transform: [{ plugin_name: 'EvenIds', plugin_input: 's', plugin_output: 'even' }],
    sink: [{ plugin_name: 'Collect', plugin_input: 'even' }, { plugin_name: 'Collect2', plugin_input: 's' }],
  }, registry);
  assert.equal(a.rows.map((r) => r.fields[0]), [0n, 2n, 4n, 6n, 8n]);
  assert.is(b.rows.length, 10);
});

s('a sink reading two sources gets their union', async () => {
  const { out, registry } = probes();
  await run({
    env: {},
    source: [{ plugin_name: 'Seq', rows: 3, plugin_output: 'a' }, { plugin_name: 'Seq', rows: 4, plugin_output: 'b' }],
    sink: [{ plugin_name: 'Collect', plugin_input: ['a', 'b'] }],
  }, registry);
  assert.is(out.rows.length, 7);
});

s('backpressure: a slow sink keeps the source at most a batch or two ahead', async () => {
  const { out, seq, registry } = probes();
  const config = { env: {}, source: [{ plugin_name: 'Seq', rows: 400, batch: 10 }], sink: [{ plugin_name: 'Collect', delay_ms: 2 }] };
  const job = toJobConfig(config);
  const plan = await buildExecutionPlan(job, registry, { jobId: '1', jobName: 'x', jobMode: 'BATCH', env: job.env }, silentLogger);
  let maxLead = 0;
  const metrics = new JobMetrics();
  const timer = setInterval(() => {
    maxLead = Math.max(maxLead, seq.pulled - metrics.snapshot().sinkWriteCount);
  }, 1);
  await executePlan(plan, { ...runOptions(job), signal: new AbortController().signal, metrics });
  clearInterval(timer);
  assert.is(out.rows.length, 400);
  assert.ok(maxLead <= 20, `source ran ${maxLead} rows ahead of the sink`);
});

s('a failing sink fails the job with its plugin named, aborts writers and commits nothing', async () => {
  const { out, seq, registry } = probes();
  try {
    await run({ env: {}, source: [{ plugin_name: 'Seq', rows: 50 }], sink: [{ plugin_name: 'Collect', fail_at: 7 }] }, registry);
    assert.unreachable('should fail');
  } catch (e) {
    assert.instance(e, SeatideError);
    assert.is((e as SeatideError).code, 'SINK-01');
    assert.match((e as Error).message, /sink 'Collect': boom at row 7/);
  }
  assert.is(out.committed.length, 0);
  assert.is(out.aborted, 1);
  assert.is(seq.closedReaders, 1);
});

s('cancel stops an endless source, closes it and reports canceled', async () => {
  const { out, seq, registry } = probes();
  const ctl = new AbortController();
  const done = run({ env: { 'job.mode': 'STREAMING' }, source: [{ plugin_name: 'Seq', rows: 5, endless: true }], sink: [{ plugin_name: 'Collect' }] }, registry, ctl.signal);
  await new Promise((r) => setTimeout(r, 50));
  ctl.abort();
  const { outcome } = await done;
  assert.is(outcome, 'canceled');
  assert.is(seq.closedReaders, 1);
  assert.is(out.committed.length, 0, 'nothing is committed by a cancel');
});

s('an unbounded source in a BATCH job is rejected before running', async () => {
  const { registry } = probes();
  try {
    await run({ env: {}, source: [{ plugin_name: 'Seq', endless: true }], sink: [{ plugin_name: 'Collect' }] }, registry);
    assert.unreachable();
  } catch (e) {
    assert.match((e as Error).message, /'Seq' source don't support off-line job/);
  }
});

s('read_limit.rows_per_second holds the rate of a reader', async () => {
  const { out, registry } = probes();
  const t0 = Date.now();
  await run({ env: { 'read_limit.rows_per_second': 100 }, source: [{ plugin_name: 'Seq', rows: 30, batch: 30 }], sink: [{ plugin_name: 'Collect' }] }, registry);
  const took = Date.now() - t0;
  assert.is(out.rows.length, 30);
  assert.ok(took >= 250, `30 rows at 100 rows/s took only ${took} ms`);
});

s('a busy job leaves the event loop free for timers and requests', async () => {
  const { registry } = probes();
  let ticks = 0;
  let worstGap = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worstGap = Math.max(worstGap, now - last);
    last = now;
    ticks++;
  }, 5);
  const t0 = performance.now();
  await run({ env: {}, source: [{ plugin_name: 'Seq', rows: 300000, batch: 1000 }], sink: [{ plugin_name: 'Collect' }] }, registry);
  const took = performance.now() - t0;
  clearInterval(timer);
  assert.ok(took > 100, `the job should be busy for a while (took ${took.toFixed(0)} ms)`);
  assert.ok(ticks >= took / 50, `only ${ticks} timer ticks in ${took.toFixed(0)} ms`);
  assert.ok(worstGap < 250, `the event loop was blocked for ${worstGap.toFixed(0)} ms`);
});

s('rows already written are not kept alive by the engine', async () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const refs: WeakRef<object>[] = [];
  let seen = 0;
  let alive = -1;
  const tracking: SinkFactory = {
    kind: 'sink', identifier: 'Drop', optionRule: OptionRule.EMPTY,
    create: () => ({
      createWriter: () => ({
        async write(batch) {
          if (refs.length < 50) refs.push(new WeakRef(batch));
          // WeakRef targets stay alive until the current macrotask ends: leave it between batches.
          await new Promise((r) => setImmediate(r));
          // Late in the run, while the job is still going: the early batches must be collectable by now.
          if (++seen === 180) {
            gc();
            alive = refs.filter((r) => r.deref() !== undefined).length;
          }
        },
        close() {},
      }),
    }),
  };
  const registry = new PluginRegistry().with(seqSource(), tracking);
  const job = toJobConfig({ env: {}, source: [{ plugin_name: 'Seq', rows: 20000, batch: 100 }], sink: [{ plugin_name: 'Drop' }] });
  const plan = await buildExecutionPlan(job, registry, { jobId: '1', jobName: 'x', jobMode: 'BATCH', env: job.env }, silentLogger);
  const ctl = new AbortController();
  await executePlan(plan, { ...runOptions(job), signal: ctl.signal, metrics: new JobMetrics() });
  assert.is(seen, 200);
  assert.is(alive, 0, `${alive} of the first 50 batches are still reachable`);
});

s.run();
