import { randomBytes } from 'node:crypto';
import { type Channel, connect as amqpConnect } from 'amqplib';
import { Redis } from 'ioredis';
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { CatalogTable } from '../../core/catalog/catalog-table';
import { silentLogger } from '../../core/logging/logger';
import { type ConfigObject, ReadonlyConfig } from '../../core/options/readonly-config';
import type {
  JobMode,
  Sink,
  SinkFactory,
  Source,
  SourceFactory,
  SubtaskContext,
} from '../../core/plugin/contracts';
import type { RowBatch, SeaTunnelRow } from '../../core/types/row';

/**
 * Helpers for connector tests that run against the servers of this machine (PostgreSQL, MariaDB, Redis,
 * RabbitMQ on 127.0.0.1). Each test makes its own database, table, key prefix or queue with a random
 * suffix and removes it at the end; the factories are driven directly, as the engine would.
 */

export const PG = { host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' } as const;
export const MYSQL = { host: '127.0.0.1', port: 3306, user: 'root', database: 'test' } as const;
export const REDIS = { host: '127.0.0.1', port: 6379 } as const;
export const RABBITMQ = { host: '127.0.0.1', port: 5672, username: 'guest', password: 'guest' } as const;

/** A short random name part: lower-case letters and digits. */
export const suffix = (): string => randomBytes(5).toString('hex');

/** A port on 127.0.0.1 that nothing listens on (bound, read, released). */
export async function closedPort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Runs `fn` with a connected client and ends the client afterwards, whatever `fn` did. */
async function usingClient<C extends { end(): Promise<unknown> }, T>(c: C, fn: (c: C) => Promise<T>): Promise<T> {
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Runs `fn` with a PostgreSQL client on `database`. */
export async function withPg<T>(fn: (c: pg.Client) => Promise<T>, database: string = PG.database): Promise<T> {
  const c = new pg.Client({ host: PG.host, port: PG.port, user: PG.user, database });
  await c.connect();
  return usingClient(c, fn);
}

/** Creates a database named `seatide_<suffix>` with `run(create(name))`, runs `fn` with its name, then `run(drop(name))`. */
async function withScratchDatabase<T>(
  run: (sql: string) => Promise<unknown>,
  create: (name: string) => string,
  drop: (name: string) => string,
  fn: (database: string) => Promise<T>,
): Promise<T> {
  const name = `seatide_${suffix()}`;
  await run(create(name));
  try {
    return await fn(name);
  } finally {
    await run(drop(name));
  }
}

/** Creates a PostgreSQL database for one test, runs `fn` with its name and drops it afterwards. */
export function withPgDatabase<T>(fn: (database: string) => Promise<T>): Promise<T> {
  return withScratchDatabase((sql) => withPg((c) => c.query(sql)), (name) => `CREATE DATABASE ${name}`, (name) => `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, fn);
}

export async function withMysql<T>(fn: (c: mysql.Connection) => Promise<T>, database?: string): Promise<T> {
  const c = await mysql.createConnection({ host: MYSQL.host, port: MYSQL.port, user: MYSQL.user, database, charset: 'utf8mb4_unicode_ci', supportBigNumbers: true, bigNumberStrings: true, dateStrings: true });
  return usingClient(c, fn);
}

/** Creates a MariaDB database (utf8mb4) for one test and drops it afterwards. */
export function withMysqlDatabase<T>(fn: (database: string) => Promise<T>): Promise<T> {
  return withScratchDatabase((sql) => withMysql((c) => c.query(sql)), (name) => `CREATE DATABASE ${name} DEFAULT CHARACTER SET utf8mb4`, (name) => `DROP DATABASE IF EXISTS ${name}`, fn);
}

export const pgUrl = (database: string = PG.database, port: number = PG.port): string => `jdbc:postgresql://${PG.host}:${port}/${database}`;
export const mysqlUrl = (database: string = MYSQL.database, port: number = MYSQL.port): string => `jdbc:mariadb://${MYSQL.host}:${port}/${database}`;

export interface JobOptions {
  readonly jobMode?: JobMode;
  readonly outputName?: string;
}

/** The plugin's options, checked against its rule as the engine checks them. */
function validated(factory: SourceFactory | SinkFactory, raw: ConfigObject, kind: 'source' | 'sink'): ReadonlyConfig {
  const options = new ReadonlyConfig(raw, { kind, identifier: factory.identifier });
  factory.optionRule.validate(options);
  return options;
}

const jobInfo = (job: JobOptions) => ({ jobId: 'test', jobName: 'test', jobMode: job.jobMode ?? 'BATCH', env: new ReadonlyConfig({}) });

/** Validates `raw` against the factory's rule, as the engine does, and creates the source. */
export async function createSource(factory: SourceFactory, raw: ConfigObject, job: JobOptions = {}): Promise<Source> {
  const options = validated(factory, raw, 'source');
  return factory.create({ options, logger: silentLogger, pluginName: factory.identifier, outputName: job.outputName, job: jobInfo(job) });
}

export async function createSink(factory: SinkFactory, raw: ConfigObject, inputTables: readonly CatalogTable[], job: JobOptions = {}): Promise<Sink> {
  const options = validated(factory, raw, 'sink');
  return factory.create({ options, logger: silentLogger, pluginName: factory.identifier, inputTables, job: jobInfo(job) });
}

export function subtask(subtaskIndex = 0, parallelism = 1, signal: AbortSignal = new AbortController().signal, restoredState?: unknown): SubtaskContext {
  return { subtaskIndex, parallelism, signal, logger: silentLogger, restoredState };
}

/** Reads every batch of `parallelism` readers concurrently; returns the batches of each reader. */
export async function readBatches(source: Source, parallelism = 1): Promise<RowBatch[][]> {
  const readers = await Promise.all(Array.from({ length: parallelism }, (_, i) => source.createReader(subtask(i, parallelism))));
  try {
    return await Promise.all(
      readers.map(async (r) => {
        const out: RowBatch[] = [];
        for await (const b of r.read()) out.push(b);
        return out;
      }),
    );
  } finally {
    for (const r of readers) await r.close?.();
    await source.close?.();
  }
}

export async function readRows(source: Source, parallelism = 1): Promise<SeaTunnelRow[]> {
  return (await readBatches(source, parallelism)).flat(2);
}

/**
 * Writes the batches through one writer as the engine ends a BATCH job: write each, prepareCommit,
 * close the writer, commit, close the sink.
 */
export async function writeAll(sink: Sink, batches: readonly RowBatch[]): Promise<void> {
  const writer = await sink.createWriter(subtask());
  try {
    for (const b of batches) await writer.write(b);
    const info = await writer.prepareCommit?.(1);
    await writer.close();
    await sink.commit?.(info === undefined || info === null ? [] : [info]);
  } catch (e) {
    await (writer.abort ? writer.abort() : writer.close());
    await sink.abort?.([]);
    throw e;
  } finally {
    await sink.close?.();
  }
}

/** Splits rows into batches of `size`. */
export function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Runs `fn` with a Redis client (db `db`); every key under `prefix` is deleted afterwards, in every db used. */
export async function withRedisPrefix<T>(fn: (prefix: string, redis: Redis) => Promise<T>): Promise<T> {
  const prefix = `seatide:test:${suffix()}:`;
  const redis = new Redis({ host: REDIS.host, port: REDIS.port, lazyConnect: true });
  await redis.connect();
  try {
    return await fn(prefix, redis);
  } finally {
    for (const db of [0, 3]) {
      await redis.select(db);
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
    }
    redis.disconnect();
  }
}

/** Runs `fn` with a fresh queue name and a channel of its own; the queue is deleted afterwards. */
export async function withQueue<T>(fn: (queue: string, channel: Channel) => Promise<T>): Promise<T> {
  const queue = `seatide.test.${suffix()}`;
  const model = await amqpConnect({ hostname: RABBITMQ.host, port: RABBITMQ.port, username: RABBITMQ.username, password: RABBITMQ.password });
  const channel = await model.createChannel();
  try {
    return await fn(queue, channel);
  } finally {
    await channel.deleteQueue(queue).catch(() => undefined);
    await channel.close().catch(() => undefined);
    await model.close();
  }
}

export interface RecordedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/**
 * Runs `fn` with the base url of an HTTP server on 127.0.0.1 (an ephemeral port) that answers with
 * `handler`; every request is recorded. The server is closed afterwards, its sockets with it.
 */
export async function withHttpServer<T>(
  handler: (req: RecordedRequest, res: import('node:http').ServerResponse, n: number) => void,
  fn: (baseUrl: string, requests: RecordedRequest[]) => Promise<T>,
): Promise<T> {
  const http = await import('node:http');
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: new URL(req.url ?? '/', 'http://127.0.0.1'), headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      handler(recorded, res, requests.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  try {
    return await fn(`http://127.0.0.1:${port}`, requests);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
