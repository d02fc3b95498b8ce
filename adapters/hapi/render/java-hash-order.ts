/**
 * The order in which a java.util.HashMap<String, ?> filled by successive puts iterates its keys: by bucket
 * (the spread String.hashCode masked by the table size), then by insertion within a bucket. SeaTunnel
 * renders envOptions, metrics and per-table maps from HashMaps, so clients that compare bodies byte for byte
 * see this order. (Buckets turned into trees past 8 colliding keys are not modelled: they never occur
 * for the handful of keys these maps hold.)
 */
export function javaHashOrder(keys: readonly string[]): string[] {
  let capacity = 16;
  while (keys.length > capacity * 0.75) capacity *= 2;
  const mask = capacity - 1;
  return keys
    .map((key, index) => ({ key, index, bucket: spread(javaStringHash(key)) & mask }))
    .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
    .map((e) => e.key);
}

/** An object with the same entries as `map`, in Java HashMap iteration order. */
export function inJavaHashOrder<V>(map: Readonly<Record<string, V>>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const key of javaHashOrder(Object.keys(map))) {
    Object.defineProperty(out, key, { value: map[key], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** String.hashCode: 31*h + c over UTF-16 code units, in 32-bit arithmetic. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

const spread = (h: number) => (h ^ (h >>> 16)) >>> 0;
