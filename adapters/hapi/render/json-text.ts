import { type LosslessNumber, isLosslessNumber } from 'lossless-json';
import { javaDoubleString, javaStringOf } from '../../../shade/java-string-of';

/**
 * Compact JSON as SeaTunnel's REST bodies are written (Hazelcast's minimal-json): no spaces, keys in
 * insertion order, and its string escaping, which differs from JSON.stringify in two places: control
 * characters without a short escape become `\u00xx` (so backspace is `\u0008`, never `\b`), and U+2028/2029
 * are escaped. `/` and non-ASCII are written raw.
 *
 * Numbers keep their digits: a bigint or a lossless number (a request body parsed with lossless-json)
 * prints exactly, so 64-bit job ids never pass through a double. A lossless number prints as Java's
 * Jackson-to-typesafe round trip would (`1.0` stays `1.0`, `1e20` becomes `1.0E20`).
 */
/** Text that is already JSON (a cached rendering), written as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}

export function jsonText(value: unknown): string {
  const out: string[] = [];
  write(value, out);
  return out.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === null || value === undefined) {
    out.push('null');
  } else if (typeof value === 'string') {
    out.push(quote(value));
  } else if (typeof value === 'boolean') {
    out.push(value ? 'true' : 'false');
  } else if (typeof value === 'number') {
    out.push(numberText(value));
  } else if (typeof value === 'bigint') {
    out.push(value.toString());
  } else if (value instanceof RawJson) {
    out.push(value.text);
  } else if (isLosslessNumber(value)) {
    out.push(losslessText(value));
  } else if (Array.isArray(value)) {
    out.push('[');
    value.forEach((v, i) => {
      if (i > 0) out.push(',');
      write(v === undefined ? null : v, out);
    });
    out.push(']');
  } else if (typeof value === 'object') {
    out.push('{');
    let first = true;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      if (!first) out.push(',');
      first = false;
      out.push(quote(k), ':');
      write(v, out);
    }
    out.push('}');
  } else {
    out.push(quote(String(value)));
  }
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  return Number.isInteger(n) && Math.abs(n) < 2 ** 63 ? BigInt(n).toString() : javaDoubleString(n);
}

function losslessText(n: LosslessNumber): string {
  const rendered = javaStringOf(n);
  // Out-of-range doubles have no JSON form; keep what the client sent rather than write Infinity.
  return rendered === 'Infinity' || rendered === '-Infinity' || rendered === 'NaN' ? n.value : rendered;
}

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u2028': '\\u2028', '\u2029': '\\u2029' };

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u2028\u2029]/;

function quote(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  // eslint-disable-next-line no-control-regex
  return `"${s.replace(/["\\\u0000-\u001f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}
