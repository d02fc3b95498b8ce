import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { JobStatus } from '../../../core/job/job-status';
import type { JobEvent } from '../../../core/runtime/job';
import { createRuntime } from '../../../core/runtime/runtime';
import { type CollectProbe, collectSink } from '../../support/test-plugins';

const s = suite('runtime');
const probe = (): CollectProbe => ({ rows: [], committed: [], finished: 0, aborted: 0, closed: 0 });

s('runs a HOCON job given as text, with the built-in FakeSource and a sink registered in code', async () => {
  const out = probe();
  const runtime = createRuntime().register(collectSink(out));
  const result = await runtime.run({
    text: `env { parallelism = 2 }
source { FakeSource { row.num = 7, schema = { fields { id = bigint, name = string } } } }
sink { Collect {} }`,
  });
  assert.is(result.status, JobStatus.FINISHED);
  assert.is(out.rows.length, 14, 'row.num rows per reader, two readers');
  assert.type(out.rows[0].fields[0], 'bigint');
  assert.type(out.rows[0].fields[1], 'string');
  await runtime.close();
});

s('runs a JSON file, and -i variables reach ${name} placeholders', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-rt-'));
  try {
    const file = path.join(dir, 'job.json');
    fs.writeFileSync(file, JSON.stringify({
      env: { 'job.mode': 'BATCH' },
      source: [{ plugin_name: 'FakeSource', 'row.num': '${rows:2}', schema: { fields: { a: 'int' } } }],
      sink: [{ plugin_name: 'Collect' }],
    }));
    const out = probe();
    const runtime = createRuntime({ plugins: [collectSink(out)] });
    assert.is((await runtime.run({ file }, { variables: ['rows=4'] })).status, JobStatus.FINISHED);
    assert.is(out.rows.length, 4);
    await runtime.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

s('metrics and events are readable while a streaming job runs', async () => {
  const out = probe();
  const runtime = createRuntime({ plugins: [collectSink(out)] });
  const job = await runtime.submit({
    config: { env: { 'job.mode': 'STREAMING', 'checkpoint.interval': 1000 }, source: [{ plugin_name: 'FakeSource', 'row.num': 25, schema: { fields: { a: 'int' } } }], sink: [{ plugin_name: 'Collect' }] },
  });
  const events: JobEvent[] = [];
  job.events$.subscribe((e) => events.push(e));
  for (let i = 0; i < 100 && job.metrics().sourceReceivedCount < 25; i++) await new Promise((r) => setTimeout(r, 20));
  assert.is(job.status, JobStatus.RUNNING);
  assert.is(job.metrics().sourceReceivedCount, 25);
  assert.equal(job.metrics().tables.sourceReceivedCount, { 'default.default.default': 25 });
  await job.cancel();
  assert.is(job.status, JobStatus.CANCELED);
  const statuses = events.filter((e): e is Extract<JobEvent, { type: 'status' }> => e.type === 'status').map((e) => e.status);
  assert.equal(statuses, [JobStatus.CANCELING, JobStatus.CANCELED]);
  await runtime.close();
});

s('check validates without running and returns the DAG', async () => {
  const out = probe();
  const runtime = createRuntime({ plugins: [collectSink(out)] });
  const dag = await runtime.check({ config: { env: {}, source: [{ plugin_name: 'FakeSource', schema: { fields: { a: 'int' } } }], sink: [{ plugin_name: 'Collect' }] } });
  assert.equal(dag.vertices.map((v) => [v.type, v.tablePaths]), [['source', ['default.default.default']], ['sink', ['default.default.default']]]);
  assert.is(out.rows.length, 0);
  await runtime.close();
});

s('two runtimes share nothing', async () => {
  const a = createRuntime({ plugins: [collectSink(probe())] });
  const b = createRuntime();
  assert.ok(a.registry.has('sink', 'Collect'));
  assert.not.ok(b.registry.has('sink', 'Collect'));
  await Promise.all([a.close(), b.close()]);
});

s.run();
