import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Redis } from 'ioredis';
import { JobStatus } from '../../core/job/job-status';
import type { ConfigObject } from '../../core/options/readonly-config';
import { createRuntime } from '../../core/runtime/runtime';
import { type CollectProbe, collectSink, seqSource } from '../support/test-plugins';
import { PG, RABBITMQ, REDIS, pgUrl, withHttpServer, withPg, withPgDatabase, withQueue, withRedisPrefix } from '../support/services';

/**
 * Each built-in sink behind a restart from a checkpoint: a job fans 90 rows out to the sink under test and
 * to a second sink that fails once mid-way, so the job restarts from its last checkpoint (`job.retry.times`).
 * An exactly-once sink then holds every row once; an at-least-once sink holds every row, some possibly twice.
 */
const s = suite('resume-guarantees');

const ROWS = 90;
const ids = () => Array.from({ length: ROWS }, (_, i) => i);

async function runWithRestart(sink: ConfigObject): Promise<void> {
  const probe: CollectProbe = { rows: [], committed: [], finished: 0, aborted: 0, closed: 0 };
  const runtime = createRuntime({ plugins: [seqSource(), collectSink(probe)] });
  try {
    const result = await runtime.run({
      config: {
        env: { 'job.mode': 'BATCH', 'checkpoint.interval': 40, 'job.retry.times': 1, 'job.retry.interval.seconds': 0 },
        source: [{ plugin_name: 'Seq', rows: ROWS, batch: 3, pause_ms: 5, table: 'seq', plugin_output: 'seq' }],
        sink: [
          { plugin_input: 'seq', ...sink },
          { plugin_name: 'Collect', plugin_input: 'seq', fail_at: 45, fail_times: 1 },
        ],
      },
    });
    assert.is(result.status, JobStatus.FINISHED, result.error);
    assert.is(probe.failures, 1, 'the job failed once and restarted');
  } finally {
    await runtime.close();
  }
}

const exactlyOnce = (values: readonly number[]) => assert.equal([...values].sort((a, b) => a - b), ids());

/** Every row at least once (rows written after the last checkpoint before the failure are usually there twice). */
const atLeastOnce = (values: readonly number[]) => assert.equal([...new Set(values)].sort((a, b) => a - b), ids(), 'no row is lost');

s('LocalFile: exactly-once', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-guar-'));
  try {
    await runWithRestart({ plugin_name: 'LocalFile', path: path.join(dir, 'out'), tmp_path: path.join(dir, 'tmp'), file_format_type: 'csv' });
    const lines = fs.readdirSync(path.join(dir, 'out')).flatMap((f) => fs.readFileSync(path.join(dir, 'out', f), 'utf8').split('\n').filter(Boolean));
    exactlyOnce(lines.map((l) => Number(l.split(',')[0])));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

s('Jdbc (PostgreSQL): exactly-once', async () => {
  await withPgDatabase(async (database) => {
    await runWithRestart({ plugin_name: 'Jdbc', url: pgUrl(database), driver: 'org.postgresql.Driver', user: PG.user, generate_sink_sql: true, database, table: 'public.seq' });
    exactlyOnce(await withPg(async (c) => (await c.query('select id from seq')).rows.map((r: { id: string }) => Number(r.id)), database));
  });
});

s('Redis: at-least-once', async () => {
  await withRedisPrefix(async (prefix, redis: Redis) => {
    await runWithRestart({ plugin_name: 'Redis', ...REDIS, key: `${prefix}list`, data_type: 'list' });
    atLeastOnce((await redis.lrange(`${prefix}list`, 0, -1)).map((v) => Number(JSON.parse(v).id)));
  });
});

s('RabbitMQ: at-least-once', async () => {
  await withQueue(async (queue, ch) => {
    await ch.assertQueue(queue, { durable: true });
    await runWithRestart({ plugin_name: 'RabbitMQ', ...RABBITMQ, virtual_host: '/', queue_name: queue });
    const values: number[] = [];
    for (let msg = await ch.get(queue, { noAck: true }); msg; msg = await ch.get(queue, { noAck: true })) values.push(Number(JSON.parse(msg.content.toString()).id));
    atLeastOnce(values);
  });
});

s('Http: at-least-once', async () => {
  await withHttpServer(
    (_req, res) => res.end('ok'),
    async (url, requests) => {
      await runWithRestart({ plugin_name: 'Http', url: `${url}/rows` });
      atLeastOnce(requests.map((r) => Number(JSON.parse(r.body).id)));
    },
  );
});

s.run();
