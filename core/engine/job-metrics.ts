import type { RowBatch } from '../types/row';
import { estimateRowSize } from '../types/estimate-size';

/** Counters of one side (source or sink), per table path. */
class TableCounters {
  readonly rows = new Map<string, number>();
  readonly bytes = new Map<string, number>();

  add(batch: RowBatch): void {
    // Batches are mostly single-table: count runs of equal tableId instead of a map lookup per row.
    let i = 0;
    while (i < batch.length) {
      const table = batch[i].tableId;
      let rows = 0;
      let bytes = 0;
      while (i < batch.length && batch[i].tableId === table) {
        bytes += estimateRowSize(batch[i]);
        rows++;
        i++;
      }
      this.rows.set(table, (this.rows.get(table) ?? 0) + rows);
      this.bytes.set(table, (this.bytes.get(table) ?? 0) + bytes);
    }
  }

  total(map: Map<string, number>): number {
    let t = 0;
    for (const v of map.values()) t += v;
    return t;
  }
}

/** A point-in-time reading of a job's metrics; rates are per second over the job's running time. */
export interface MetricsSnapshot {
  readonly sourceReceivedCount: number;
  readonly sourceReceivedBytes: number;
  readonly sinkWriteCount: number;
  readonly sinkWriteBytes: number;
  readonly sourceReceivedQPS: number;
  readonly sinkWriteQPS: number;
  readonly sourceReceivedBytesPerSeconds: number;
  readonly sinkWriteBytesPerSeconds: number;
  readonly tables: {
    readonly sourceReceivedCount: Readonly<Record<string, number>>;
    readonly sourceReceivedBytes: Readonly<Record<string, number>>;
    readonly sinkWriteCount: Readonly<Record<string, number>>;
    readonly sinkWriteBytes: Readonly<Record<string, number>>;
  };
  /** Milliseconds the job has been running (until it ended). */
  readonly elapsedMs: number;
}

/**
 * Rows and bytes read and written by a job, per table, readable at any time while it runs. Sinks count
 * once per sink vertex (a row fanned out to two sinks counts twice), as SeaTunnel's SinkWriteCount does.
 */
export class JobMetrics {
  private readonly source = new TableCounters();
  private readonly sink = new TableCounters();
  private startedAt = 0;
  private endedAt = 0;

  start(now = Date.now()): void {
    if (!this.startedAt) this.startedAt = now;
  }

  end(now = Date.now()): void {
    if (!this.endedAt) this.endedAt = now;
  }

  recordRead(batch: RowBatch): void {
    this.source.add(batch);
  }

  recordWrite(batch: RowBatch): void {
    this.sink.add(batch);
  }

  snapshot(now = Date.now()): MetricsSnapshot {
    const elapsedMs = this.startedAt ? (this.endedAt || now) - this.startedAt : 0;
    const secs = elapsedMs / 1000;
    const rate = (n: number) => (secs > 0 ? n / secs : 0);
    const sourceReceivedCount = this.source.total(this.source.rows);
    const sourceReceivedBytes = this.source.total(this.source.bytes);
    const sinkWriteCount = this.sink.total(this.sink.rows);
    const sinkWriteBytes = this.sink.total(this.sink.bytes);
    return {
      sourceReceivedCount,
      sourceReceivedBytes,
      sinkWriteCount,
      sinkWriteBytes,
      sourceReceivedQPS: rate(sourceReceivedCount),
      sinkWriteQPS: rate(sinkWriteCount),
      sourceReceivedBytesPerSeconds: rate(sourceReceivedBytes),
      sinkWriteBytesPerSeconds: rate(sinkWriteBytes),
      tables: {
        sourceReceivedCount: Object.fromEntries(this.source.rows),
        sourceReceivedBytes: Object.fromEntries(this.source.bytes),
        sinkWriteCount: Object.fromEntries(this.sink.rows),
        sinkWriteBytes: Object.fromEntries(this.sink.bytes),
      },
      elapsedMs,
    };
  }
}
