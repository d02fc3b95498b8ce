import path from 'node:path';
import { messageOf } from '../../../core/errors';
import { JobStatus } from '../../../core/job/job-status';
import { type LogLevel, stderrLogSink } from '../../../core/logging/logger';
import { createRuntime } from '../../../core/runtime/runtime';
import type { Job } from '../../../core/runtime/job';
import { CONFIG_OPTIONS, type CliCommand, type CliIO, parseCliArgs } from '../cli-command';
import { formatProgress } from '../format-progress';

const HELP = `Usage: seatide run --config FILE [-i key=value]... [--plugins MODULE]... [--check] [-n NAME]
                   [--stop-with-savepoint] [-r JOBID] [--data-dir DIR]

Runs a SeaTunnel job config (HOCON, or JSON for .json files) to its end.
  -c, --config FILE        the job config
  -i, --variable K=V       a variable for \${K} placeholders (repeatable; "a=1,b=2" sets two)
      --plugins MODULE     a module whose default export is an array of plugins (repeatable)
      --check              validate config, plugins, options and DAG without running
  -n, --name NAME          the job name (overrides env "job.name")
      --stop-with-savepoint  Ctrl-C (or SIGTERM) stops the job with a savepoint instead of canceling it
  -r, --restore JOBID      resume job JOBID from its savepoint or last checkpoint (same config)
      --data-dir DIR       where job records and checkpoints are kept (default ./.seatide with
                           --stop-with-savepoint or --restore; otherwise in memory)
      --log-level LEVEL    debug | info | warn | error (default info)
  -m, --master, -e, --deploy-mode   accepted for seatunnel.sh compatibility; jobs run in this process

Exit code: 0 when the job FINISHED or stopped with a savepoint, 1 when it FAILED or is invalid, 130 when
canceled (Ctrl-C).`;

export const command: CliCommand = async (argv, io) => {
  const { values } = parseCliArgs(argv, {
    ...CONFIG_OPTIONS,
    check: { type: 'boolean' },
    name: { type: 'string', short: 'n' },
    'stop-with-savepoint': { type: 'boolean' },
    restore: { type: 'string', short: 'r' },
    'data-dir': { type: 'string' },
    'log-level': { type: 'string' },
    master: { type: 'string', short: 'm' },
    'deploy-mode': { type: 'string', short: 'e' },
  });
  if (values.help) {
    io.out(`${HELP}\n`);
    return 0;
  }
  if (!values.config) {
    io.err(`seatide run: --config FILE is required\n\n${HELP}\n`);
    return 2;
  }
  const logLevel = (values['log-level'] ?? 'info') as LogLevel;
  const savepoints = Boolean(values['stop-with-savepoint'] || values.restore);
  const dataDir = values['data-dir'] ?? (savepoints ? '.seatide' : undefined);
  const runtime = createRuntime({ logSink: stderrLogSink, logLevel, dataDir: dataDir && path.resolve(dataDir) });
  for (const m of values.plugins ?? []) await runtime.loadPlugins(m);
  const source = { file: values.config };
  const options = { variables: values.variable ?? [], jobName: values.name };

  if (values.check) {
    const dag = await runtime.check(source, options);
    io.out(`${values.config}: OK (${dag.vertices.map((v) => v.vertexName).join(', ')})\n`);
    return 0;
  }

  const job = await runtime.submit(source, { ...options, jobId: values.restore, isStartWithSavePoint: values.restore !== undefined });
  io.err(`Job ${job.id} started${values.restore ? ' from its savepoint' : ''}\n`);
  const code = await watch(job, io, Boolean(values['stop-with-savepoint']));
  if (job.status === JobStatus.SAVEPOINT_DONE) {
    io.err(`Resume it with: seatide run --config ${values.config} --restore ${job.id}${values['data-dir'] ? ` --data-dir ${values['data-dir']}` : ''}\n`);
  }
  return code;
};

/** Follows a job to its end: progress on a terminal, Ctrl-C to cancel or savepoint (twice to quit at once). */
async function watch(job: Job, io: CliIO, savepoint: boolean): Promise<number> {
  let interrupts = 0;
  const onSigint = () => {
    interrupts++;
    if (interrupts === 1) {
      io.err(`\n${savepoint ? 'Stopping the job with a savepoint' : 'Canceling the job'} (Ctrl-C again to quit at once)...\n`);
      void job.stop({ savepoint });
    } else {
      process.exit(130);
    }
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);
  const progress = io.isTTY
    ? setInterval(() => io.err(`\r${formatProgress(job.metrics())}\x1b[K`), 1000)
    : undefined;
  try {
    const result = await job.result;
    if (progress) io.err('\r\x1b[K');
    const m = result.metrics;
    io.err(`Job ${job.id} ${result.status}: ${formatProgress(m)}\n`);
    if (result.status === JobStatus.FAILED) {
      io.err(`Error: ${result.error ?? messageOf(result.cause)}\n`);
      return 1;
    }
    return result.status === JobStatus.FINISHED || result.status === JobStatus.SAVEPOINT_DONE ? 0 : 130;
  } finally {
    if (progress) clearInterval(progress);
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
  }
}
