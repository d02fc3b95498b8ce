import { type Checkpoint, checkpointJson } from './checkpoint';

/**
 * Where completed checkpoints of jobs are kept. Behind an interface so that a shared store can replace the
 * local one when jobs move between machines. `save` must be atomic: after a crash a checkpoint is either
 * complete or absent.
 */
export interface CheckpointStorage {
  /** Stores (or replaces, same id) a checkpoint, then prunes the job's older ones beyond the retained count. */
  save(checkpoint: Checkpoint): Promise<void>;
  /** The job's checkpoints, newest first. */
  list(jobId: string): Promise<Checkpoint[]>;
  /** Forgets every checkpoint of a job. */
  remove(jobId: string): Promise<void>;
}

/** Checkpoints kept per job: the newest, and the committed one before it to fall back on. */
export const RETAINED_CHECKPOINTS = 2;

/** Keeps checkpoints in memory: savepoints and retries work within one process (embedding, tests). */
export class MemoryCheckpointStorage implements CheckpointStorage {
  private readonly byJob = new Map<string, Checkpoint[]>();

  async save(checkpoint: Checkpoint): Promise<void> {
    const copy = JSON.parse(checkpointJson(checkpoint)) as Checkpoint;
    const list = (this.byJob.get(checkpoint.jobId) ?? []).filter((c) => c.checkpointId !== checkpoint.checkpointId);
    list.push(copy);
    list.sort((a, b) => b.checkpointId - a.checkpointId);
    this.byJob.set(checkpoint.jobId, list.slice(0, RETAINED_CHECKPOINTS));
  }

  async list(jobId: string): Promise<Checkpoint[]> {
    return [...(this.byJob.get(jobId) ?? [])];
  }

  async remove(jobId: string): Promise<void> {
    this.byJob.delete(jobId);
  }
}
