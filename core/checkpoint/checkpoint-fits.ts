import { ErrorCodes, SeatideError } from '../errors';
import type { Checkpoint } from './checkpoint';

/** A source or sink of a job as a checkpoint knows it. */
export interface CheckpointedVertex {
  readonly vertexId: number;
  readonly type: 'source' | 'transform' | 'sink';
  readonly parallelism: number;
}

/**
 * Throws CHECKPOINT_MISMATCH unless the checkpoint has a state for every source and sink of the job, with
 * the same parallelism (reader states are per subtask: they cannot be spread over another count).
 */
export function assertCheckpointFits(vertices: readonly CheckpointedVertex[], checkpoint: Checkpoint): void {
  for (const v of vertices) {
    if (v.type === 'transform') continue;
    const snapshot = (v.type === 'source' ? checkpoint.sources : checkpoint.sinks)[String(v.vertexId)];
    if (snapshot && snapshot.parallelism === v.parallelism) continue;
    const had = snapshot ? `${snapshot.name} with parallelism ${snapshot.parallelism}` : 'no such vertex';
    throw new SeatideError(
      ErrorCodes.CHECKPOINT_MISMATCH,
      `cannot resume job ${checkpoint.jobId} from its ${checkpoint.type} ${checkpoint.checkpointId}: there ${v.type} ${v.vertexId} is ${had}, now its parallelism is ${v.parallelism}; resume with the config the job was started with`,
      { details: { vertexId: v.vertexId } },
    );
  }
}
