import type { RowBatch } from '../types/row';
import { sleep } from '../time/sleep';
import { estimateRowSize } from '../types/estimate-size';

export interface RateLimit {
  readonly rowsPerSecond?: number;
  readonly bytesPerSecond?: number;
  readonly signal: AbortSignal;
}

/**
 * Wraps a batch handler so one reader delivers at most `rowsPerSecond` rows (and `bytesPerSecond` bytes) per
 * second on average, as SeaTunnel's `read_limit.*` does per reader. Batches are cut into slices of a tenth
 * of a second's worth so the rate holds within a batch too.
 */
export function rateLimited(handle: (batch: RowBatch) => void | Promise<unknown>, limit: RateLimit): (batch: RowBatch) => Promise<void> {
  const started = Date.now();
  let rows = 0;
  let bytes = 0;
  const slice = limit.rowsPerSecond ? Math.max(1, Math.floor(limit.rowsPerSecond / 10)) : 1000;
  return async (batch) => {
    for (let i = 0; i < batch.length; i += slice) {
      const part = batch.length <= slice ? batch : batch.slice(i, i + slice);
      rows += part.length;
      if (limit.bytesPerSecond) for (const r of part) bytes += estimateRowSize(r);
      const due = Math.max(
        limit.rowsPerSecond ? (rows / limit.rowsPerSecond) * 1000 : 0,
        limit.bytesPerSecond ? (bytes / limit.bytesPerSecond) * 1000 : 0,
      );
      const wait = started + due - Date.now();
      if (wait > 0) await sleep(wait, limit.signal);
      if (limit.signal.aborted) return;
      await handle(part);
    }
  };
}
