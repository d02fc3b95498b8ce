import type { JobRecord } from './job-record';

/**
 * Where a node keeps its job history. Behind an interface so that a shared store (e.g. Redis) can replace
 * the local one when jobs run on several machines.
 */
export interface JobStore {
  put(record: JobRecord): Promise<void>;
  get(jobId: string): Promise<JobRecord | undefined>;
  list(): Promise<JobRecord[]>;
  remove(jobId: string): Promise<void>;
}

/** Keeps records in memory: for embedding without a data directory, and for tests. */
export class MemoryJobStore implements JobStore {
  private readonly records = new Map<string, JobRecord>();

  async put(record: JobRecord): Promise<void> {
    this.records.set(record.jobId, record);
  }

  async get(jobId: string): Promise<JobRecord | undefined> {
    return this.records.get(jobId);
  }

  async list(): Promise<JobRecord[]> {
    return [...this.records.values()];
  }

  async remove(jobId: string): Promise<void> {
    this.records.delete(jobId);
  }
}
