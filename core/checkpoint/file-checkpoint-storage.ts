import fs from 'node:fs/promises';
import path from 'node:path';
import { ErrorCodes, SeatideError } from '../errors';
import { writeFileAtomic } from '../fs/write-file-atomic';
import { type Checkpoint, checkpointJson } from './checkpoint';
import { type CheckpointStorage, RETAINED_CHECKPOINTS } from './checkpoint-storage';

/**
 * Checkpoints as JSON files, `<dataDir>/checkpoints/<jobId>/<checkpointId>.json`, each written atomically
 * and fsynced (temp file, rename, directory sync). A file that cannot be read (a disk error) is skipped, so
 * a job falls back to an older checkpoint rather than not resuming at all.
 */
export class FileCheckpointStorage implements CheckpointStorage {
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'checkpoints');
  }

  private dir(jobId: string): string {
    if (!/^-?\d+$/.test(jobId)) throw new SeatideError(ErrorCodes.JOB_NOT_FOUND, `invalid job id '${jobId}'`);
    return path.join(this.root, jobId);
  }

  async save(checkpoint: Checkpoint): Promise<void> {
    const dir = this.dir(checkpoint.jobId);
    await writeFileAtomic(path.join(dir, `${checkpoint.checkpointId}.json`), checkpointJson(checkpoint));
    const ids = await this.ids(checkpoint.jobId);
    for (const old of ids.slice(RETAINED_CHECKPOINTS)) await fs.rm(path.join(dir, `${old}.json`), { force: true });
  }

  async list(jobId: string): Promise<Checkpoint[]> {
    const out: Checkpoint[] = [];
    for (const id of await this.ids(jobId)) {
      try {
        out.push(JSON.parse(await fs.readFile(path.join(this.dir(jobId), `${id}.json`), 'utf8')) as Checkpoint);
      } catch {
        // unreadable: fall back to the next older one
      }
    }
    return out;
  }

  async remove(jobId: string): Promise<void> {
    await fs.rm(this.dir(jobId), { recursive: true, force: true });
  }

  /** Checkpoint ids of a job, newest first. */
  private async ids(jobId: string): Promise<number[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir(jobId));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    return names
      .map((n) => /^(\d+)\.json$/.exec(n)?.[1])
      .filter((id): id is string => id !== undefined)
      .map(Number)
      .sort((a, b) => b - a);
  }
}
