import type { MetricsSnapshot } from '../../../core/engine/job-metrics';
import { javaDoubleString } from '../../../shade/java-string-of';
import { inJavaHashOrder } from './java-hash-order';

type Leaf = string;
type TableMap = Record<string, Leaf>;

/**
 * A job's metrics as SeaTunnel HEAD shows them: the 16 keys, always present, every leaf a string. Counts
 * print as integers (`"15"`), rates through Java's Double.toString (`"0.0"`, `"3.3333333333333335"`,
 * `"1.0E7"`). Per-table maps are keyed by table path; per-table rates use the job's running time, as the
 * totals do. Keys follow Java HashMap order.
 */
export function metricsView(m: MetricsSnapshot): Record<string, Leaf | TableMap> {
  const secs = (m.elapsedMs ?? 0) / 1000;
  const rates = (counts: Readonly<Record<string, number>>): TableMap =>
    mapValues(counts, (n) => javaDoubleString(secs > 0 ? n / secs : 0));
  const counts = (map: Readonly<Record<string, number>>): TableMap => mapValues(map, count);
  const t = m.tables;
  return inJavaHashOrder<Leaf | TableMap>({
    SourceReceivedCount: count(m.sourceReceivedCount),
    SinkWriteCount: count(m.sinkWriteCount),
    SourceReceivedBytes: count(m.sourceReceivedBytes),
    SinkWriteBytes: count(m.sinkWriteBytes),
    SourceReceivedQPS: javaDoubleString(m.sourceReceivedQPS),
    SinkWriteQPS: javaDoubleString(m.sinkWriteQPS),
    SourceReceivedBytesPerSeconds: javaDoubleString(m.sourceReceivedBytesPerSeconds),
    SinkWriteBytesPerSeconds: javaDoubleString(m.sinkWriteBytesPerSeconds),
    TableSourceReceivedCount: counts(t.sourceReceivedCount),
    TableSinkWriteCount: counts(t.sinkWriteCount),
    TableSourceReceivedBytes: counts(t.sourceReceivedBytes),
    TableSinkWriteBytes: counts(t.sinkWriteBytes),
    TableSourceReceivedQPS: rates(t.sourceReceivedCount),
    TableSinkWriteQPS: rates(t.sinkWriteCount),
    TableSourceReceivedBytesPerSeconds: rates(t.sourceReceivedBytes),
    TableSinkWriteBytesPerSeconds: rates(t.sinkWriteBytes),
  });
}

/** SeaTunnel 2.3.5's metrics: only the two totals, as strings, in that order. */
export function legacyMetricsView(m: MetricsSnapshot): Record<string, Leaf> {
  return { SourceReceivedCount: count(m.sourceReceivedCount), SinkWriteCount: count(m.sinkWriteCount) };
}

const count = (n: number): string => (Number.isFinite(n) ? String(Math.trunc(n)) : '0');

function mapValues(map: Readonly<Record<string, number>> | undefined, f: (n: number) => string): TableMap {
  const out: TableMap = {};
  for (const [k, v] of Object.entries(map ?? {})) Object.defineProperty(out, k, { value: f(v), enumerable: true, writable: true, configurable: true });
  return inJavaHashOrder(out);
}
