import { ErrorCodes } from '../../core/errors';
import type { SinkWriter, SubtaskContext } from '../../core/plugin/contracts';
import type { RowBatch, SeaTunnelRow } from '../../core/types/row';
import { connectorError } from '../common/connector-error';
import type { JdbcConnection } from './jdbc-connection';
import type { TableWriter } from './jdbc-table-writer';
import type { JdbcTarget } from './jdbc-url';
import { type OpenOptions, openConnection } from './open-connection';

/** What the writers of one Jdbc sink share. */
export interface JdbcWritePlan {
  readonly target: JdbcTarget;
  readonly open: OpenOptions;
  /** Writers by the input table's id (its path); rows with an unknown id go to the only table, if one. */
  readonly tables: ReadonlyMap<string, TableWriter>;
  /** One transaction per checkpoint (committed by the sink), or one per batch (SQLite: a single writer). */
  readonly transactionPerCheckpoint: boolean;
}

/** The commit info of a writer: which prepared transaction to commit. */
export interface JdbcCommitInfo {
  readonly token: string;
}

/**
 * Writes batches on one connection inside one transaction that spans everything written until
 * `prepareCommit`; the sink's `commit` then commits it, so a job's rows become visible when its checkpoint
 * (or the job) completes. A batch written after `prepareCommit` but before `commit` commits the prepared
 * work first (it stays committed; the later `commit` is a no-op). `abort` rolls back.
 */
export class JdbcSinkWriter implements SinkWriter {
  private conn?: JdbcConnection;
  private inTransaction = false;
  private dirty = false;
  private token?: string;
  private closed = false;
  private static sequence = 0;

  constructor(
    private readonly plan: JdbcWritePlan,
    private readonly sub: SubtaskContext,
    private readonly pending: Map<string, JdbcSinkWriter>,
  ) {}

  async write(batch: RowBatch): Promise<void> {
    if (this.token) await this.commitPrepared();
    const conn = await this.connection();
    const perBatch = !this.plan.transactionPerCheckpoint;
    try {
      if (!this.inTransaction) {
        await conn.begin();
        this.inTransaction = true;
      }
      for (const [writer, rows] of this.group(batch)) await writer.write(conn, rows);
      this.dirty = true;
      if (perBatch) await this.finishTransaction('commit');
    } catch (e) {
      if (perBatch) await this.finishTransaction('rollback').catch(() => undefined);
      throw connectorError(ErrorCodes.SINK_WRITE, 'Jdbc', 'sink', this.plan.target.display, 'writing a batch failed', e, this.plan.open.password);
    }
  }

  prepareCommit(checkpointId: number): JdbcCommitInfo | undefined {
    if (!this.inTransaction || !this.dirty) return undefined;
    this.token ??= `${this.sub.subtaskIndex}-${checkpointId}-${++JdbcSinkWriter.sequence}`;
    this.pending.set(this.token, this);
    return { token: this.token };
  }

  /** Commits the prepared transaction; called by the sink's `commit`, or before the next write. */
  async commitPrepared(): Promise<void> {
    if (!this.token) return;
    this.pending.delete(this.token);
    this.token = undefined;
    await this.finishTransaction('commit');
    if (this.closed) await this.release();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.token) return; // the sink's commit finishes and releases
    // Rows written without a prepareCommit (an engine without two-phase commit) are committed, not lost.
    if (this.inTransaction) await this.finishTransaction(this.dirty ? 'commit' : 'rollback');
    await this.release();
  }

  async abort(): Promise<void> {
    this.closed = true;
    if (this.token) this.pending.delete(this.token);
    this.token = undefined;
    if (this.inTransaction) await this.finishTransaction('rollback').catch(() => undefined);
    await this.release();
  }

  private async finishTransaction(how: 'commit' | 'rollback'): Promise<void> {
    const conn = this.conn;
    this.inTransaction = false;
    this.dirty = false;
    if (!conn) return;
    try {
      await (how === 'commit' ? conn.commit() : conn.rollback());
    } catch (e) {
      throw connectorError(how === 'commit' ? ErrorCodes.SINK_COMMIT : ErrorCodes.SINK_WRITE, 'Jdbc', 'sink', this.plan.target.display, `${how} failed`, e, this.plan.open.password);
    }
  }

  private async connection(): Promise<JdbcConnection> {
    this.conn ??= await openConnection(this.plan.target, { ...this.plan.open, signal: this.sub.signal, logger: this.sub.logger });
    return this.conn;
  }

  private async release(): Promise<void> {
    const conn = this.conn;
    this.conn = undefined;
    await conn?.close();
  }

  /** The batch's rows by the table writer they go to, in order of first appearance. */
  private group(batch: RowBatch): Map<TableWriter, SeaTunnelRow[]> {
    const out = new Map<TableWriter, SeaTunnelRow[]>();
    const tables = this.plan.tables;
    const only = tables.size === 1 ? tables.values().next().value : undefined;
    for (const row of batch) {
      const w = tables.get(row.tableId) ?? only;
      if (!w) {
        throw new Error(`row of table '${row.tableId}' matches none of the sink's input tables (${[...tables.keys()].join(', ')})`);
      }
      let list = out.get(w);
      if (!list) out.set(w, (list = []));
      list.push(row);
    }
    return out;
  }
}
