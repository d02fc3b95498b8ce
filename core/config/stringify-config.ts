/**
 * JSON text of a loaded config: like JSON.stringify with indentation, but bigints (integers beyond
 * 2^53 that SeaTunnel reads as longs) are written as their exact digits instead of throwing.
 */
export function stringifyConfig(value: unknown, indent = 2): string {
  return write(value, '', ' '.repeat(indent));
}

function write(v: unknown, pad: string, step: string): string {
  if (typeof v === 'bigint') return v.toString();
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  const inner = pad + step;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => inner + write(x, inner, step)).join(',\n')}\n${pad}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && typeof x !== 'function');
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner, step)}`).join(',\n')}\n${pad}}`;
}
