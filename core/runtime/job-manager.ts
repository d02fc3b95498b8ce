import { ErrorCodes, SeatideError, messageOf } from '../errors';
import { type JobSource, type LoadJobOptions, loadJob } from '../job/load-job';
import { JobStatus, isEndState } from '../job/job-status';
import { type LogLevel, type LogSink, createLogger } from '../logging/logger';
import type { JobContext } from '../plugin/contracts';
import type { PluginRegistry } from '../plugin/registry';
import { Job } from './job';
import { JobIdGenerator, parseJobId } from './job-id';
import type { JobExecutor } from './job-executor';
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

/**
 * Submits, tracks and stops jobs, and keeps their history in a JobStore. One failing job never touches
 * another: each runs with its own abort signal, logger and metrics, and every failure ends as a FAILED
 * record rather than an exception escaping the node.
 */
export class JobManager {
  private readonly jobs = new Map<string, Job>();
  /** Runs not yet fully recorded: shutdown waits for them so no final record is lost. */
  private readonly runs = new Set<Promise<void>>();
  private readonly ids = new JobIdGenerator();
  private readonly expireTimer?: NodeJS.Timeout;

  constructor(
    private readonly registry: PluginRegistry,
    private readonly executor: JobExecutor,
    private readonly store: JobStore,
    private readonly options: JobManagerOptions,
  ) {
    const minutes = options.historyExpireMinutes ?? 1440;
    if (minutes > 0) {
      this.expireTimer = setInterval(() => void this.expireHistory(minutes).catch(() => undefined), 60_000);
      this.expireTimer.unref();
    }
  }

  /**
   * Marks jobs that a previous run of this node left unfinished as FAILED with a clear message, so that
   * they are reported, never silently dropped.
   */
  async recover(): Promise<JobRecord[]> {
    const interrupted: JobRecord[] = [];
    for (const r of await this.store.list()) {
      if (isEndState(r.status)) continue;
      const record = { ...r, status: JobStatus.FAILED, errorMsg: INTERRUPTED_MESSAGE, finishTime: Date.now() };
      await this.store.put(record);
      interrupted.push(record);
    }
    return interrupted;
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
    const context: JobContext = { jobId: id, jobName: config.jobName, jobMode: config.jobMode, env: config.env };
    const prepared = await this.executor.prepare(config, context, logger);
    job.dag = prepared.dag;
    this.jobs.set(id, job);
    const abort = new AbortController();
    job.stopper = (savepoint) => {
      if (savepoint) logger.warn('stop with savepoint requested: this job is canceled without a savepoint');
      job.setStatus(JobStatus.CANCELING);
      abort.abort();
    };
    job.setStatus(JobStatus.PENDING);
    try {
      await this.persist(job);
    } catch (e) {
      // Without a record the job could never be listed or stopped by id: do not start it.
      this.jobs.delete(id);
      abort.abort();
      await prepared.run(abort.signal, job.metricsCounter).catch(() => undefined);
      throw new SeatideError(ErrorCodes.INTERNAL, `could not store the record of job ${id}: ${messageOf(e)}`, { cause: e });
    }
    job.setStatus(JobStatus.RUNNING);
    logger.info(`job '${config.jobName}' (${id}) is running in ${config.jobMode} mode`);
    const run = this.run(job, () => prepared.run(abort.signal, job.metricsCounter), logger);
    this.runs.add(run);
    void run.finally(() => this.runs.delete(run));
    return job;
  }

  private async run(job: Job, execute: () => Promise<'finished' | 'canceled'>, logger: ReturnType<typeof createLogger>): Promise<void> {
    try {
      const outcome = await execute();
      job.setStatus(outcome === 'finished' ? JobStatus.FINISHED : JobStatus.CANCELED);
      logger.info(`job ${job.id} ${job.status.toLowerCase()}`, { rows: job.metrics().sourceReceivedCount });
    } catch (e) {
      logger.error(`job ${job.id} failed: ${messageOf(e)}`);
      job.setStatus(JobStatus.FAILED, { message: messageOf(e), cause: e });
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

  /** Stops every running job and waits until their records are stored. */
  async shutdown(): Promise<void> {
    if (this.expireTimer) clearInterval(this.expireTimer);
    for (const job of this.running()) void job.stop();
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
