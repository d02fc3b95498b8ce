import Hapi from '@hapi/hapi';
import path from 'node:path';
import { ErrorCodes, SeatideError, messageOf } from '../../../core/errors';
import { LOG_LEVELS, type LogLevel, type Logger, createLogger, stderrLogSink } from '../../../core/logging/logger';
import { type SeatideRuntime, createRuntime } from '../../../core/runtime/runtime';
import { V1_PREFIX } from '../../hapi/route-context';
import { seatidePlugin } from '../../hapi/plugin';
import { type CliCommand, parseCliArgs } from '../cli-command';

const HELP = `Usage: seatide serve [--port 5801] [--host 127.0.0.1] [--data-dir DIR] [--plugins MODULE]...

Runs a node that serves SeaTunnel's REST API and runs the jobs submitted to it.
      --port N           the port (default 5801, SeaTunnel's; 0 picks a free one)
      --host H           the address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
      --data-dir DIR     where job history is kept across restarts (default ./.seatide)
      --plugins MODULE   a module whose default export is an array of plugins (repeatable)
      --log-level LEVEL  debug | info | warn | error (default info)

Endpoints: v1 under ${V1_PREFIX} (SeaTunnel 2.3.5 shapes), v2 at / (SeaTunnel HEAD shapes),
/health, /ready, /openapi.json. SIGTERM or Ctrl-C stops gracefully: no new requests, running jobs are
canceled and their history stored, exit code 0.`;

export interface NodeOptions {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly plugins?: readonly string[];
  readonly logLevel?: LogLevel;
}

/** A started node: its server, its runtime, and the one way to stop both in order. */
export interface RunningNode {
  readonly server: Hapi.Server;
  readonly runtime: SeatideRuntime;
  readonly url: string;
  /** Stops taking requests, waits for those in flight, cancels running jobs and stores their records. */
  stop(): Promise<void>;
}

/** Starts a node: a runtime on `dataDir`, its plugins, and the REST API on host:port. */
export async function startNode(options: NodeOptions, logger: Logger = createLogger(stderrLogSink, options.logLevel ?? 'info')): Promise<RunningNode> {
  const runtime = createRuntime({ dataDir: options.dataDir, logSink: stderrLogSink, logLevel: options.logLevel ?? 'info' });
  try {
    for (const m of options.plugins ?? []) await runtime.loadPlugins(m);
    // debug: false, because failures are logged once, by the plugin, with secrets kept out.
    const server = Hapi.server({ port: options.port, host: options.host, debug: false });
    // Request lines are info lines: below that level nobody reads them, so requests do not write them.
    const logRequests = LOG_LEVELS.indexOf(options.logLevel ?? 'info') <= LOG_LEVELS.indexOf('info');
    await server.register({ plugin: seatidePlugin, options: { runtime, logger, catchAll: true, logRequests } });
    await server.start();
    let stopping: Promise<void> | undefined;
    return {
      server,
      runtime,
      url: server.info.uri,
      stop: () =>
        (stopping ??= (async () => {
          await server.stop({ timeout: 10_000 });
          // Running jobs stop with a savepoint and resume when a node starts on this data directory again.
          await runtime.close({ savepoint: true });
        })()),
    };
  } catch (e) {
    await runtime.close();
    throw e;
  }
}

export const command: CliCommand = async (argv, io) => {
  const { values } = parseCliArgs(argv, {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
    plugins: { type: 'string', multiple: true },
    'log-level': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(`${HELP}\n`);
    return 0;
  }
  const port = parsePort(values.port ?? '5801');
  const logLevel = (values['log-level'] ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new SeatideError(ErrorCodes.CONFIG_INVALID, `--log-level must be one of ${LOG_LEVELS.join(', ')}, got '${logLevel}'`);
  }
  const logger = createLogger(stderrLogSink, logLevel);
  const node = await startNode(
    { port, host: values.host ?? '127.0.0.1', dataDir: path.resolve(values['data-dir'] ?? '.seatide'), plugins: values.plugins, logLevel },
    logger,
  );
  io.err(`seatide serve: listening on ${node.url} (v1 ${node.url}${V1_PREFIX}, v2 ${node.url}/, docs ${node.url}/openapi.json)\n`);
  return serveUntilSignal(node, logger, io.err);
};

/**
 * Serves until SIGTERM or SIGINT, then stops gracefully and answers 0. A second signal quits at once.
 * While serving, an error that escapes a plugin (an unhandled rejection, an exception thrown from a
 * timer) is logged instead of taking every other job and the API down with it.
 */
async function serveUntilSignal(node: RunningNode, logger: Logger, err: (text: string) => void): Promise<number> {
  const onEscaped = (kind: string) => (e: unknown) => logger.error(`${kind} outside any request or job: ${messageOf(e)}`, { stack: e instanceof Error ? e.stack : undefined });
  const onRejection = onEscaped('unhandled rejection');
  const onException = onEscaped('uncaught exception');
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  let first: (s: NodeJS.Signals) => void = () => undefined;
  const received = new Promise<NodeJS.Signals>((resolve) => (first = resolve));
  let signals = 0;
  const onSignal = (s: NodeJS.Signals) => (++signals === 1 ? first(s) : process.exit(130));
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  const signal = await received;
  err(`seatide serve: ${signal}: stopping (running jobs are savepointed and resume on the next start; signal again to quit at once)\n`);
  try {
    await node.stop();
  } finally {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
  err('seatide serve: stopped\n');
  // Graceful exit even when a plugin left a handle open (a pool, a socket): unref'd, so it never delays a clean exit.
  setTimeout(() => process.exit(process.exitCode ?? 0), 3000).unref();
  return 0;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new SeatideError(ErrorCodes.CONFIG_INVALID, `--port must be an integer from 0 to 65535, got '${text}'`);
  return port;
}
