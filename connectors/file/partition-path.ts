/**
 * Hive-style partition directories of a path (`.../name=tyrantlucifer/hobby=coding/e2e.txt` gives
 * name → tyrantlucifer, hobby → coding), in path order, as SeaTunnel's parsePartitionsByPath: every path
 * segment holding `=` counts, split at its first `=`.
 */
export function parsePartitions(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const segment of path.split('/')) {
    const eq = segment.indexOf('=');
    if (eq < 0) continue;
    const rest = segment.slice(eq + 1);
    // Java's split("=", -1) keeps only the text up to a second '='.
    const next = rest.indexOf('=');
    out.set(segment.slice(0, eq), next < 0 ? rest : rest.slice(0, next));
  }
  return out;
}
