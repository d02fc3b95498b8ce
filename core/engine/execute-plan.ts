import { defer, lastValueFrom, merge, defaultIfEmpty } from 'rxjs';
import type { Checkpoint } from '../checkpoint/checkpoint';
import type { CheckpointStorage } from '../checkpoint/checkpoint-storage';
import { assertCheckpointFits } from '../checkpoint/checkpoint-fits';
import { ErrorCodes, SeatideError, messageOf, wrapPluginError } from '../errors';
import { BYTES_PER_SECOND, ROWS_PER_SECOND } from '../job/env-options';
import type { Logger } from '../logging/logger';
import type { SourceReader, SubtaskContext } from '../plugin/contracts';
import type { RowBatch } from '../types/row';
import type { ExecutionPlan, SourceVertex, Vertex } from './build-execution-plan';
import { type CheckpointPolicy, CheckpointCoordinator } from './checkpoint-coordinator';
import { drainReader } from './drain-reader';
import type { JobMetrics } from './job-metrics';
import { applyTransform } from './apply-transform';
import { pluginCall } from './plugin-call';
import { rateLimited } from './rate-limit';
import { SerialWriter } from './serial-writer';

export interface ExecuteOptions {
  readonly jobId: string;
  readonly signal: AbortSignal;
  readonly logger: Logger;
  readonly metrics: JobMetrics;
  readonly checkpoints: RunCheckpoints;
}

/** How a run checkpoints, what it resumes from, and how it is asked for a savepoint. */
export interface RunCheckpoints {
  readonly storage: CheckpointStorage;
  readonly policy: CheckpointPolicy;
  /** Checkpoints to resume from, newest first; empty for a fresh start. */
  readonly restore: readonly Checkpoint[];
  /** Aborted to stop the run with a savepoint. */
  readonly savepoint?: AbortSignal;
}

/** How a run ended when it did not fail. */
export type RunOutcome = 'finished' | 'canceled' | 'savepoint';

/**
 * Runs a plan to its end: opens every writer and reader, pushes batches from each reader through the
 * transforms to the sinks (awaiting the writes before the next pull), takes checkpoints on the way, then,
 * when every reader has ended, prepares, commits and finishes the sinks. A failure anywhere aborts
 * everything and discards what was not committed; cancel (the signal) does the same and resolves with
 * `canceled`; a savepoint ends the run with everything read so far committed and resolves with `savepoint`.
 */
export async function executePlan(plan: ExecutionPlan, options: ExecuteOptions): Promise<RunOutcome> {
  const { signal, logger, metrics, checkpoints } = options;
  const abort = new AbortController();
  const onAbort = () => abort.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  const inner = abort.signal;
  const subtask = (index: number, parallelism: number, name: string, restoredState?: unknown): SubtaskContext => ({
    subtaskIndex: index, parallelism, signal: inner, logger: logger.child({ vertex: name, subtask: index }), restoredState: restoredState ?? undefined,
    requestCheckpoint: () => coordinator?.request(),
  });

  const writers = new Map<number, SerialWriter[]>();
  const readers: SourceReader[] = [];
  let coordinator: CheckpointCoordinator | undefined;
  const onSavepoint = () => void coordinator?.trigger('savepoint');
  let committed = false;
  try {
    const resumed = await recoverSinks(plan, checkpoints.restore, logger);
    coordinator = new CheckpointCoordinator({
      jobId: options.jobId, plan, writers, storage: checkpoints.storage, policy: checkpoints.policy, logger, lastId: resumed?.checkpointId ?? 0, abort,
    });
    for (const v of plan.sinks) {
      const list: SerialWriter[] = [];
      const states = resumed?.sinks[String(v.vertexId)]?.writerStates;
      for (let i = 0; i < v.parallelism; i++) {
        const w = await pluginCall(v, ErrorCodes.SINK_WRITE, () => v.sink.createWriter(subtask(i, v.parallelism, v.name, states?.[i])));
        list.push(new SerialWriter(w, v, metrics));
      }
      writers.set(v.vertexId, list);
    }
    const route = compileRoutes(plan, writers);
    const rowsPerSecond = plan.job.env.get(ROWS_PER_SECOND);
    const bytesPerSecond = plan.job.env.get(BYTES_PER_SECOND);

    const tasks = [];
    for (const v of plan.sources) {
      const deliver = route.get(v.vertexId)!;
      const states = resumed?.sources[String(v.vertexId)]?.states;
      for (let i = 0; i < v.parallelism; i++) {
        const reader = await pluginCall(v, ErrorCodes.SOURCE_READ, () => v.source.createReader(subtask(i, v.parallelism, v.name, states?.[i])));
        readers.push(reader);
        const handle = (batch: RowBatch) => {
          metrics.recordRead(batch);
          return deliver(batch, i);
        };
        const limited = rowsPerSecond || bytesPerSecond ? rateLimited(handle, { rowsPerSecond, bytesPerSecond, signal: inner }) : handle;
        const gate = coordinator.slot(v.vertexId, i, reader);
        tasks.push(defer(() => drainReader(readBatches(reader, v), limited, gate)));
      }
    }
    metrics.start();
    coordinator.start();
    if (checkpoints.savepoint?.aborted) onSavepoint();
    else checkpoints.savepoint?.addEventListener('abort', onSavepoint, { once: true });
    await lastValueFrom(merge(...tasks).pipe(defaultIfEmpty(0)), { defaultValue: 0 });
    if (coordinator.failure) throw coordinator.failure;
    if (coordinator.savepointDone) return 'savepoint';
    if (signal.aborted) return 'canceled';

    // Every reader ended: the final checkpoint prepares, stores, commits and finishes each sink.
    await coordinator.complete();
    committed = true;
    return 'finished';
  } catch (e) {
    if (coordinator?.failure) throw coordinator.failure;
    if (signal.aborted) return 'canceled';
    throw e;
  } finally {
    metrics.end();
    coordinator?.stop();
    signal.removeEventListener('abort', onAbort);
    checkpoints.savepoint?.removeEventListener('abort', onSavepoint);
    if (!inner.aborted) abort.abort();
    await closeAll(plan, readers, committed ? new Map() : writers, logger);
  }
}

/**
 * Picks the checkpoint a resumed run starts from and lets every sink recover it: commit what it prepared
 * when that may not have happened, discard what was written after. A sink whose prepared work died with the
 * node sends the run back to the checkpoint before (its rows are read again).
 */
async function recoverSinks(plan: ExecutionPlan, candidates: readonly Checkpoint[], logger: Logger): Promise<Checkpoint | undefined> {
  for (let c = 0; c < candidates.length; c++) {
    const checkpoint = candidates[c];
    assertCheckpointFits(plan.vertices, checkpoint);
    try {
      for (const v of plan.sinks) {
        const pending = checkpoint.committed ? undefined : (checkpoint.sinks[String(v.vertexId)]?.commitInfos ?? []);
        if (v.sink.recover) await v.sink.recover(pending);
        else if (pending?.length) await v.sink.commit?.(pending);
      }
      logger.info(`resuming from ${checkpoint.type} ${checkpoint.checkpointId} of ${new Date(checkpoint.time).toISOString()}`, { checkpointId: checkpoint.checkpointId });
      return checkpoint;
    } catch (e) {
      const lost = e instanceof SeatideError && e.code === ErrorCodes.CHECKPOINT_PREPARED_LOST.code;
      if (lost && c + 1 < candidates.length) {
        logger.warn(`${messageOf(e)}; resuming from checkpoint ${candidates[c + 1].checkpointId} instead`);
        continue;
      }
      if (lost) {
        logger.warn(`${messageOf(e)}; no checkpoint before it: the job starts over`);
        return undefined;
      }
      throw e instanceof SeatideError ? e : new SeatideError(ErrorCodes.SINK_COMMIT, `recovering checkpoint ${checkpoint.checkpointId} failed: ${messageOf(e)}`, { cause: e });
    }
  }
  return undefined;
}

async function* readBatches(reader: SourceReader, v: SourceVertex): AsyncIterable<RowBatch> {
  try {
    yield* reader.read();
  } catch (e) {
    throw wrapPluginError(e, ErrorCodes.SOURCE_READ, 'source', v.plugin.pluginName);
  }
}

/** For each vertex, a function that delivers a batch to everything downstream, resolving when all sinks wrote it. */
function compileRoutes(plan: ExecutionPlan, writers: Map<number, SerialWriter[]>): Map<number, (batch: RowBatch, subtask: number) => void | Promise<unknown>> {
  const children = new Map<number, Vertex[]>();
  for (const v of plan.vertices) for (const i of v.inputs) children.set(i, [...(children.get(i) ?? []), v]);
  const routes = new Map<number, (batch: RowBatch, subtask: number) => void | Promise<unknown>>();
  const build = (vertexId: number): ((batch: RowBatch, subtask: number) => void | Promise<unknown>) => {
    const existing = routes.get(vertexId);
    if (existing) return existing;
    const steps = (children.get(vertexId) ?? []).map((child) => {
      if (child.type === 'sink') {
        const list = writers.get(child.vertexId)!;
        return (batch: RowBatch, subtask: number) => list[subtask % list.length].write(batch);
      }
      if (child.type === 'transform') {
        const next = build(child.vertexId);
        return (batch: RowBatch, subtask: number) => {
          const out = applyTransform(child, batch);
          return out.length > 0 ? next(out, subtask) : undefined;
        };
      }
      throw new SeatideError(ErrorCodes.INTERNAL, `source vertex ${child.name} cannot be downstream`);
    });
    const route =
      steps.length === 1
        ? steps[0]
        : (batch: RowBatch, subtask: number) => {
            const pending = steps.map((s) => s(batch, subtask)).filter((p): p is Promise<unknown> => p instanceof Promise);
            return pending.length ? Promise.all(pending) : undefined;
          };
    routes.set(vertexId, route);
    return route;
  };
  for (const v of plan.vertices) build(v.vertexId);
  return routes;
}

/** Closes readers, uncommitted writers (discarding their work) and every plugin; errors here are logged, not thrown. */
async function closeAll(plan: ExecutionPlan, readers: SourceReader[], uncommitted: Map<number, SerialWriter[]>, logger: Logger): Promise<void> {
  const attempt = closer(logger);
  for (const r of readers) await attempt('source reader', () => r.close?.());
  for (const [id, list] of uncommitted) {
    const v = plan.sinks.find((s) => s.vertexId === id)!;
    for (const w of list) await attempt(`${v.name} writer`, () => (w.writer.abort ? w.writer.abort() : w.writer.close()));
    await attempt(`${v.name} abort`, () => v.sink.abort?.([]));
  }
  await closePlugins(plan, logger);
}

/** Closes every source, transform and sink of a plan (also a plan that was only built, never run). */
export async function closePlugins(plan: ExecutionPlan, logger: Logger): Promise<void> {
  const attempt = closer(logger);
  for (const v of plan.vertices) {
    if (v.type === 'source') await attempt(v.name, () => v.source.close?.());
    else if (v.type === 'sink') await attempt(v.name, () => v.sink.close?.());
    else for (const t of new Set(v.instances.values())) await attempt(v.name, () => t.close?.());
  }
}

const closer = (logger: Logger) => async (what: string, fn: () => unknown): Promise<void> => {
  try {
    await fn();
  } catch (e) {
    logger.warn(`closing ${what} failed: ${(e as Error)?.message ?? String(e)}`);
  }
};
