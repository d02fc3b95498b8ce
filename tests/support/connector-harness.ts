import type { CatalogTable } from '../../core/catalog/catalog-table';
import { silentLogger } from '../../core/logging/logger';
import { type ConfigObject, ReadonlyConfig } from '../../core/options/readonly-config';
import type { JobMode, Sink, SinkFactory, Source, SourceFactory, SubtaskContext } from '../../core/plugin/contracts';
import type { SeaTunnelRow } from '../../core/types/row';

/**
 * Drives connector factories the way the engine does (validate options, create, one reader/writer per
 * subtask, finish after every writer closed), without the engine: connector tests use it to run
 * SeaTunnel's e2e configs, transcribed as plain objects, from source to sink.
 */

const job = (jobMode: JobMode) => ({ jobId: 'test', jobName: 'test', jobMode, env: new ReadonlyConfig({}) });

export function subtask(subtaskIndex = 0, parallelism = 1, extra: Partial<SubtaskContext> = {}): SubtaskContext {
  return { subtaskIndex, parallelism, signal: new AbortController().signal, logger: silentLogger, ...extra };
}

export async function createSource(factory: SourceFactory, raw: ConfigObject, opts: { jobMode?: JobMode; outputName?: string } = {}): Promise<Source> {
  const options = new ReadonlyConfig(raw, { kind: 'source', identifier: factory.identifier });
  factory.optionRule.validate(options);
  return factory.create({ options, logger: silentLogger, job: job(opts.jobMode ?? 'BATCH'), pluginName: factory.identifier, outputName: opts.outputName });
}

export async function createSink(factory: SinkFactory, raw: ConfigObject, inputTables: readonly CatalogTable[]): Promise<Sink> {
  const options = new ReadonlyConfig(raw, { kind: 'sink', identifier: factory.identifier });
  factory.optionRule.validate(options);
  return factory.create({ options, logger: silentLogger, job: job('BATCH'), pluginName: factory.identifier, inputTables });
}

/** Every row of every reader, reader by reader. */
export async function readAll(source: Source, parallelism = 1): Promise<SeaTunnelRow[][]> {
  const out: SeaTunnelRow[][] = [];
  for (let i = 0; i < parallelism; i++) {
    const reader = await source.createReader(subtask(i, parallelism));
    const rows: SeaTunnelRow[] = [];
    for await (const batch of reader.read()) rows.push(...batch);
    await reader.close?.();
    out.push(rows);
  }
  return out;
}

/** Source -> sink with `parallelism` reader/writer pairs; resolves when the sink finished, rejects on the first error. */
export async function runJob(
  source: { factory: SourceFactory; raw: ConfigObject; outputName?: string },
  sink: { factory: SinkFactory; raw: ConfigObject },
  parallelism = 1,
): Promise<void> {
  const src = await createSource(source.factory, source.raw, { outputName: source.outputName });
  const snk = await createSink(sink.factory, sink.raw, src.tables);
  await Promise.all(
    Array.from({ length: parallelism }, async (_, i) => {
      const ctx = subtask(i, parallelism);
      const reader = await src.createReader(ctx);
      const writer = await snk.createWriter(ctx);
      for await (const batch of reader.read()) await writer.write(batch);
      await writer.close();
    }),
  );
  await snk.finish?.();
}

/** The error a promise rejects with, or undefined. */
export async function rejection(p: Promise<unknown>): Promise<Error | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e as Error;
  }
}

/** The error a function throws, or undefined. */
export function thrown(fn: () => unknown): Error | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e as Error;
  }
}
