import type { CheckpointStorage } from '../checkpoint/checkpoint-storage';
import type { Checkpoint } from '../checkpoint/checkpoint';
import { assertCheckpointFits } from '../checkpoint/checkpoint-fits';
import { checkpointPolicy } from '../engine/checkpoint-policy';
import type { RunOutcome } from '../engine/execute-plan';
import { ErrorCodes, SeatideError, messageOf } from '../errors';
import type { JobConfig } from '../job/job-config';
import { JOB_RETRY_INTERVAL, JOB_RETRY_TIMES } from '../job/env-options';
import { sleep } from '../time/sleep';
import { type JobSource, type LoadJobOptions, loadJob } from '../job/load-job';
import { JobStatus, isEndState } from '../job/job-status';
import { type LogLevel, type LogSink, type Logger, createLogger } from '../logging/logger';
import type { JobContext } from '../plugin/contracts';
import type { PluginRegistry } from '../plugin/registry';
import { Job } from './job';
import { JobIdGenerator, parseJobId } from './job-id';
import type { JobExecutor, PreparedJob } from './job-executor';
import type { JobRecord } from './job-record';
import type { JobStore } from './job-store';
import { textRedactor } from '../../shade/redact-config';

export interface SubmitOptions extends LoadJobOptions {
  /** Use this id (a 64-bit decimal string) instead of a generated one. */
  readonly jobId?: string;
  readonly isStartWithSavePoint?: boolean;
}

export interface JobManagerOptions {
  readonly logSink: LogSink;
  readonly logLevel?: LogLevel;
  /** Finished jobs are forgotten after this many minutes (SeaTunnel's history-job-expire-minutes). */
  readonly historyExpireMinutes?: number;
}

/** Why a job that was running when its node went away is not running any more. */
export const INTERRUPTED_MESSAGE = 'The node stopped while this job was running; the job did not finish.';

/** What a node found at start-up of the jobs its previous run left behind. */
export interface RecoveryReport {
  /** Jobs that could not resume (no checkpoint): now FAILED with INTERRUPTED_MESSAGE. */
  readonly interrupted: JobRecord[];
  /** Jobs resumed from their savepoint (graceful stop) or last checkpoint (crash). */
  readonly resumed: Job[];
  /** Jobs that had a checkpoint but failed to resume, with the reason in their record. */
  readonly failed: JobRecord[];
}

/** Everything one job's runs share: its config, plugins of the current attempt, signals and logger. */
interface RunSpec {
  readonly job: Job;
  readonly config: JobConfig;
  readonly context: JobContext;
  readonly logger: Logger;
  readonly prepared: PreparedJob;
  readonly restore: readonly Checkpoint[];
  readonly cancel: AbortController;
  readonly savepoint: AbortController;
}

/**
 * Submits, tracks and stops jobs, and keeps their history in a JobStore. One failing job never touches
 * another: each runs with its own abort signal, logger and metrics, and every failure ends as a FAILED
 * record rather than an exception escaping the node.
 */
export class JobManager {
  private readonly jobs = new Map<string, Job>();
  /** Jobs not yet ended: an idle node answers `running()` without going through its whole history. */
  private readonly live = new Set<Job>();
  /** Runs not yet fully recorded: shutdown waits for them so no final record is lost. */
  private readonly runs = new Set<Promise<void>>();
  private readonly ids = new JobIdGenerator();
  private readonly expireTimer?: NodeJS.Timeout;

  constructor(
    private readonly registry: PluginRegistry,
    private readonly executor: JobExecutor,
    private readonly store: JobStore,
    private readonly checkpoints: CheckpointStorage,
    private readonly options: JobManagerOptions,
  ) {
    const minutes = options.historyExpireMinutes ?? 1440;
    if (minutes > 0) {
      this.expireTimer = setInterval(() => void this.expireHistory(minutes).catch(() => undefined), 60_000);
      this.expireTimer.unref();
    }
  }

  /**
   * Picks up the jobs a previous run of this node left: those it savepointed on a graceful stop, and those
   * it was running when it died that have a checkpoint, resume; the others are marked FAILED with a clear
   * message, so that they are reported, never silently dropped.
   */
  async recover(): Promise<RecoveryReport> {
    const report: RecoveryReport = { interrupted: [], resumed: [], failed: [] };
    for (const r of await this.store.list()) {
      const interruptedRun = !isEndState(r.status);
      const savepointed = r.status === JobStatus.SAVEPOINT_DONE && r.resumeOnStart === true;
      if (!interruptedRun && !savepointed) continue;
      if (r.config !== undefined) {
        try {
          report.resumed.push(await this.submit({ config: r.config }, { jobId: r.jobId, isStartWithSavePoint: true, jobName: r.jobName }));
          continue;
        } catch (e) {
          // No checkpoint: the job could not resume, which the interrupted case below reports.
          if (!(e instanceof SeatideError && e.code === ErrorCodes.CHECKPOINT_NOT_FOUND.code)) {
            const record = { ...r, status: JobStatus.FAILED, errorMsg: `could not resume: ${messageOf(e)}`, finishTime: Date.now(), resumeOnStart: false };
            await this.store.put(record);
            report.failed.push(record);
            continue;
          }
        }
      }
      if (!interruptedRun) continue;
      const record = { ...r, status: JobStatus.FAILED, errorMsg: INTERRUPTED_MESSAGE, finishTime: Date.now() };
      await this.store.put(record);
      report.interrupted.push(record);
    }
    return report;
  }

  /**
   * Loads and validates the job, creates its plugins, and starts it. Resolves with the running job once it
   * has started; rejects (with a SeatideError naming file, plugin or option) when the job is invalid, in
   * which case nothing is recorded.
   */
  async submit(source: JobSource, options: SubmitOptions = {}): Promise<Job> {
    const requested = options.jobId === undefined ? undefined : parseJobId(options.jobId);
    if (options.jobId !== undefined && requested === undefined) {
      throw new SeatideError(ErrorCodes.CONFIG_INVALID, `For input string: "${options.jobId}"`);
    }
    if (options.isStartWithSavePoint && requested === undefined) {
      throw new SeatideError(ErrorCodes.CONFIG_INVALID, 'Please provide jobId when start with save point.');
    }
    if (requested !== undefined) {
      const existing = this.jobs.get(requested);
      if (existing && !isEndState(existing.status)) return existing;
      if (!options.isStartWithSavePoint && (existing || (await this.store.get(requested)))) {
        throw new SeatideError(ErrorCodes.JOB_STATE, `The job id ${requested} has already been submitted and is not starting with a savepoint.`);
      }
    }
    const restore = options.isStartWithSavePoint ? await this.checkpoints.list(requested!) : [];
    if (options.isStartWithSavePoint && restore.length === 0) {
      throw new SeatideError(ErrorCodes.CHECKPOINT_NOT_FOUND, `job ${requested} has no savepoint or checkpoint to resume from`);
    }
    const { submitted, job: config } = loadJob(source, this.registry, options);
    const id = requested ?? this.ids.next();
    const job = new Job(id, config.jobName, config.env.raw, Boolean(options.isStartWithSavePoint), submitted);
    const baseSink = this.options.logSink;
    // Plugins see decrypted secrets and may quote them; nothing the job says leaves it unredacted.
    const redact = textRedactor(config.raw, this.registry);
    job.redact = redact;
    const logger = createLogger((record) => {
      const safe = { ...record, message: redact(record.message) };
      baseSink(safe);
      job.appendLog(safe);
    }, this.options.logLevel ?? 'info', { jobId: id });
    const context: JobContext = { jobId: id, jobName: config.jobName, jobMode: config.jobMode, env: config.env, resumed: restore.length > 0 };
    const prepared = await this.executor.prepare(config, context, logger);
    if (restore.length > 0) {
      try {
        assertCheckpointFits(prepared.dag.vertices, restore[0]);
      } catch (e) {
        await prepared.close();
        throw e;
      }
    }
    job.dag = prepared.dag;
    this.jobs.set(id, job);
    this.live.add(job);
    void job.result.finally(() => this.live.delete(job));
    const cancel = new AbortController();
    const savepoint = new AbortController();
    job.stopper = (withSavepoint) => {
      if (withSavepoint && job.status === JobStatus.RUNNING) {
        job.setStatus(JobStatus.DOING_SAVEPOINT);
        savepoint.abort();
      } else if (!withSavepoint) {
        job.setStatus(JobStatus.CANCELING);
        cancel.abort();
      }
    };
    const spec: RunSpec = { job, config, context, logger, prepared, restore, cancel, savepoint };
    job.setStatus(JobStatus.PENDING);
    try {
      await this.persist(job);
    } catch (e) {
      // Without a record the job could never be listed or stopped by id: do not start it.
      this.jobs.delete(id);
      this.live.delete(job);
      await prepared.close().catch(() => undefined);
      throw new SeatideError(ErrorCodes.INTERNAL, `could not store the record of job ${id}: ${messageOf(e)}`, { cause: e });
    }
    job.setStatus(JobStatus.RUNNING);
    logger.info(`job '${config.jobName}' (${id}) is running in ${config.jobMode} mode${restore.length ? ' (resumed)' : ''}`);
    const run = this.run(spec);
    this.runs.add(run);
    void run.finally(() => this.runs.delete(run));
    return job;
  }

  /** One attempt of a job, with the plugins of `prepared`, from `restore` (newest first). */
  private attempt(spec: RunSpec, prepared: PreparedJob, restore: readonly Checkpoint[]): Promise<RunOutcome> {
    return prepared.run({
      signal: spec.cancel.signal,
      metrics: spec.job.metricsCounter,
      checkpoints: { storage: this.checkpoints, policy: checkpointPolicy(spec.config, restore.length > 0), restore, savepoint: spec.savepoint.signal },
    });
  }

  /**
   * Runs a job to its end. A failure that may pass (a lost connection, a write error, a checkpoint timeout;
   * not a bad config or a failed assertion) restarts the job from its last checkpoint with new plugins, up to
   * `job.retry.times`, `job.retry.interval.seconds` apart, when the job checkpoints (there is nothing to
   * restart from otherwise).
   */
  private async run(spec: RunSpec): Promise<void> {
    const { job, logger, cancel } = spec;
    const retryTimes = spec.config.env.get(JOB_RETRY_TIMES);
    const retrySeconds = spec.config.env.get(JOB_RETRY_INTERVAL);
    // Whether the job checkpoints does not depend on where it resumed from.
    const checkpointing = checkpointPolicy(spec.config, false).interval > 0;
    let prepared = spec.prepared;
    let restore = spec.restore;
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          const outcome = await this.attempt(spec, prepared, restore);
          job.setStatus(outcome === 'finished' ? JobStatus.FINISHED : outcome === 'savepoint' ? JobStatus.SAVEPOINT_DONE : JobStatus.CANCELED);
          break;
        } catch (e) {
          if (cancel.signal.aborted || !checkpointing || attempt >= retryTimes || !mayPass(e)) throw e;
          logger.warn(`job ${job.id} failed: ${messageOf(e)}; restarting from its last checkpoint in ${retrySeconds} s (retry ${attempt + 1} of ${retryTimes})`);
          await sleep(retrySeconds * 1000, cancel.signal);
          if (cancel.signal.aborted) {
            job.setStatus(JobStatus.CANCELED);
            break;
          }
          restore = await this.checkpoints.list(job.id);
          prepared = await this.executor.prepare(spec.config, { ...spec.context, resumed: restore.length > 0 }, logger);
        }
      }
      logger.info(`job ${job.id} ${job.status.toLowerCase()}`, { rows: job.metrics().sourceReceivedCount });
    } catch (e) {
      logger.error(`job ${job.id} failed: ${messageOf(e)}`);
      job.setStatus(JobStatus.FAILED, { message: messageOf(e), cause: e });
    }
    // A finished or canceled job has nothing to resume; a failed or savepointed one keeps its checkpoints.
    if (job.status === JobStatus.FINISHED || job.status === JobStatus.CANCELED) {
      await this.checkpoints.remove(job.id).catch((e: unknown) => logger.warn(`could not remove the checkpoints of job ${job.id}: ${messageOf(e)}`));
    }
    try {
      await this.persist(job);
    } catch (e) {
      logger.error(`could not store the record of job ${job.id}: ${messageOf(e)}`);
    }
  }

  private persist(job: Job): Promise<void> {
    return this.store.put(job.toRecord());
  }

  /** A job of this node's current run, by id. */
  get(jobId: string): Job | undefined {
    return this.jobs.get(jobId);
  }

  /** Jobs not yet in an end state. */
  running(): Job[] {
    if (this.live.size === 0) return [];
    return [...this.jobs.values()].filter((j) => !isEndState(j.status));
  }

  /** The record of any known job: running jobs as they are now, others from the store. */
  async record(jobId: string): Promise<JobRecord | undefined> {
    const live = this.jobs.get(jobId);
    return live ? live.toRecord() : this.store.get(jobId);
  }

  /** Jobs in an end state, oldest finish first. */
  async finished(): Promise<JobRecord[]> {
    // A job of this run that just ended may not be stored yet: its live view is the newer one.
    const records = (await this.store.list())
      .map((r) => {
        const live = this.jobs.get(r.jobId);
        return live && isEndState(live.status) && !isEndState(r.status) ? live.toRecord() : r;
      })
      .filter((r) => isEndState(r.status));
    return records.sort((a, b) => (a.finishTime ?? 0) - (b.finishTime ?? 0));
  }

  /** Stops a running job (asynchronously); false when no such job is running. */
  stop(jobId: string, options: { savepoint?: boolean } = {}): boolean {
    const job = this.jobs.get(jobId);
    if (!job || isEndState(job.status)) return false;
    void job.stop(options);
    return true;
  }

  /**
   * Stops every running job and waits until their records are stored. With `savepoint`, jobs are stopped
   * with a savepoint and marked to resume when a node starts on the same store again.
   */
  async shutdown(options: { savepoint?: boolean } = {}): Promise<void> {
    if (this.expireTimer) clearInterval(this.expireTimer);
    for (const job of this.running()) {
      if (options.savepoint) job.resumeOnStart = true;
      void job.stop({ savepoint: options.savepoint });
    }
    await Promise.all([...this.runs]);
  }

  private async expireHistory(minutes: number): Promise<void> {
    const cutoff = Date.now() - minutes * 60_000;
    for (const r of await this.store.list()) {
      if (isEndState(r.status) && (r.finishTime ?? 0) < cutoff) {
        await this.store.remove(r.jobId);
        this.jobs.delete(r.jobId);
      }
    }
  }
}

/** Whether a failure may pass on a retry: faults of I/O and plugins (5xx codes), not bad configs or failed assertions. */
function mayPass(e: unknown): boolean {
  if (!(e instanceof SeatideError)) return true;
  return e.errorCode.status >= 500 && !e.code.startsWith('ASSERT');
}
