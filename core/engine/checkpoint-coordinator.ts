import { ErrorCodes, SeatideError, messageOf } from '../errors';
import type { Checkpoint, CheckpointType, SinkSnapshot, SourceSnapshot } from '../checkpoint/checkpoint';
import type { CheckpointStorage } from '../checkpoint/checkpoint-storage';
import type { Logger } from '../logging/logger';
import type { SourceReader } from '../plugin/contracts';
import type { ExecutionPlan } from './build-execution-plan';
import type { PullGate } from './drain-reader';
import { pluginCall } from './plugin-call';
import type { SerialWriter } from './serial-writer';

/** When and how a run takes checkpoints. */
export interface CheckpointPolicy {
  /** Milliseconds between periodic checkpoints; 0 takes none (savepoints still work). */
  readonly interval: number;
  /** Milliseconds a checkpoint may take from its trigger until it is stored; longer fails the job. */
  readonly timeout: number;
  /** Store the final checkpoint of a bounded run before its commit (checkpointing on, or a resumed job). */
  readonly storeFinal: boolean;
}

export interface CoordinatorOptions {
  readonly jobId: string;
  readonly plan: ExecutionPlan;
  readonly writers: ReadonlyMap<number, readonly SerialWriter[]>;
  readonly storage: CheckpointStorage;
  readonly policy: CheckpointPolicy;
  readonly logger: Logger;
  /** The id of the checkpoint the run resumed from (0 on a fresh start). */
  readonly lastId: number;
  /** Aborts the run: used when a checkpoint fails, and after a savepoint. */
  readonly abort: AbortController;
}

/**
 * One parallel reader as the coordinator sees it. The drain loop calls `idle` before each pull (everything
 * the reader yielded so far has been written), `arrived` when a batch came back and `ended` at the end.
 * At `idle` the reader's generator is suspended at a `yield`, so its state is exactly "everything handled".
 */
export class ReaderSlot implements PullGate {
  busy = false;
  done = false;
  state: unknown;

  constructor(
    readonly vertexId: number,
    readonly subtask: number,
    readonly reader: SourceReader,
    private readonly coordinator: CheckpointCoordinator,
  ) {}

  idle(): void | Promise<void> {
    this.busy = false;
    this.state = this.reader.snapshotState?.();
    return this.coordinator.onIdle();
  }

  arrived(): void | Promise<void> {
    const parked = this.coordinator.onIdle();
    if (!parked) {
      this.busy = true;
      return;
    }
    return parked.then(() => {
      this.busy = true;
    });
  }

  ended(): void {
    this.busy = false;
    this.done = true;
    void this.coordinator.onIdle();
  }
}

interface Pause {
  readonly released: Promise<void>;
  readonly release: () => void;
  readonly aligned: Promise<void>;
  readonly onAligned: () => void;
}

/**
 * Takes aligned checkpoints of one run. A checkpoint pauses every reader at a batch boundary (a reader
 * waiting for data is at one already: its state was taken before the pull), so that every row covered by
 * the readers' states has reached the sinks and no row after them has. Then each sink writer prepares its
 * commit, the checkpoint is stored (atomically), the sinks commit, and the readers go on. A savepoint is a
 * checkpoint after which the readers never go on: the run ends with nothing written and not committed.
 */
export class CheckpointCoordinator {
  private readonly slots: ReaderSlot[] = [];
  private pause?: Pause;
  private chain: Promise<unknown> = Promise.resolve();
  private busy = false;
  private timer?: NodeJS.Timeout;
  private lastId: number;
  /** Set when a checkpoint failed: the run ends with this error. */
  failure?: unknown;
  /** Set once a savepoint completed: the run ends as SAVEPOINT_DONE. */
  savepointDone = false;

  constructor(private readonly options: CoordinatorOptions) {
    this.lastId = options.lastId;
    options.abort.signal.addEventListener('abort', () => this.resume(), { once: true });
  }

  /** The gate of one parallel reader. */
  slot(vertexId: number, subtask: number, reader: SourceReader): ReaderSlot {
    const slot = new ReaderSlot(vertexId, subtask, reader, this);
    this.slots.push(slot);
    return slot;
  }

  /** Starts periodic checkpoints, when the policy asks for them. */
  start(): void {
    const { interval } = this.options.policy;
    this.options.logger.info(interval > 0 ? `checkpoint is enabled, every ${interval} ms` : 'checkpoint is disabled');
    if (interval <= 0) return;
    this.timer = setInterval(() => {
      if (!this.busy) void this.trigger('checkpoint');
    }, interval);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.resume();
  }

  /** A reader asks for a checkpoint: one is taken unless one is underway. */
  request(): void {
    if (!this.busy && !this.options.abort.signal.aborted) void this.trigger('checkpoint');
  }

  /** Takes a checkpoint (or a savepoint) after any in progress; a failure fails the run. */
  trigger(type: 'checkpoint' | 'savepoint'): Promise<void> {
    this.busy = true;
    const run = this.chain.then(() => this.take(type));
    this.chain = run.catch((e: unknown) => this.fail(e)).finally(() => (this.busy = false));
    return this.chain as Promise<void>;
  }

  /**
   * The last checkpoint of a bounded run, after every reader ended: prepare, close the writers, store
   * (when the policy says so), commit, and let each sink finish.
   */
  async complete(): Promise<void> {
    await this.chain;
    if (this.failure) throw this.failure;
    const id = this.lastId + 1;
    const sinks = await this.prepareSinks(id);
    for (const v of this.options.plan.sinks) {
      await pluginCall(v, ErrorCodes.SINK_WRITE, async () => {
        for (const w of this.options.writers.get(v.vertexId)!) await w.writer.close();
      });
    }
    const checkpoint = this.checkpointOf(id, 'final', sinks);
    if (this.options.policy.storeFinal) await this.options.storage.save(checkpoint);
    await this.commitSinks(checkpoint);
    await this.notifyReaders(id);
    for (const v of this.options.plan.sinks) await pluginCall(v, ErrorCodes.SINK_WRITE, () => v.sink.finish?.());
  }

  /** @internal a reader became idle or arrived: re-check alignment; park it while a checkpoint is underway. */
  onIdle(): Promise<void> | undefined {
    const pause = this.pause;
    if (!pause) return undefined;
    if (this.slots.every((s) => !s.busy)) pause.onAligned();
    return pause.released;
  }

  private async take(type: 'checkpoint' | 'savepoint'): Promise<void> {
    const { abort, policy, storage, logger } = this.options;
    if (abort.signal.aborted || this.failure) return;
    const id = this.lastId + 1;
    const started = Date.now();
    this.pause = newPause();
    let keepPaused = false;
    try {
      // Readers that are mid-batch finish it first; the timeout bounds the wait and the storing.
      const stored = withTimeout(
        (async () => {
          if (this.slots.every((s) => !s.busy)) this.pause!.onAligned();
          await this.pause!.aligned;
          if (abort.signal.aborted) return undefined;
          const checkpoint = this.checkpointOf(id, type, await this.prepareSinks(id));
          await storage.save(checkpoint);
          return checkpoint;
        })(),
        policy.timeout,
        () => new SeatideError(ErrorCodes.CHECKPOINT_FAILED, `${type} ${id} did not complete within ${policy.timeout} ms (checkpoint.timeout)`),
      );
      const checkpoint = await stored;
      if (!checkpoint) return;
      await this.commitSinks(checkpoint);
      await storage.save({ ...checkpoint, committed: true });
      this.lastId = id;
      await this.notifyReaders(id);
      logger.info(`${type} ${id} completed in ${Date.now() - started} ms`, { checkpointId: id });
      if (type === 'savepoint') {
        keepPaused = true;
        this.savepointDone = true;
        abort.abort();
      }
    } finally {
      if (!keepPaused) this.resume();
    }
  }

  /** Each writer prepares its commit (and its state) at checkpoint `id`; nothing is being written meanwhile. */
  private async prepareSinks(id: number): Promise<Record<string, SinkSnapshot>> {
    const out: Record<string, SinkSnapshot> = {};
    for (const v of this.options.plan.sinks) {
      const writers = this.options.writers.get(v.vertexId)!;
      const commitInfos: unknown[] = [];
      const writerStates: unknown[] = [];
      await pluginCall(v, ErrorCodes.SINK_WRITE, async () => {
        for (const w of writers) {
          await w.drained();
          const info = await w.writer.prepareCommit?.(id);
          if (info !== undefined && info !== null) commitInfos.push(info);
          writerStates.push(w.writer.snapshotState?.(id) ?? null);
        }
      });
      out[String(v.vertexId)] = { name: v.name, parallelism: v.parallelism, commitInfos, writerStates };
    }
    return out;
  }

  private checkpointOf(id: number, type: CheckpointType, sinks: Record<string, SinkSnapshot>): Checkpoint {
    const sources: Record<string, SourceSnapshot> = {};
    for (const v of this.options.plan.sources) {
      const states = this.slots.filter((s) => s.vertexId === v.vertexId).sort((a, b) => a.subtask - b.subtask).map((s) => s.state ?? null);
      sources[String(v.vertexId)] = { name: v.name, parallelism: v.parallelism, states };
    }
    return { jobId: this.options.jobId, checkpointId: id, type, time: Date.now(), sources, sinks, committed: false };
  }

  private async commitSinks(checkpoint: Checkpoint): Promise<void> {
    for (const v of this.options.plan.sinks) {
      const infos = checkpoint.sinks[String(v.vertexId)]?.commitInfos ?? [];
      await pluginCall(v, ErrorCodes.SINK_COMMIT, () => v.sink.commit?.(infos));
    }
  }

  /** Tells each reader the checkpoint completed, with the state it had in it (readers are paused: unchanged). */
  private async notifyReaders(id: number): Promise<void> {
    for (const slot of this.slots) {
      const reader = slot.reader;
      if (!reader.notifyCheckpointComplete) continue;
      const v = this.options.plan.sources.find((s) => s.vertexId === slot.vertexId)!;
      await pluginCall(v, ErrorCodes.SOURCE_READ, () => reader.notifyCheckpointComplete!(id, slot.state));
    }
  }

  private resume(): void {
    const pause = this.pause;
    this.pause = undefined;
    pause?.onAligned();
    pause?.release();
  }

  private fail(e: unknown): void {
    if (this.options.abort.signal.aborted && !this.failure) return;
    this.failure ??= e;
    this.options.logger.error(`checkpoint failed: ${messageOf(e)}`);
    this.options.abort.abort(e);
  }
}

function newPause(): Pause {
  let release!: () => void;
  let onAligned!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const aligned = new Promise<void>((r) => (onAligned = r));
  return { released, release, aligned, onAligned };
}

async function withTimeout<T>(work: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
