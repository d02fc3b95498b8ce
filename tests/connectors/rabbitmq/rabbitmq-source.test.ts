import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import { rabbitmqSource } from '../../../connectors/rabbitmq/rabbitmq-source';
import { JobStatus } from '../../../core/job/job-status';
import { createRuntime } from '../../../core/runtime/runtime';
import { type CollectProbe, collectSink } from '../../support/test-plugins';
import { RABBITMQ, closedPort, createSource, readBatches, readRows, subtask, withQueue } from '../../support/services';

const s = suite('rabbitmq-source');

const base = { ...RABBITMQ, virtual_host: '/' };
const schema = { fields: { id: 'bigint', name: 'string', score: 'decimal(10, 2)' } };
const publish = (ch: import('amqplib').Channel, queue: string, n: number, from = 0) => {
  for (let i = from; i < from + n; i++) ch.sendToQueue(queue, Buffer.from(JSON.stringify({ id: i, name: `n${i} ✓`, score: `${i}.25` })));
};
const depth = async (ch: import('amqplib').Channel, queue: string) => (await ch.checkQueue(queue)).messageCount;
const settle = () => new Promise((r) => setTimeout(r, 300));

s('BATCH: reads every message as a typed row, ends once the queue stays empty, acknowledges all', async () => {
  await withQueue(async (queue, ch) => {
    await ch.assertQueue(queue, { durable: true });
    publish(ch, queue, 500);
    await settle();
    const source = await createSource(rabbitmqSource, { ...base, queue_name: queue, schema, prefetch_count: 64, delivery_timeout: 300 });
    assert.is(source.boundedness, 'BOUNDED');
    const started = Date.now();
    const batches = (await readBatches(source)).flat();
    assert.ok(batches.every((b) => b.length <= 64), 'a batch holds at most prefetch_count messages');
    const rows = batches.flat();
    assert.is(rows.length, 500);
    assert.equal(rows.slice(0, 2).map((r) => r.fields.map(String)), [['0', 'n0 ✓', '0.25'], ['1', 'n1 ✓', '1.25']]);
    assert.ok(Date.now() - started < 5000);
    await settle();
    assert.is(await depth(ch, queue), 0, 'every message was acknowledged');
  });
});

s('a batch is acknowledged only when the next one is pulled; a closed reader requeues the rest', async () => {
  await withQueue(async (queue, ch) => {
    await ch.assertQueue(queue, { durable: true });
    publish(ch, queue, 30);
    await settle();
    const source = await createSource(rabbitmqSource, { ...base, queue_name: queue, schema, prefetch_count: 10, delivery_timeout: 300 });
    const reader = await source.createReader(subtask());
    const it = reader.read()[Symbol.asyncIterator]();
    const first = await it.next();
    assert.is(first.value.length, 10);
    await settle();
    assert.is(await depth(ch, queue), 20, 'ten delivered, none acknowledged yet');
    const second = await it.next(); // the first batch is written: acknowledged now
    // The reader yields what has arrived, up to the prefetch count; how much that is depends on timing.
    assert.ok(second.value.length >= 1 && second.value.length <= 10, `second batch of ${second.value.length}`);
    await it.return?.();
    await reader.close?.();
    await settle();
    assert.is(await depth(ch, queue), 20, 'the second batch went back to the queue');
    const rest = await readRows(await createSource(rabbitmqSource, { ...base, queue_name: queue, schema, delivery_timeout: 300 }));
    assert.equal(rest.map((r) => Number(r.fields[0])).sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i + 10));
  });
});

s('parallel readers share the queue: every message read exactly once', async () => {
  await withQueue(async (queue, ch) => {
    await ch.assertQueue(queue, { durable: true });
    publish(ch, queue, 300);
    const source = await createSource(rabbitmqSource, { ...base, queue_name: queue, schema, prefetch_count: 20, delivery_timeout: 400 });
    const ids = (await readRows(source, 3)).map((r) => Number(r.fields[0]));
    assert.is(ids.length, 300);
    assert.is(new Set(ids).size, 300);
  });
});

s('STREAMING: unbounded, waits for messages published later, stops when the job stops', async () => {
  await withQueue(async (queue, ch) => {
    const source = await createSource(rabbitmqSource, { ...base, queue_name: queue, format: 'text', durable: false, auto_delete: false }, { jobMode: 'STREAMING' });
    assert.is(source.boundedness, 'UNBOUNDED');
    const stop = new AbortController();
    const reader = await source.createReader(subtask(0, 1, stop.signal));
    const got: string[] = [];
    const done = (async () => {
      for await (const b of reader.read()) for (const r of b) got.push(r.fields[0] as string);
    })();
    await settle();
    ch.sendToQueue(queue, Buffer.from('late message ü'));
    await settle();
    await settle();
    assert.equal(got, ['late message ü']);
    stop.abort();
    await done;
    await reader.close?.();
  });
});

s('a refused connection and a wrong password fail with SOURCE-02, never showing the password', async () => {
  const port = await closedPort();
  const refused = await readRows(await createSource(rabbitmqSource, { ...base, port, queue_name: 'q', schema, password: 'Not-Shown-42' })).then(() => undefined, (e: unknown) => e as SeatideError);
  assert.is(refused?.code, 'SOURCE-02');
  assert.match(refused!.message, `RabbitMQ source at 127.0.0.1:${port}/`);
  assert.match(refused!.message, /ECONNREFUSED/);
  const denied = await readRows(await createSource(rabbitmqSource, { ...base, queue_name: 'q', schema, username: 'guest', password: 'Wrong-Pass-43' })).then(() => undefined, (e: unknown) => e as SeatideError);
  assert.is(denied?.code, 'SOURCE-02');
  assert.match(denied!.message, /ACCESS.REFUSED|403/);
  assert.not.match(`${denied!.message} ${refused!.message}`, /Not-Shown-42|Wrong-Pass-43/);
});

s('json needs a schema; text without one reads a `content` column', async () => {
  const err = await createSource(rabbitmqSource, { ...base, queue_name: 'q' }).then(() => undefined, (e: unknown) => e as SeatideError);
  assert.is(err?.code, 'API-02');
  assert.match(err!.message, "options('schema') are required because ['format' == JSON]");
  const text = await createSource(rabbitmqSource, { ...base, queue_name: 'q', format: 'text' });
  assert.equal(text.tables[0].schema.columns.map((c) => c.name), ['content']);
});

const jobReading = (queue: string, sink: Record<string, unknown>) => ({
  env: { 'job.mode': 'BATCH', 'job.retry.times': 0 },
  source: [{ plugin_name: 'RabbitMQ', ...base, queue_name: queue, schema, prefetch_count: 50, delivery_timeout: 500 }],
  sink: [{ plugin_name: 'Collect', ...sink }],
});

s('in a job, messages are acknowledged once a checkpoint committed their rows: none lost when a job fails', async () => {
  await withQueue(async (queue, ch) => {
    await ch.assertQueue(queue, { durable: true });
    publish(ch, queue, 300);
    await settle();
    const probe: CollectProbe = { rows: [], committed: [], finished: 0, aborted: 0, closed: 0 };
    const runtime = createRuntime({ plugins: [collectSink(probe)] });
    // A sink that fails at its 120th row: what checkpoints committed before is acknowledged, the rest goes back.
    const failed = await runtime.run({ config: jobReading(queue, { fail_at: 120 }) });
    assert.is(failed.status, JobStatus.FAILED);
    const committed = probe.rows.length;
    assert.ok(committed > 0 && committed < 120, `checkpoints at the prefetch limit committed ${committed} rows`);
    await settle();
    assert.is(await depth(ch, queue), 300 - committed, 'exactly the committed messages were acknowledged');
    // The next job reads the rest, committing at checkpoints on the way as the reader reaches the limit.
    const before = probe.committed.length;
    const done = await runtime.run({ config: jobReading(queue, {}) });
    assert.is(done.status, JobStatus.FINISHED, done.error);
    assert.equal(probe.rows.map((r) => Number(r.fields[0])).sort((a, b) => a - b), Array.from({ length: 300 }, (_, i) => i));
    assert.ok(probe.committed.length - before > 1, 'committed at checkpoints on the way, not only at the end');
    await settle();
    assert.is(await depth(ch, queue), 0, 'every message was acknowledged');
    await runtime.close();
  });
});

s.run();
