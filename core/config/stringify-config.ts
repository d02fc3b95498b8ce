/**
 * JSON text of a loaded config: the same as JSON.stringify(value, null, indent), except that bigints
 * (integers beyond 2^53 that SeaTunnel reads as longs) are written as their exact digits instead of throwing.
 */
export function stringifyConfig(value: unknown, indent = 2): string {
  return write(value, '', ' '.repeat(indent));
}

function write(v: unknown, pad: string, step: string): string {
  if (typeof v === 'bigint') return v.toString();
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  const inner = pad + step;
  const [open, sep, close, colon] = step ? [`\n${inner}`, `,\n${inner}`, `\n${pad}`, ': '] : ['', ',', '', ':'];
  if (Array.isArray(v)) {
    return v.length === 0 ? '[]' : `[${open}${v.map((x) => write(x, inner, step)).join(sep)}${close}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && typeof x !== 'function');
  if (entries.length === 0) return '{}';
  return `{${open}${entries.map(([k, x]) => `${JSON.stringify(k)}${colon}${write(x, inner, step)}`).join(sep)}${close}}`;
}
