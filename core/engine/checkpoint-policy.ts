import { CHECKPOINT_INTERVAL, CHECKPOINT_TIMEOUT } from '../job/env-options';
import type { JobConfig } from '../job/job-config';
import type { CheckpointPolicy } from './checkpoint-coordinator';

/** Checkpoint interval of a STREAMING job that sets none (SeaTunnel's engine default in seatunnel.yaml). */
export const DEFAULT_STREAMING_CHECKPOINT_INTERVAL = 10_000;

/**
 * A job checkpoints when it sets `checkpoint.interval`, and a STREAMING job always does (SeaTunnel: off by
 * default in BATCH, on in STREAMING). A resumed job stores its final checkpoint too, so a crash during its
 * last commit cannot write its rows twice.
 */
export function checkpointPolicy(job: JobConfig, resumed: boolean): CheckpointPolicy {
  const set = job.env.get(CHECKPOINT_INTERVAL);
  const interval = set !== undefined && Number(set) > 0 ? Number(set) : job.jobMode === 'STREAMING' ? DEFAULT_STREAMING_CHECKPOINT_INTERVAL : 0;
  return { interval, timeout: Number(job.env.get(CHECKPOINT_TIMEOUT)), storeFinal: interval > 0 || resumed };
}
