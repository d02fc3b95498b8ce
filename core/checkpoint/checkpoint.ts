import { ErrorCodes, SeatideError, messageOf } from '../errors';

/** What one source vertex had read at a checkpoint: a reader state per subtask (index = subtask). */
export interface SourceSnapshot {
  readonly name: string;
  readonly parallelism: number;
  readonly states: readonly unknown[];
}

/** What one sink vertex had prepared at a checkpoint. */
export interface SinkSnapshot {
  readonly name: string;
  readonly parallelism: number;
  /** The writers' `prepareCommit` results, for `Sink.commit`. */
  readonly commitInfos: readonly unknown[];
  /** The writers' `snapshotState` results, per subtask. */
  readonly writerStates: readonly unknown[];
}

export type CheckpointType = 'checkpoint' | 'savepoint' | 'final';

/**
 * A consistent cut of a running job: every row its readers had produced up to their states was written and
 * prepared by its sinks, and nothing after. JSON as stored; vertices keyed by vertex id.
 */
export interface Checkpoint {
  readonly jobId: string;
  readonly checkpointId: number;
  readonly type: CheckpointType;
  readonly time: number;
  readonly sources: Readonly<Record<string, SourceSnapshot>>;
  readonly sinks: Readonly<Record<string, SinkSnapshot>>;
  /**
   * True once every sink committed what the checkpoint prepared. A checkpoint stored but not marked
   * committed (the node stopped in between) is committed again when the job resumes from it.
   */
  readonly committed: boolean;
}

/**
 * The stored form of a checkpoint. States and commit infos come from plugins, which must keep them JSON;
 * one that is not (a bigint, a cycle) fails the checkpoint naming the vertex, instead of storing a lossy copy.
 */
export function checkpointJson(checkpoint: Checkpoint): string {
  try {
    return JSON.stringify(checkpoint);
  } catch (e) {
    const vertices = [...Object.values(checkpoint.sources), ...Object.values(checkpoint.sinks)];
    const culprit = vertices.find((v) => {
      try {
        JSON.stringify(v);
        return false;
      } catch {
        return true;
      }
    });
    throw new SeatideError(
      ErrorCodes.CHECKPOINT_FAILED,
      `checkpoint ${checkpoint.checkpointId}: the state of ${culprit?.name ?? 'a vertex'} is not JSON (${messageOf(e)}); plugin states and commit infos must be JSON values`,
      { cause: e },
    );
  }
}
