import type { ServerRoute } from '@hapi/hapi';
import Joi from 'joi';
import { isEndState } from '../../../core/job/job-status';
import type { JobRecord } from '../../../core/runtime/job-record';
import { badRequest } from '../error-to-boom';
import { finishedJobView, runningJobView } from '../render/job-view';
import { RawJson, jsonText } from '../render/json-text';
import { requireJobId } from '../request-job-id';
import { type ApiFlavor, type RouteContext, V1_PREFIX, forEachFlavor, jsonReply, validationFailure } from '../route-context';

/**
 * The job views: running jobs, one job by id (`job-info` and its deprecated alias `running-job`), and the
 * finished history filtered by state. v1 answers with SeaTunnel 2.3.5's shapes, v2 with HEAD's.
 */
export function jobRoutes(ctx: RouteContext): ServerRoute[] {
  const { runtime } = ctx;
  const registry = runtime.registry;

  // An ended job's record never changes: render it once per flavor (the history is listed on every request).
  const rendered = { v1: new WeakMap<JobRecord, RawJson>(), v2: new WeakMap<JobRecord, RawJson>() };
  const finishedJson = (record: JobRecord, flavor: ApiFlavor): RawJson => {
    let text = rendered[flavor].get(record);
    if (!text) {
      text = new RawJson(jsonText(finishedJobView(record, flavor, registry)));
      rendered[flavor].set(record, text);
    }
    return text;
  };
  const view = (record: JobRecord, flavor: ApiFlavor) =>
    isEndState(record.status) ? finishedJobView(record, flavor, registry) : runningJobView(record, flavor, registry);

  return forEachFlavor((flavor, prefix) => [
    {
      method: 'GET',
      path: `${prefix}/running-jobs`,
      options: {
        description: 'Jobs that have not ended (pending and running)',
        plugins: { seatide: { response: 'an array of running-job objects' } },
      },
      handler: (_request, h) => jsonReply(h, runtime.jobs.running().map((job) => runningJobView(job.toRecord(), flavor, registry))),
    },
    ...['job-info', 'running-job'].map(
      (name): ServerRoute => ({
        method: 'GET',
        path: `${prefix}/${name}/{jobId*}`,
        options: {
          description: name === 'job-info' ? 'One job by id: running, finished, or {"jobId"} when unknown' : 'Deprecated alias of job-info',
          validate: { params: Joi.object({ jobId: Joi.string().allow('').description('the job id (64-bit decimal)') }), failAction: validationFailure },
          plugins: { seatide: { response: 'a running-job object, a finished-job object, or {"jobId":"<id>"} for an unknown id' } },
        },
        handler: async (request, h) => {
          const raw = String(request.params.jobId ?? '');
          if (raw === '') {
            // v2 says so plainly; v1 (Hazelcast) parsed the whole path, and its message shows that.
            throw badRequest(flavor === 'v2' ? 'The jobId must not be empty.' : `For input string: "${V1_PREFIX}/${name}"`, { field: 'jobId' });
          }
          const id = requireJobId(raw);
          const record = await runtime.jobs.record(id);
          return jsonReply(h, record ? view(record, flavor) : { jobId: raw });
        },
      }),
    ),
    {
      method: 'GET',
      path: `${prefix}/finished-jobs/{state?}`,
      options: {
        description: 'Ended jobs, oldest finish first, optionally of one state (FINISHED, CANCELED, FAILED, ...)',
        validate: { params: Joi.object({ state: Joi.string().allow('').description('a JobStatus name, any case') }), failAction: validationFailure },
        plugins: { seatide: { response: 'an array of finished-job objects ([] for an unknown state)' } },
      },
      handler: async (request, h) => {
        const state = String(request.params.state ?? '').toUpperCase();
        const records = (await runtime.jobs.finished()).filter((r) => state === '' || r.status === state);
        return jsonReply(h, records.map((r) => finishedJson(r, flavor)));
      },
    },
  ]);
}
