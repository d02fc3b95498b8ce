/** SeaTunnel's JobStatus, in its ordinal order. */
export enum JobStatus {
  INITIALIZING = 'INITIALIZING',
  CREATED = 'CREATED',
  PENDING = 'PENDING',
  SCHEDULED = 'SCHEDULED',
  RUNNING = 'RUNNING',
  FAILING = 'FAILING',
  FAILED = 'FAILED',
  DOING_SAVEPOINT = 'DOING_SAVEPOINT',
  SAVEPOINT_DONE = 'SAVEPOINT_DONE',
  CANCELING = 'CANCELING',
  CANCELED = 'CANCELED',
  FINISHED = 'FINISHED',
  UNKNOWABLE = 'UNKNOWABLE',
}

const END_STATES: ReadonlySet<JobStatus> = new Set([
  JobStatus.FAILED,
  JobStatus.SAVEPOINT_DONE,
  JobStatus.CANCELED,
  JobStatus.FINISHED,
  JobStatus.UNKNOWABLE,
]);

export const isEndState = (s: JobStatus): boolean => END_STATES.has(s);

export const parseJobStatus = (text: string): JobStatus | undefined =>
  (Object.values(JobStatus) as string[]).includes(text.toUpperCase()) ? (text.toUpperCase() as JobStatus) : undefined;
