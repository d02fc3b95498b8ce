import type { ServerRoute } from '@hapi/hapi';
import Joi from 'joi';
import { badRequest } from '../error-to-boom';
import { isObject, kindOf, readJsonArray, readJsonObject } from '../read-body';
import { isTrue, jobIdOfBody } from '../request-job-id';
import { type RouteContext, forEachFlavor, jsonReply, postMethods, rawPayload } from '../route-context';

const stopSchema = Joi.object({
  jobId: Joi.alternatives(Joi.number().integer(), Joi.string().pattern(/^[+-]?\d+$/)).required().description('the job id; a JSON number keeps all 64 bits'),
  isStopWithSavePoint: Joi.alternatives(Joi.boolean(), Joi.string()).description('stop with a savepoint: the job ends SAVEPOINT_DONE and submit-job with isStartWithSavePoint resumes it'),
});

/**
 * Stopping jobs. Stopping is asynchronous: the answer does not wait for the job to reach CANCELED or
 * SAVEPOINT_DONE, and an unknown or finished job is not an error (SeaTunnel answers 200 as well).
 */
export function stopRoutes(ctx: RouteContext): ServerRoute[] {
  const { runtime } = ctx;

  const stop = (id: string, savepoint: boolean) => {
    runtime.jobs.stop(id, { savepoint });
  };

  return forEachFlavor((flavor, prefix) => [
    {
      method: postMethods(flavor),
      path: `${prefix}/stop-job`,
      options: {
        description: 'Stop one job: cancel it, or stop it with a savepoint',
        payload: rawPayload(ctx),
        plugins: { seatide: { body: stopSchema, response: '{"jobId":"<the request jobId as text>"}' } },
      },
      handler: (request, h) => {
        const body = readJsonObject(request.payload, '{"jobId": ..., "isStopWithSavePoint": false}');
        const { id, raw } = jobIdOfBody(body.jobId);
        stop(id, isTrue(body.isStopWithSavePoint));
        return jsonReply(h, { jobId: raw });
      },
    },
    {
      method: postMethods(flavor),
      path: `${prefix}/stop-jobs`,
      options: {
        description: 'Stop several jobs: cancel them, or stop them with savepoints',
        payload: rawPayload(ctx),
        plugins: { seatide: { body: Joi.array().items(stopSchema), response: '[{"jobId":<number>},...]' } },
      },
      handler: (request, h) => {
        const elements = readJsonArray(request.payload, 'of {"jobId": ..., "isStopWithSavePoint": false}');
        // Every element is checked before any job is stopped, so a bad request stops nothing.
        const stops = elements.map((element, index) => {
          if (!isObject(element)) throw badRequest(`stop-jobs[${index}] must be a JSON object {"jobId": ...}, got ${kindOf(element)}.`);
          return { id: jobIdOfBody(element.jobId).id, savepoint: isTrue(element.isStopWithSavePoint) };
        });
        for (const s of stops) stop(s.id, s.savepoint);
        return jsonReply(h, stops.map((s) => ({ jobId: BigInt(s.id) })));
      },
    },
  ]);
}
