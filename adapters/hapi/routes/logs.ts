import type { Request, ServerRoute } from '@hapi/hapi';
import Joi from 'joi';
import { ErrorCodes, SeatideError } from '../../../core/errors';
import type { LogRecord } from '../../../core/logging/logger';
import type { ConfigObject } from '../../../core/options/readonly-config';
import type { Job } from '../../../core/runtime/job';
import { redactText } from '../../../shade/redact-config';
import { formatTime } from '../render/format-time';
import { requireJobId } from '../request-job-id';
import { type RouteContext, forEachFlavor, jsonReply, validationFailure } from '../route-context';

const formatQuery = Joi.object({ format: Joi.string().valid('html', 'json', 'text').insensitive().description('default html for the list, text for one log') }).unknown(true);

/**
 * Job logs. Each job keeps its own recent log lines in memory (Job.logs()), so `logs` lists the jobs this
 * process has run and still remembers, and `logs/<jobId>` (or `logs/job-<jobId>.log`) returns one job's
 * lines. Lines pass through the job's redaction, so a secret quoted by a plugin is hidden.
 */
export function logRoutes(ctx: RouteContext): ServerRoute[] {
  const { runtime } = ctx;

  const jobsWithLogs = async (): Promise<Job[]> => {
    const ids = [...runtime.jobs.running().map((j) => j.id), ...(await runtime.jobs.finished()).map((r) => r.jobId)];
    return [...new Set(ids)].map((id) => runtime.jobs.get(id)).filter((j): j is Job => j !== undefined);
  };

  return forEachFlavor((_flavor, prefix) => [
    {
      method: 'GET',
      path: `${prefix}/logs`,
      options: {
        description: 'The job logs this node holds: an HTML list, or JSON with ?format=json',
        validate: { query: formatQuery, failAction: validationFailure },
        plugins: { seatide: { response: 'HTML, or [{"node","logLink","logName"}] with ?format=json' } },
      },
      handler: async (request, h) => {
        const node = `${request.server.info.host}:${request.server.info.port}`;
        const entries = (await jobsWithLogs()).map((job) => {
          const logName = `job-${job.id}.log`;
          return { node, logLink: `${origin(request)}${request.path.replace(/\/+$/, '')}/${logName}`, logName };
        });
        if (String(request.query.format ?? '').toLowerCase() === 'json') return jsonReply(h, entries);
        const items = entries.map((e) => `<li><a href="${escapeHtml(e.logLink)}">${escapeHtml(`${e.node}-${e.logName}`)}</a></li>\n`).join('');
        const html = `<html><head><title>Seatunnel log</title></head>\n<body>\n <h2>Seatunnel log</h2>\n <ul>\n${items} </ul>\n</body></html>`;
        return h.response(html).type('text/html');
      },
    },
    {
      method: 'GET',
      path: `${prefix}/logs/{name}`,
      options: {
        description: "One job's log lines (text), or its records with ?format=json",
        validate: {
          params: Joi.object({ name: Joi.string().description('a job id, or job-<id>.log') }),
          query: formatQuery,
          failAction: validationFailure,
        },
        plugins: { seatide: { response: 'text/plain lines, or [{"time","level","message","fields"}] with ?format=json' } },
      },
      handler: (request, h) => {
        const name = String(request.params.name);
        const id = requireJobId(/^job-(.+)\.log$/.exec(name)?.[1] ?? name);
        const job = runtime.jobs.get(id);
        if (!job) {
          throw new SeatideError(ErrorCodes.JOB_NOT_FOUND, `No log of job ${id} on this node: logs are kept in memory for the jobs this process ran.`, { details: { jobId: id } });
        }
        const redact = (text: string) => (job.config ? redactText(text, job.config as ConfigObject, runtime.registry) : text);
        const records = job.logs().map((r) => ({ time: formatTime(r.time), level: r.level.toUpperCase(), message: redact(r.message), fields: redactFields(r, redact) }));
        if (String(request.query.format ?? '').toLowerCase() === 'json') return jsonReply(h, records);
        const lines = records.map((r) => `${r.time} ${r.level.padEnd(5)} ${fieldText(r.fields)}${r.message}\n`).join('');
        return h.response(lines).type('text/plain');
      },
    },
  ]);
}

function redactFields(record: LogRecord, redact: (text: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record.fields)) {
    if (k === 'jobId') continue;
    out[k] = redact(typeof v === 'string' ? v : (JSON.stringify(v, (_key, x) => (typeof x === 'bigint' ? x.toString() : x)) ?? String(v)));
  }
  return out;
}

const fieldText = (fields: Record<string, string>) => {
  const text = Object.entries(fields).map(([k, v]) => `${k}=${v}`).join(' ');
  return text ? `[${text}] ` : '';
};

const origin = (request: Request) => `${request.server.info.protocol}://${request.info.host}`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
