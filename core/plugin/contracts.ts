import type { CatalogTable } from '../catalog/catalog-table';
import type { Logger } from '../logging/logger';
import type { OptionRule } from '../options/option-rule';
import type { ReadonlyConfig } from '../options/readonly-config';
import type { RowBatch, SeaTunnelRow } from '../types/row';

export type JobMode = 'BATCH' | 'STREAMING';
export type Boundedness = 'BOUNDED' | 'UNBOUNDED';

/** What a plugin may know about the job it runs in. */
export interface JobContext {
  readonly jobId: string;
  readonly jobName: string;
  readonly jobMode: JobMode;
  /** Validated env options of the job (`parallelism`, `checkpoint.interval`, ...). */
  readonly env: ReadonlyConfig;
  /**
   * True when this run resumes from a checkpoint or savepoint. Sinks then skip their save modes: the target
   * already holds this job's earlier rows, which must not be dropped or refused.
   */
  readonly resumed?: boolean;
}

/**
 * Handed to every factory's `create`. `options` were validated against the factory's `optionRule` before
 * `create` is called, so `options.get(OPTION)` returns typed values; a plugin never sees the DI container.
 */
export interface FactoryContext {
  readonly options: ReadonlyConfig;
  readonly logger: Logger;
  readonly job: JobContext;
  /** The plugin name as written in the config (`console`, `Console`). */
  readonly pluginName: string;
}

export interface SourceFactoryContext extends FactoryContext {
  /** The output table name (`plugin_output` / `result_table_name`), when the config sets one. */
  readonly outputName?: string;
}

export interface TransformFactoryContext extends FactoryContext {
  /** The table this transform instance receives; a multi-table input gets one instance per table. */
  readonly inputTable: CatalogTable;
}

export interface SinkFactoryContext extends FactoryContext {
  /** Every table this sink receives; rows carry their table's path in `tableId`. */
  readonly inputTables: readonly CatalogTable[];
}

/** Given to each parallel reader or writer. */
export interface SubtaskContext {
  /** 0-based index of this reader/writer among `parallelism`. */
  readonly subtaskIndex: number;
  readonly parallelism: number;
  /** Aborted when the job is canceled or fails elsewhere: stop waiting and return. */
  readonly signal: AbortSignal;
  readonly logger: Logger;
  /** State returned by `snapshotState` at the checkpoint the job resumes from; undefined on a fresh start. */
  readonly restoredState?: unknown;
  /**
   * Readers only: asks for a checkpoint soon (none is taken if one is underway). For a source that cannot
   * read on until a checkpoint completes, e.g. one that acknowledges messages at checkpoints and has
   * reached its broker's limit of unacknowledged ones.
   */
  readonly requestCheckpoint?: () => void;
}

/**
 * What a connector promises when a job stops and resumes (savepoint, failure, crash) from a checkpoint:
 * - `exactly-once`: every row reaches (or is read from) it once;
 * - `at-least-once`: no row is lost, some may be repeated after a resume;
 * - `none`: rows may be lost or repeated.
 */
export interface DeliveryGuarantee {
  readonly level: 'exactly-once' | 'at-least-once' | 'none';
  /** Why, and under which options (`with primary_keys and enable_upsert`, ...). */
  readonly note: string;
}

// ---------------------------------------------------------------------------------------------------------
// Sources

export interface SourceFactory {
  readonly kind: 'source';
  /** Lower-case identifier; matched case-insensitively against `plugin_name`. */
  readonly identifier: string;
  readonly optionRule: OptionRule;
  readonly description?: string;
  readonly guarantee?: DeliveryGuarantee;
  /**
   * Called once per job run, after option validation. Throw (preferably a SeatideError) for a configuration
   * the option rule cannot express; the job then fails before any row moves.
   */
  create(ctx: SourceFactoryContext): Source | Promise<Source>;
}

export interface Source {
  /** The tables this source produces (several for a multi-table source); known before reading starts. */
  readonly tables: readonly CatalogTable[];
  /** BOUNDED sources end on their own; an UNBOUNDED source in a BATCH job is rejected before running. */
  readonly boundedness: Boundedness;
  /**
   * Called once per parallel reader (`ctx.subtaskIndex` of `ctx.parallelism`). The engine pulls batches one
   * at a time, only when the pipeline below has room, so a reader never needs its own buffering.
   */
  createReader(ctx: SubtaskContext): SourceReader | Promise<SourceReader>;
  /** Called once when the job ends, whatever the outcome. */
  close?(): Promise<void> | void;
}

export interface SourceReader {
  /**
   * The rows, in batches (typically 100 to 10,000 rows). Ending the iteration means "no more data" (a
   * bounded reader is done); throwing fails the job. The engine stops pulling when the job is canceled.
   */
  read(): AsyncIterable<RowBatch>;
  /**
   * State to resume from after everything yielded so far (splits and offsets); called between batches at a
   * checkpoint. Must be JSON-serializable.
   */
  snapshotState?(): unknown;
  /**
   * Called when a checkpoint completed (its sinks committed) with the state this reader had in it: the rows
   * up to that state are safe downstream, so a source may now acknowledge them to its broker.
   */
  notifyCheckpointComplete?(checkpointId: number, state: unknown): void | Promise<void>;
  /** Called once, after reading ended, failed or was canceled. */
  close?(): Promise<void> | void;
}

// ---------------------------------------------------------------------------------------------------------
// Transforms

export interface TransformFactory {
  readonly kind: 'transform';
  readonly identifier: string;
  readonly optionRule: OptionRule;
  readonly description?: string;
  /** Called once per input table when the job starts; throw here for a bad query or unknown field. */
  create(ctx: TransformFactoryContext): Transform;
}

/**
 * A stateless, synchronous row function. Input rows may be shared with other branches of the DAG (fan-out):
 * never modify a row in place, return a new one (`row.copy(fields)`). Implement `map` (per row; null drops the row) or `mapBatch` (per
 * batch, for transforms that gain from seeing the whole batch). Errors thrown fail the job.
 */
export interface Transform {
  /** The schema (and table path) of the rows this transform emits. */
  readonly outputTable: CatalogTable;
  map?(row: SeaTunnelRow): SeaTunnelRow | null;
  mapBatch?(rows: RowBatch): RowBatch;
  close?(): void;
}

// ---------------------------------------------------------------------------------------------------------
// Sinks

export interface SinkFactory {
  readonly kind: 'sink';
  readonly identifier: string;
  readonly optionRule: OptionRule;
  readonly description?: string;
  readonly guarantee?: DeliveryGuarantee;
  /** Called once per job run with every input table; connect lazily in `createWriter` or eagerly here. */
  create(ctx: SinkFactoryContext): Sink | Promise<Sink>;
}

export interface Sink {
  /** Called once per parallel writer. */
  createWriter(ctx: SubtaskContext): SinkWriter | Promise<SinkWriter>;
  /**
   * Makes prepared work visible (two-phase commit): called with every writer's `prepareCommit` result once a
   * checkpoint completes, and at the end of a BATCH job. Must be idempotent: a restored job may commit again.
   */
  commit?(commitInfos: readonly unknown[]): Promise<void> | void;
  /** Discards prepared work after a failure or cancel. */
  abort?(commitInfos: readonly unknown[]): Promise<void> | void;
  /**
   * Called once, before any writer is created, when the job resumes from a checkpoint. `pending` holds the
   * commit infos of that checkpoint when its commit may not have happened (the node stopped in between),
   * undefined when it surely did. Commit them (idempotently) and discard whatever was written after the
   * checkpoint (e.g. temporary files of the interrupted run). Throw a SeatideError with code
   * CHECKPOINT_PREPARED_LOST when the prepared work did not survive (a database transaction ends with its
   * connection): the job then resumes from the checkpoint before. Without this method the engine calls
   * `commit(pending)`.
   */
  recover?(pending: readonly unknown[] | undefined): Promise<void> | void;
  /** Called once after every writer closed and the final commit succeeded: last checks (Assert's row rules). */
  finish?(): Promise<void> | void;
  /** Called once when the job ends, whatever the outcome. */
  close?(): Promise<void> | void;
}

export interface SinkWriter {
  /** Writes one batch. The engine never calls it again before the returned promise settles. */
  write(batch: RowBatch): void | Promise<void>;
  /** Flushes and prepares what was written since the last call; the result goes to `Sink.commit`. */
  prepareCommit?(checkpointId: number): unknown | Promise<unknown>;
  /** State to restore this writer from (e.g. pending transactions); JSON-serializable. */
  snapshotState?(checkpointId: number): unknown;
  /** Called once after a successful run; flush remaining rows here when the sink has no two-phase commit. */
  close(): void | Promise<void>;
  /**
   * Called instead of `close` when the job fails or is canceled: discard what was written and not committed
   * (temporary files, open transactions). Without it the engine calls `close`.
   */
  abort?(): void | Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------
// Config shades

/**
 * Encrypts and decrypts sensitive option values of job configs (`env."shade.identifier"`). `decrypt` must
 * throw on a value it cannot authenticate, never return garbage.
 */
export interface ConfigShade {
  readonly kind: 'shade';
  readonly identifier: string;
  encrypt(value: string): string;
  decrypt(value: string): string;
  /** Option names to treat as sensitive on top of the built-in list. */
  readonly sensitiveOptions?: readonly string[];
  /**
   * Called once per encrypt/decrypt of a config, before any value, with `env."shade.properties"` (`{}` when
   * absent); a shade that needs keys reads them here. The registered object is shared by every job, so
   * return a shade configured for this config; it is used instead of the registered one for that call only.
   * `this` is a fresh `Object.create(shade)`, so a shade that sets fields on `this` and returns nothing stays
   * per-call too. Throw SeatideError SHADE_KEY for missing or invalid key material.
   */
  open?(properties: Readonly<Record<string, unknown>>): ConfigShade | void;
}

export type PluginFactory = SourceFactory | TransformFactory | SinkFactory;
export type PluginDefinition = PluginFactory | ConfigShade;
export type PluginKind = PluginDefinition['kind'];
