import { messageOf } from '../../../core/errors';
import { JobStatus } from '../../../core/job/job-status';
import { type LogLevel, stderrLogSink } from '../../../core/logging/logger';
import { createRuntime } from '../../../core/runtime/runtime';
import type { Job } from '../../../core/runtime/job';
import { CONFIG_OPTIONS, type CliCommand, type CliIO, parseCliArgs } from '../cli-command';
import { formatProgress } from '../format-progress';

const HELP = `Usage: seatide run --config FILE [-i key=value]... [--plugins MODULE]... [--check] [-n NAME]

Runs a SeaTunnel job config (HOCON, or JSON for .json files) to its end.
  -c, --config FILE      the job config
  -i, --variable K=V     a variable for \${K} placeholders (repeatable; "a=1,b=2" sets two)
      --plugins MODULE   a module whose default export is an array of plugins (repeatable)
      --check            validate config, plugins, options and DAG without running
  -n, --name NAME        the job name (overrides env "job.name")
      --log-level LEVEL  debug | info | warn | error (default info)
  -m, --master, -e, --deploy-mode   accepted for seatunnel.sh compatibility; jobs run in this process

Exit code: 0 when the job FINISHED, 1 when it FAILED or is invalid, 130 when canceled (Ctrl-C).`;

export const command: CliCommand = async (argv, io) => {
  const { values } = parseCliArgs(argv, {
    ...CONFIG_OPTIONS,
    check: { type: 'boolean' },
    name: { type: 'string', short: 'n' },
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
  const runtime = createRuntime({ logSink: stderrLogSink, logLevel });
  for (const m of values.plugins ?? []) await runtime.loadPlugins(m);
  const source = { file: values.config };
  const options = { variables: values.variable ?? [], jobName: values.name };

  if (values.check) {
    const dag = await runtime.check(source, options);
    io.out(`${values.config}: OK (${dag.vertices.map((v) => v.vertexName).join(', ')})\n`);
    return 0;
  }

  const job = await runtime.submit(source, options);
  return watch(job, io);
};

/** Follows a job to its end: progress on a terminal, Ctrl-C to cancel (twice to quit at once). */
async function watch(job: Job, io: CliIO): Promise<number> {
  let interrupts = 0;
  const onSigint = () => {
    interrupts++;
    if (interrupts === 1) {
      io.err('\nCanceling the job (Ctrl-C again to quit at once)...\n');
      void job.cancel();
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
    return result.status === JobStatus.FINISHED ? 0 : 130;
  } finally {
    if (progress) clearInterval(progress);
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
  }
}
