import { BehaviorSubject, type Observable, Subject, filter, firstValueFrom } from 'rxjs';
import { JobMetrics, type MetricsSnapshot } from '../engine/job-metrics';
import { JobStatus, isEndState } from '../job/job-status';
import type { LogRecord } from '../logging/logger';
import type { DagInfo, JobRecord } from './job-record';

/** What a job emits while it runs. */
export type JobEvent =
  | { readonly type: 'status'; readonly jobId: string; readonly status: JobStatus; readonly time: number; readonly error?: string }
  | { readonly type: 'log'; readonly jobId: string; readonly record: LogRecord };

/** How a job ended. */
export interface JobResult {
  readonly jobId: string;
  readonly status: JobStatus;
  /** The cause of a FAILED job. */
  readonly error?: string;
  /** The error object itself, with its code, when the job failed in this process. */
  readonly cause?: unknown;
  readonly metrics: MetricsSnapshot;
}

const MAX_LOG_LINES = 2000;

/**
 * A submitted job: its identity, status (as SeaTunnel's JobStatus), metrics readable while it runs, its own
 * log lines, and `result`, a promise that settles once the job reaches an end state (it never rejects: a
 * failure is a result with status FAILED and the error).
 */
export class Job {
  readonly metricsCounter = new JobMetrics();
  readonly createTime = Date.now();
  finishTime?: number;
  error?: string;
  cause?: unknown;
  dag: DagInfo = { pipelineEdges: {}, vertices: [] };
  tags: Record<string, string> = {};
  /** Set by the manager when the node stops it with a savepoint, to resume it on the next start. */
  resumeOnStart = false;
  private readonly statusSubject: BehaviorSubject<JobStatus>;
  private readonly eventSubject = new Subject<JobEvent>();
  private readonly logLines: LogRecord[] = [];
  /** Set by the manager: hides the job's secrets in texts it reports (error messages). */
  redact: (text: string) => string = (text) => text;
  /** Set by the manager: cancels the running execution. */
  stopper?: (savepoint: boolean) => void;
  readonly result: Promise<JobResult>;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly envOptions: Readonly<Record<string, unknown>>,
    readonly isStartWithSavePoint: boolean,
    readonly config?: Readonly<Record<string, unknown>>,
  ) {
    this.statusSubject = new BehaviorSubject<JobStatus>(JobStatus.CREATED);
    this.result = firstValueFrom(this.statusSubject.pipe(filter(isEndState))).then((status) => ({
      jobId: this.id, status, error: this.error, cause: this.cause, metrics: this.metrics(),
    }));
  }

  get status(): JobStatus {
    return this.statusSubject.value;
  }

  /** Status changes, starting with the current one. */
  get status$(): Observable<JobStatus> {
    return this.statusSubject.asObservable();
  }

  /** Status and log events, from now on. */
  get events$(): Observable<JobEvent> {
    return this.eventSubject.asObservable();
  }

  metrics(): MetricsSnapshot {
    return this.metricsCounter.snapshot();
  }

  /** The job's own log lines (the most recent ones). */
  logs(): readonly LogRecord[] {
    return this.logLines;
  }

  /** Cancels the job, or stops it with a savepoint; resolves when it has ended. */
  async stop(options: { savepoint?: boolean } = {}): Promise<JobResult> {
    if (!isEndState(this.status)) this.stopper?.(Boolean(options.savepoint));
    return this.result;
  }

  cancel(): Promise<JobResult> {
    return this.stop();
  }

  /** @internal state changes come from the manager only */
  setStatus(status: JobStatus, error?: { message: string; cause?: unknown }): void {
    if (isEndState(this.status) || this.status === status) return;
    if (error) {
      this.error = this.redact(error.message);
      this.cause = error.cause;
    }
    if (isEndState(status)) this.finishTime = Date.now();
    this.eventSubject.next({ type: 'status', jobId: this.id, status, time: Date.now(), error: this.error });
    this.statusSubject.next(status);
    if (isEndState(status)) {
      this.eventSubject.complete();
      this.statusSubject.complete();
    }
  }

  /** @internal */
  appendLog(record: LogRecord): void {
    this.logLines.push(record);
    if (this.logLines.length > MAX_LOG_LINES) this.logLines.splice(0, this.logLines.length - MAX_LOG_LINES);
    this.eventSubject.next({ type: 'log', jobId: this.id, record });
  }

  toRecord(): JobRecord {
    return {
      jobId: this.id,
      jobName: this.name,
      status: this.status,
      createTime: this.createTime,
      finishTime: this.finishTime,
      errorMsg: this.error,
      envOptions: this.envOptions,
      dag: this.dag,
      metrics: this.metrics(),
      isStartWithSavePoint: this.isStartWithSavePoint,
      tags: this.tags,
      config: this.config,
      ...(this.resumeOnStart ? { resumeOnStart: true } : {}),
    };
  }
}
