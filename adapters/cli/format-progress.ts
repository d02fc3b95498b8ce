import type { MetricsSnapshot } from '../../core/engine/job-metrics';

const n = (x: number) => Math.round(x).toLocaleString('en-US');

/** One line: rows read and written, the read rate and the elapsed time. */
export function formatProgress(m: MetricsSnapshot): string {
  return `${n(m.sourceReceivedCount)} rows read (${n(m.sourceReceivedQPS)} rows/s), ${n(m.sinkWriteCount)} written, ${(m.elapsedMs / 1000).toFixed(1)}s`;
}
