import Hapi from '@hapi/hapi';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'lossless-json';
import type { LogRecord, Logger } from '../../../../core/logging/logger';
import { createLogger } from '../../../../core/logging/logger';
import type { PluginDefinition } from '../../../../core/plugin/contracts';
import { type SeatideRuntime, createRuntime } from '../../../../core/runtime/runtime';
import { type SeatidePluginOptions, seatidePlugin } from '../../../../adapters/hapi/plugin';
import { builtinShades } from '../../../../shade';
import { type CollectProbe, collectSink, seqSource } from '../../../support/test-plugins';

export const V1 = '/hazelcast/rest/maps';

/** A config that runs until stopped: an endless Seq source into a Collect sink. */
export const streamingJob = (name = 'streaming') => ({
  env: { 'job.mode': 'STREAMING', 'job.name': name, 'checkpoint.interval': 5000, parallelism: 1 },
  source: [{ plugin_name: 'Seq', rows: 6, batch: 3, endless: true, table: 'fake', result_table_name: 'fake' }],
  sink: [{ plugin_name: 'Collect', source_table_name: ['fake'] }],
});

/** A config that ends by itself after `rows` rows. */
export const batchJob = (rows = 10, name = 'batch') => ({
  env: { 'job.mode': 'BATCH', 'job.name': name },
  source: [{ plugin_name: 'Seq', rows, batch: 4, table: 'fake', result_table_name: 'fake' }],
  sink: [{ plugin_name: 'Collect', source_table_name: ['fake'] }],
});

export interface TestServer {
  readonly server: Hapi.Server;
  readonly runtime: SeatideRuntime;
  readonly probe: CollectProbe;
  readonly logs: LogRecord[];
  readonly dataDir?: string;
  /** Injects a request; `body` objects are sent as JSON, strings as they are. */
  request(method: string, url: string, body?: unknown): Promise<Reply>;
  close(): Promise<void>;
}

export interface Reply {
  readonly status: number;
  readonly text: string;
  readonly headers: Record<string, unknown>;
  /** The body parsed losslessly (numbers are LosslessNumbers), for checking id digits. */
  lossless(): any;
  /** The body parsed with JSON.parse. */
  json(): any;
}

/**
 * A hapi server with the plugin on a runtime of test plugins (Seq, Collect) and the built-in shades,
 * initialized (so history is recovered) but not listening: requests go through server.inject.
 */
export async function testServer(options: {
  dataDir?: string;
  plugins?: PluginDefinition[];
  pluginOptions?: Partial<SeatidePluginOptions>;
  serverOptions?: Hapi.ServerOptions;
  register?: (server: Hapi.Server) => Promise<void>;
} = {}): Promise<TestServer> {
  const probe: CollectProbe = { rows: [], committed: [], finished: 0, aborted: 0, closed: 0 };
  const logs: LogRecord[] = [];
  const logger: Logger = createLogger((r) => logs.push(r), 'debug');
  const runtime = createRuntime({
    builtins: false,
    dataDir: options.dataDir,
    logSink: (r) => logs.push(r),
    plugins: [...builtinShades, seqSource(), collectSink(probe), ...(options.plugins ?? [])],
  });
  const server = Hapi.server({ debug: false, ...options.serverOptions });
  if (options.register) await options.register(server);
  else await server.register({ plugin: seatidePlugin, options: { runtime, logger, catchAll: true, ...options.pluginOptions } });
  await server.initialize();
  return {
    server,
    runtime,
    probe,
    logs,
    dataDir: options.dataDir,
    request: async (method, url, body) => {
      const payload = body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
      const r = await server.inject({ method, url, payload });
      return reply(r.statusCode, r.payload, r.headers as Record<string, unknown>);
    },
    close: async () => {
      await server.stop();
      await runtime.close();
    },
  };
}

export function reply(status: number, text: string, headers: Record<string, unknown>): Reply {
  return { status, text, headers, lossless: () => parse(text), json: () => JSON.parse(text) };
}

export const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-rest-'));

export const removeDir = (dir: string | undefined): void => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
};

/** Polls until `check` returns a truthy value (or throws after `ms`). */
export async function eventually<T>(check: () => T | Promise<T>, ms = 5000): Promise<NonNullable<T>> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(`condition not met within ${ms}ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
