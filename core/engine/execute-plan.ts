import { defer, lastValueFrom, merge, mergeMap, defaultIfEmpty, from } from 'rxjs';
import { ErrorCodes, SeatideError, wrapPluginError } from '../errors';
import { BYTES_PER_SECOND, ROWS_PER_SECOND } from '../job/env-options';
import type { Logger } from '../logging/logger';
import type { SinkWriter, SourceReader, SubtaskContext } from '../plugin/contracts';
import type { RowBatch } from '../types/row';
import type { ExecutionPlan, SinkVertex, SourceVertex, Vertex } from './build-execution-plan';
import { drainReader } from './drain-reader';
import type { JobMetrics } from './job-metrics';
import { applyTransform } from './apply-transform';
import { rateLimited } from './rate-limit';

export interface ExecuteOptions {
  readonly signal: AbortSignal;
  readonly logger: Logger;
  readonly metrics: JobMetrics;
}

/** A sink writer whose writes are serialized: several readers (a union, or more readers than writers) may share it. */
class SerialWriter {
  private tail: Promise<void> = Promise.resolve();

  constructor(
    readonly writer: SinkWriter,
    private readonly vertex: SinkVertex,
    private readonly metrics: JobMetrics,
  ) {}

  write(batch: RowBatch): Promise<void> {
    this.tail = this.tail.then(async () => {
      try {
        await this.writer.write(batch);
      } catch (e) {
        throw wrapPluginError(e, ErrorCodes.SINK_WRITE, 'sink', this.vertex.plugin.pluginName);
      }
      this.metrics.recordWrite(batch);
    });
    return this.tail;
  }
}

/**
 * Runs a plan to its end: opens every writer and reader, pushes batches from each reader through the
 * transforms to the sinks (awaiting the writes before the next pull), then, when every reader has ended,
 * prepares, commits and finishes the sinks. A failure anywhere aborts everything and discards what was
 * prepared; cancel (the signal) does the same and resolves with `canceled`.
 */
export async function executePlan(plan: ExecutionPlan, options: ExecuteOptions): Promise<'finished' | 'canceled'> {
  const { signal, logger, metrics } = options;
  const abort = new AbortController();
  const onAbort = () => abort.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  const inner = abort.signal;
  const subtask = (index: number, parallelism: number, name: string): SubtaskContext => ({
    subtaskIndex: index, parallelism, signal: inner, logger: logger.child({ vertex: name, subtask: index }),
  });

  const writers = new Map<number, SerialWriter[]>();
  const readers: SourceReader[] = [];
  let committed = false;
  try {
    for (const v of plan.sinks) {
      const list: SerialWriter[] = [];
      for (let i = 0; i < v.parallelism; i++) {
        const w = await guard(() => v.sink.createWriter(subtask(i, v.parallelism, v.name)), 'sink', v);
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
      for (let i = 0; i < v.parallelism; i++) {
        const reader = await guard(() => v.source.createReader(subtask(i, v.parallelism, v.name)), 'source', v);
        readers.push(reader);
        const handle = (batch: RowBatch) => {
          metrics.recordRead(batch);
          return deliver(batch, i);
        };
        const limited = rowsPerSecond || bytesPerSecond ? rateLimited(handle, { rowsPerSecond, bytesPerSecond, signal: inner }) : handle;
        tasks.push(defer(() => drainReader(readBatches(reader, v), limited)));
      }
    }
    metrics.start();
    await lastValueFrom(merge(...tasks).pipe(defaultIfEmpty(0)), { defaultValue: 0 });
    if (signal.aborted) return 'canceled';

    // Every reader ended: flush and commit each sink (two-phase: prepare on every writer, then commit).
    await lastValueFrom(from(plan.sinks).pipe(mergeMap((v) => finishSink(v, writers.get(v.vertexId)!, logger))), { defaultValue: undefined });
    committed = true;
    return 'finished';
  } catch (e) {
    if (signal.aborted) return 'canceled';
    throw e;
  } finally {
    metrics.end();
    signal.removeEventListener('abort', onAbort);
    if (!inner.aborted) abort.abort();
    await closeAll(plan, readers, committed ? new Map() : writers, logger);
  }
}

async function* readBatches(reader: SourceReader, v: SourceVertex): AsyncIterable<RowBatch> {
  try {
    yield* reader.read();
  } catch (e) {
    throw wrapPluginError(e, ErrorCodes.SOURCE_READ, 'source', v.plugin.pluginName);
  }
}

async function finishSink(v: SinkVertex, writers: SerialWriter[], logger: Logger): Promise<void> {
  const infos: unknown[] = [];
  await guard(async () => {
    for (const w of writers) {
      const info = await w.writer.prepareCommit?.(1);
      if (info !== undefined && info !== null) infos.push(info);
    }
    for (const w of writers) await w.writer.close();
  }, 'sink', v);
  try {
    await v.sink.commit?.(infos);
  } catch (e) {
    throw wrapPluginError(e, ErrorCodes.SINK_COMMIT, 'sink', v.plugin.pluginName);
  }
  await guard(() => v.sink.finish?.(), 'sink', v);
  logger.debug(`${v.name} committed`, { commitInfos: infos.length });
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

async function guard<T>(fn: () => T | Promise<T>, kind: 'source' | 'sink', v: Vertex): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw wrapPluginError(e, kind === 'source' ? ErrorCodes.SOURCE_READ : ErrorCodes.SINK_WRITE, kind, v.plugin.pluginName);
  }
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
