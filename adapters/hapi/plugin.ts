import Boom from '@hapi/boom';
import type { Plugin, Request, ResponseToolkit, Server } from '@hapi/hapi';
import Joi from 'joi';
import { ErrorCodes, SeatideError, messageOf } from '../../core/errors';
import { JobStatus } from '../../core/job/job-status';
import { type Logger, silentLogger } from '../../core/logging/logger';
import type { SeatideRuntime } from '../../core/runtime/runtime';
import { ERROR_CODE_HEADER, errorCodeOf, errorToBoom, failBody } from './error-to-boom';
import { NodeState, readBuildInfo } from './node-state';
import { jsonText } from './render/json-text';
import type { RouteContext } from './route-context';
import { encryptConfigRoutes } from './routes/encrypt-config';
import { jobRoutes } from './routes/jobs';
import { logRoutes } from './routes/logs';
import { notFoundRoutes } from './routes/not-found';
import { operabilityRoutes } from './routes/operability';
import { overviewRoutes } from './routes/overview';
import { stopRoutes } from './routes/stop';
import { submitRoutes } from './routes/submit';
import { systemMonitoringRoutes } from './routes/system-monitoring';
import { SystemMonitor } from './system-monitoring';

export const PLUGIN_NAME = 'seatide';

const BUILD = readBuildInfo();

export interface SeatidePluginOptions {
  /** The runtime whose jobs the API serves; the host owns it (and closes it). */
  readonly runtime: SeatideRuntime;
  /** Where request lines go (method, path, status, time; never bodies). Default: nowhere. */
  readonly logger?: Logger;
  /**
   * Write one info line per request to `logger`. Default true; a host whose logger drops info lines (a node
   * at log level warn) turns it off, and requests skip the work of a line nobody reads.
   */
  readonly logRequests?: boolean;
  /** Largest accepted request body; larger ones answer 413. Default 8 MiB. */
  readonly maxBodyBytes?: number;
  /**
   * Answer every unmatched path of the server with the API's 404/405 body. For a server of its own
   * (`seatide serve`); a host app keeps its own 404s by leaving this off (paths under /hazelcast/rest/maps
   * are always answered).
   */
  readonly catchAll?: boolean;
}

/** What the plugin exposes as `server.plugins.seatide`. */
export interface SeatidePluginApi {
  readonly node: NodeState;
  readonly monitor: SystemMonitor;
}

declare module '@hapi/hapi' {
  interface PluginProperties {
    seatide: SeatidePluginApi;
  }
}

const optionsSchema = Joi.object({
  runtime: Joi.object({ jobs: Joi.object().required(), registry: Joi.object().required() }).unknown(true).required(),
  logger: Joi.object({ info: Joi.function().required(), error: Joi.function().required() }).unknown(true),
  maxBodyBytes: Joi.number().integer().min(1).default(8 * 1024 * 1024),
  catchAll: Joi.boolean().default(false),
  logRequests: Joi.boolean().default(true),
});

/**
 * SeaTunnel's REST API as a hapi plugin: register it in any hapi server with a runtime, e.g.
 * `await server.register({ plugin: seatidePlugin, options: { runtime } })`. Registers the v1 paths
 * (under /hazelcast/rest/maps, SeaTunnel 2.3.5 shapes), the v2 paths (bare, SeaTunnel HEAD shapes),
 * /health, /ready and /openapi.json, all below the host's route prefix if it gives one. On server start
 * it recovers the job history (jobs a previous process left running become FAILED).
 */
export const seatidePlugin: Plugin<SeatidePluginOptions> = {
  name: PLUGIN_NAME,
  version: BUILD.projectVersion,
  register(server: Server, rawOptions: SeatidePluginOptions) {
    const { error, value } = optionsSchema.validate(rawOptions ?? {});
    // A setup mistake fails the registration at once, naming the option.
    if (error) throw new SeatideError(ErrorCodes.CONFIG_INVALID, `hapi plugin '${PLUGIN_NAME}': ${error.message}`);
    const options = value as Required<Omit<SeatidePluginOptions, 'logger'>>;
    // The host's own objects, not joi's copies of them.
    const runtime = rawOptions.runtime;
    const logger = rawOptions.logger ?? silentLogger;
    const node = new NodeState(BUILD);
    const monitor = new SystemMonitor({
      jobCounts: () => {
        const running = runtime.jobs.running();
        const count = (s: JobStatus) => running.filter((j) => j.status === s).length;
        return { pending: count(JobStatus.PENDING) + count(JobStatus.CREATED), running: count(JobStatus.RUNNING), canceling: count(JobStatus.CANCELING) };
      },
      pluginCount: () => runtime.registry.all().length,
      get host() {
        return server.info.host;
      },
      get port() {
        return Number(server.info.port) || 0;
      },
    });
    const ctx: RouteContext = { runtime, node, monitor, maxBodyBytes: options.maxBodyBytes };
    const prefix = server.realm.modifiers.route.prefix ?? '';

    server.route([
      ...jobRoutes(ctx),
      ...submitRoutes(ctx),
      ...stopRoutes(ctx),
      ...encryptConfigRoutes(ctx),
      ...overviewRoutes(ctx),
      ...systemMonitoringRoutes(ctx),
      ...logRoutes(ctx),
      ...operabilityRoutes(ctx, PLUGIN_NAME),
      ...notFoundRoutes(options.catchAll, `${prefix}/openapi.json`),
    ]);

    server.ext('onPreResponse', (request, h) => failureResponse(request, h, logger), { sandbox: 'plugin' });
    if (options.logRequests && rawOptions.logger) {
      server.events.on('response', (request) => {
        if (request.route.realm.plugin === PLUGIN_NAME) logRequest(request, logger);
      });
    }

    server.ext('onPreStart', async () => {
      monitor.start();
      const { interrupted, resumed, failed } = await runtime.jobs.recover();
      for (const r of interrupted) logger.warn(`job ${r.jobId} ('${r.jobName}') was running when the node stopped and has no checkpoint; it is now FAILED`);
      for (const j of resumed) logger.info(`job ${j.id} ('${j.name}') resumed from its last savepoint or checkpoint`);
      for (const r of failed) logger.error(`job ${r.jobId} ('${r.jobName}') ${r.errorMsg}`);
      node.ready = true;
    });
    server.ext('onPreStop', () => {
      node.ready = false;
    });
    server.ext('onPostStop', () => monitor.stop());
    monitor.watch(server.listener);
    server.expose('node', node);
    server.expose('monitor', monitor);
  },
};

/** Every failure of the API's routes becomes `{"status":"fail","message":...}` with its catalog code in a header. */
function failureResponse(request: Request, h: ResponseToolkit, logger: Logger) {
  const response = request.response;
  if (!Boom.isBoom(response)) return h.continue;
  const boom = errorToBoom(response);
  const status = boom.output.statusCode;
  if (status >= 500) logger.error(`${request.method.toUpperCase()} ${request.path} failed: ${messageOf(response)}`, { stack: (response as Error).stack });
  const reply = h.response(jsonText(failBody(boom))).code(status).type('application/json');
  reply.charset();
  const code = errorCodeOf(boom);
  if (code) reply.header(ERROR_CODE_HEADER, code);
  if (status === 405) reply.header('allow', ((boom.data as { details?: { allowed?: string[] } } | null)?.details?.allowed ?? []).join(', '));
  return reply;
}

/** One line per request: method, path without its query, status, time, and the error code of a failure. */
function logRequest(request: Request, logger: Logger): void {
  const response = request.response;
  const status = Boom.isBoom(response) ? response.output.statusCode : (response?.statusCode ?? 0);
  const code = response && !Boom.isBoom(response) ? response.headers[ERROR_CODE_HEADER] : undefined;
  const ms = Math.round((request.info.responded || request.info.completed || Date.now()) - request.info.received);
  logger.info(`${request.method.toUpperCase()} ${request.path} ${status} ${ms}ms`, code ? { code: String(code) } : {});
}
