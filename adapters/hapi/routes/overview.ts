import type { ServerRoute } from '@hapi/hapi';
import Joi from 'joi';
import { JobStatus } from '../../../core/job/job-status';
import { javaStringOf } from '../../../shade/java-string-of';
import { readJsonObject } from '../read-body';
import { type RouteContext, forEachFlavor, jsonReply, postMethods, rawPayload, validationFailure } from '../route-context';

/**
 * `overview` (job counters and this node, filtered by tags given as query parameters) and `update-tags`
 * (replaces the node's tags). Slots are dynamic here, so the slot counters read "0", as SeaTunnel's do
 * under dynamic slots.
 */
export function overviewRoutes(ctx: RouteContext): ServerRoute[] {
  const { runtime, node } = ctx;

  return forEachFlavor((flavor, prefix) => [
    {
      method: 'GET',
      path: `${prefix}/overview`,
      options: {
        description: 'Version, job counters and the workers matching every tag=value query parameter',
        validate: { query: Joi.object().pattern(Joi.string(), Joi.alternatives(Joi.string().allow(''), Joi.array().items(Joi.string().allow('')))), failAction: validationFailure },
        plugins: { seatide: { response: 'an object of strings: projectVersion, gitCommitAbbrev, totalSlot, unassignedSlot, runningJobs, finishedJobs, failedJobs, cancelledJobs, workers' } },
      },
      handler: async (request, h) => {
        // A repeated parameter counts with its last value, as the servlet API reads it.
        const filter = Object.fromEntries(Object.entries(request.query).map(([k, v]) => [k, String(Array.isArray(v) ? v[v.length - 1] : v)]));
        const finished = await runtime.jobs.finished();
        const countOf = (status: JobStatus) => String(finished.filter((r) => r.status === status).length);
        return jsonReply(h, {
          projectVersion: node.build.projectVersion,
          gitCommitAbbrev: node.build.gitCommitAbbrev,
          totalSlot: '0',
          unassignedSlot: '0',
          runningJobs: String(runtime.jobs.running().length),
          finishedJobs: countOf(JobStatus.FINISHED),
          failedJobs: countOf(JobStatus.FAILED),
          cancelledJobs: countOf(JobStatus.CANCELED),
          workers: node.matches(filter) ? '1' : '0',
        });
      },
    },
    {
      method: postMethods(flavor),
      path: `${prefix}/update-tags`,
      options: {
        description: "Replace this node's tags ({} clears them)",
        payload: rawPayload(ctx),
        plugins: {
          seatide: {
            body: Joi.object().pattern(Joi.string(), Joi.any()).description('tag names to values (values are stringified; null is "")'),
            response: flavor === 'v1' ? '{"status":"success","message":"update node tags done."}' : '{"status":"success"}',
          },
        },
      },
      handler: (request, h) => {
        const body = readJsonObject(request.payload, 'tag names to values');
        const tags: Record<string, string> = {};
        for (const [k, v] of Object.entries(body)) {
          Object.defineProperty(tags, k, { value: v === null || v === undefined ? '' : javaStringOf(v), enumerable: true, writable: true, configurable: true });
        }
        node.replaceTags(tags);
        return jsonReply(h, flavor === 'v1' ? { status: 'success', message: 'update node tags done.' } : { status: 'success' });
      },
    },
  ]);
}
