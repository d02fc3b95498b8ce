import { ErrorCodes } from '../../core/errors';
import type { SourceReader, SubtaskContext } from '../../core/plugin/contracts';
import type { RowBatch } from '../../core/types/row';
import { connectorError, sqlPreview } from '../common/connector-error';
import type { JdbcConnection } from './jdbc-connection';
import type { JdbcReadPlan } from './jdbc-source';
import { openConnection } from './open-connection';

/** What a Jdbc reader resumes from: the splits it has read to the end. */
interface JdbcReaderState {
  readonly finishedSplits: readonly number[];
}

/**
 * Reads the splits that fall to this reader (split i goes to reader i mod parallelism), one after the
 * other on one connection, `fetch_size` rows per batch. A split interrupted by a failure is read again
 * from its start on restore (at-least-once, as SeaTunnel's split-level state).
 */
export class JdbcSourceReader implements SourceReader {
  private readonly finished: Set<number>;
  private conn?: JdbcConnection;

  constructor(
    private readonly plan: JdbcReadPlan,
    private readonly sub: SubtaskContext,
  ) {
    const restored = sub.restoredState as JdbcReaderState | undefined;
    this.finished = new Set(restored?.finishedSplits ?? []);
  }

  async *read(): AsyncIterable<RowBatch> {
    const { plan, sub } = this;
    const all = await plan.splits(sub.parallelism);
    const mine = all.filter((s) => s.id % sub.parallelism === sub.subtaskIndex && !this.finished.has(s.id));
    if (mine.length === 0) return;
    this.conn = await openConnection(plan.target, { ...plan.open, signal: sub.signal });
    for (const split of mine) {
      if (sub.signal.aborted) return;
      try {
        for await (const batch of this.conn.stream(split.sql, split.params, plan.columns, plan.fetchSize, plan.tableId)) yield batch;
      } catch (e) {
        throw connectorError(ErrorCodes.SOURCE_READ, 'Jdbc', 'source', plan.target.display, `reading '${sqlPreview(split.sql)}' failed`, e, plan.open.password);
      }
      this.finished.add(split.id);
      sub.logger.debug(`Jdbc split ${split.id} read`, { split: split.id });
    }
  }

  snapshotState(): JdbcReaderState {
    return { finishedSplits: [...this.finished] };
  }

  async close(): Promise<void> {
    await this.conn?.close();
    this.conn = undefined;
  }
}
