import fs from 'node:fs/promises';
import path from 'node:path';
import { ErrorCodes, SeatideError } from '../errors';
import { writeFileAtomic } from '../fs/write-file-atomic';
import type { JobRecord } from './job-record';
import type { JobStore } from './job-store';

/**
 * One JSON file per job under `<dataDir>/jobs`, written atomically (temp file, fsync, rename) so a crash
 * never leaves a half-written record: after a restart every job is either as last stored or absent.
 * The directory is read once; afterwards reads are served from memory (the REST API lists the history on
 * every request), which assumes this store is the directory's only writer while it lives.
 */
export class FileJobStore implements JobStore {
  private readonly dir: string;
  private loaded?: Promise<Map<string, JobRecord>>;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'jobs');
  }

  private file(jobId: string): string {
    if (!/^-?\d+$/.test(jobId)) throw new SeatideError(ErrorCodes.JOB_NOT_FOUND, `invalid job id '${jobId}'`);
    return path.join(this.dir, `${jobId}.json`);
  }

  async put(record: JobRecord): Promise<void> {
    await writeFileAtomic(this.file(record.jobId), JSON.stringify(record, bigintAsText));
    if (this.loaded) (await this.loaded).set(record.jobId, JSON.parse(JSON.stringify(record, bigintAsText)) as JobRecord);
  }

  async get(jobId: string): Promise<JobRecord | undefined> {
    this.file(jobId);
    return (await this.records()).get(jobId);
  }

  async list(): Promise<JobRecord[]> {
    return [...(await this.records()).values()];
  }

  async remove(jobId: string): Promise<void> {
    await fs.rm(this.file(jobId), { force: true });
    (await this.records()).delete(jobId);
  }

  private records(): Promise<Map<string, JobRecord>> {
    this.loaded ??= this.readAll();
    return this.loaded;
  }

  private async readAll(): Promise<Map<string, JobRecord>> {
    const records = new Map<string, JobRecord>();
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return records;
      throw e;
    }
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      try {
        const record = JSON.parse(await fs.readFile(path.join(this.dir, name), 'utf8')) as JobRecord;
        records.set(record.jobId, record);
      } catch {
        // A record that cannot be read is skipped rather than taking the whole history down.
      }
    }
    return records;
  }
}

/** A config may hold 64-bit integers (bigints); they are stored as their exact digits, in a string. */
const bigintAsText = (_key: string, value: unknown): unknown => (typeof value === 'bigint' ? value.toString() : value);
