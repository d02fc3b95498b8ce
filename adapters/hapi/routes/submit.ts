import type { Request, ServerRoute } from '@hapi/hapi';
import Joi from 'joi';
import { SeatideError } from '../../../core/errors';
import type { JobSource } from '../../../core/job/load-job';
import type { ConfigObject } from '../../../core/options/readonly-config';
import type { SubmitOptions } from '../../../core/runtime/job-manager';
import { javaStringOf } from '../../../shade/java-string-of';
import { badRequest } from '../error-to-boom';
import { bodyText, isObject, kindOf, readJsonArray, readJsonObject, toPlainConfig } from '../read-body';
import { isTrue, requireJobId } from '../request-job-id';
import { type ApiFlavor, type RouteContext, forEachFlavor, jsonReply, postMethods, rawPayload, validationFailure } from '../route-context';

const jobConfigSchema = Joi.object({
  env: Joi.object().unknown(true).description('env options: job.mode, job.name, parallelism, checkpoint.interval, shade.identifier, ...'),
  source: Joi.array().items(Joi.object({ plugin_name: Joi.string().required() }).unknown(true)).min(1).required(),
  transform: Joi.array().items(Joi.object({ plugin_name: Joi.string().required() }).unknown(true)),
  sink: Joi.array().items(Joi.object({ plugin_name: Joi.string().required() }).unknown(true)).min(1).required(),
})
  .unknown(true)
  .description('a SeaTunnel job config');

const submitQuery = Joi.object({
  jobId: Joi.string().allow('').description('use this id (64-bit decimal) instead of a generated one'),
  jobName: Joi.string().allow('').description('overrides env."job.name"'),
  isStartWithSavePoint: Joi.string().allow('').description('"true" to resume the job of jobId'),
  format: Joi.string().valid('json', 'hocon').insensitive().description('the body format (default json)'),
}).unknown(true);

const paramsSchema = Joi.object({
  jobId: Joi.alternatives(Joi.string(), Joi.number()),
  jobName: Joi.string(),
  isStartWithSavePoint: Joi.alternatives(Joi.string(), Joi.boolean()),
}).description('submit-job query parameters for this job');

/**
 * Submitting jobs: `submit-job` (one config; JSON, or HOCON with ?format=hocon) and `submit-jobs` (an array
 * of configs, each with optional `params`). Answers once the job runs (it has been validated and its
 * plugins created); an invalid job answers 400 naming the plugin, option or field, and is not recorded.
 */
export function submitRoutes(ctx: RouteContext): ServerRoute[] {
  const { runtime } = ctx;

  const submit = async (source: JobSource, options: SubmitOptions, flavor: ApiFlavor) => {
    const job = await runtime.submit(source, options);
    // 2.3.5 answered the id as a JSON number (exact digits); HEAD answers a string.
    return { jobId: flavor === 'v1' ? BigInt(job.id) : job.id, jobName: job.name };
  };

  return forEachFlavor((flavor, prefix) => [
    {
      method: postMethods(flavor),
      path: `${prefix}/submit-job`,
      options: {
        description: 'Submit one job',
        payload: rawPayload(ctx),
        validate: { query: submitQuery, failAction: validationFailure },
        plugins: {
          seatide: {
            body: jobConfigSchema,
            bodyTypes: ['json', 'hocon'],
            response: flavor === 'v1' ? '{"jobId":<number>,"jobName":"..."}' : '{"jobId":"...","jobName":"..."}',
          },
        },
      },
      handler: async (request, h) => {
        if (flavor === 'v1') checkV1Query(request);
        const q = request.query as Record<string, string | undefined>;
        const savepoint = isTrue(q.isStartWithSavePoint);
        // Checked before the body is read, as SeaTunnel does.
        if (savepoint && !q.jobId) throw badRequest('Please provide jobId when start with save point.', { field: 'jobId' });
        const jobId = q.jobId ? requireJobId(q.jobId) : undefined;
        const source: JobSource =
          String(q.format ?? 'json').toLowerCase() === 'hocon'
            ? { text: bodyText(request.payload), format: 'hocon' }
            : { config: toPlainConfig(readJsonObject(request.payload, 'a job config')) };
        return jsonReply(h, await submit(source, { jobId, jobName: q.jobName || undefined, isStartWithSavePoint: savepoint }, flavor));
      },
    },
    {
      method: postMethods(flavor),
      path: `${prefix}/submit-jobs`,
      options: {
        description: 'Submit several jobs, in order; jobs before a failing one stay submitted',
        payload: rawPayload(ctx),
        plugins: {
          seatide: {
            body: Joi.array().items(jobConfigSchema.keys({ params: paramsSchema })),
            response: '[{"jobId":"...","jobName":"..."},...] in request order',
          },
        },
      },
      handler: async (request, h) => {
        const elements = readJsonArray(request.payload, 'job configs, each with optional "params"');
        // Shapes are checked for every element before any job is submitted.
        const requests = elements.map((element, index) => submitRequest(element, index));
        const out = [];
        for (const [index, r] of requests.entries()) {
          try {
            const { jobId, jobName } = await submit({ config: r.config }, r.options, 'v2');
            out.push({ jobId, jobName });
          } catch (e) {
            throw e instanceof SeatideError ? new SeatideError(e.errorCode, `submit-jobs[${index}]: ${e.text}`, { cause: e, details: { ...e.context } }) : e;
          }
        }
        return jsonReply(h, out);
      },
    },
  ]);
}

function submitRequest(element: unknown, index: number): { config: ConfigObject; options: SubmitOptions } {
  if (!isObject(element)) throw badRequest(`submit-jobs[${index}] must be a JSON object (a job config), got ${kindOf(element)}.`);
  const { params, ...config } = element;
  if (params !== undefined && params !== null && !isObject(params)) {
    throw badRequest(`submit-jobs[${index}].params must be an object of jobId, jobName, isStartWithSavePoint, got ${kindOf(params)}.`);
  }
  const p = (params ?? {}) as ConfigObject;
  const text = (v: unknown) => (v === undefined || v === null ? '' : javaStringOf(v));
  const savepoint = isTrue(p.isStartWithSavePoint);
  if (savepoint && !text(p.jobId)) throw badRequest(`submit-jobs[${index}]: Please provide jobId when start with save point.`, { field: 'jobId' });
  return {
    config: toPlainConfig(config),
    options: {
      jobId: text(p.jobId) ? requireJobId(text(p.jobId)) : undefined,
      jobName: text(p.jobName) || undefined,
      isStartWithSavePoint: savepoint,
    },
  };
}

/**
 * Hazelcast's REST parser rejects a query parameter without a value (`?jobName=` or `?x`) with this exact
 * message; v1 clients may rely on it, so v1 keeps it.
 */
function checkV1Query(request: Request): void {
  const search = request.url.search.replace(/^\?/, '');
  if (search === '') return;
  for (const pair of search.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) throw badRequest('Invalid Params format in Params.');
  }
}
