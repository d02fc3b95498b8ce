import { isLosslessNumber } from 'lossless-json';

/**
 * A config value as Java's `String.valueOf` prints it after SeaTunnel's JSON round trip (Jackson maps, lists,
 * Integer/Long/BigInteger, Double, Boolean). SeaTunnel encrypts `String.valueOf(value)` of non-string
 * sensitive options, so `123456` becomes "123456", `["a","b"]` "[a, b]" and `{"k":"v"}` "{k=v}".
 *
 * Numbers: a lossless number (lossless-json) keeps its source text, so `1.0` stays a Double ("1.0") and `7`
 * an Integer ("7"), exactly as Jackson decides. A plain JS number has lost that distinction; integral values
 * print as integers and the rest through {@link javaDoubleString}.
 */
export function javaStringOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return javaNumberString(value);
  if (isLosslessNumber(value)) return javaNumberText(value.value);
  if (Array.isArray(value)) return `[${value.map(javaStringOf).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}=${javaStringOf(v)}`).join(', ')}}`;
  }
  return String(value);
}

function javaNumberString(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 2 ** 63) return BigInt(n).toString();
  return javaDoubleString(n);
}

/** Jackson reads a number with a fraction or exponent as a Double, anything else as an integer type. */
function javaNumberText(text: string): string {
  if (/[.eE]/.test(text)) return javaDoubleString(Number(text));
  return BigInt(text).toString();
}

/**
 * Java's `Double.toString`: the shortest digits that round-trip; plain notation with at least one fraction
 * digit for 1e-3 <= |x| < 1e7, otherwise `d.dddE±n` (`1.0E20`, `1.0E-4`); `-0.0` for negative zero.
 */
export function javaDoubleString(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  // toExponential() without an argument yields the shortest round-trip digits, as Java 19+ does; where
  // one digit would do, Java prints two and picks the closest pair (5e-324 prints as 4.9E-324).
  let [mantissa, exp] = Math.abs(x).toExponential().split('e');
  if (!mantissa.includes('.')) [mantissa, exp] = Math.abs(x).toExponential(1).split('e');
  const digits = mantissa.replace('.', '').replace(/(?<=.)0+$/, '');
  const e = Number(exp);
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) {
    if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
    const intPart = digits.slice(0, e + 1).padEnd(e + 1, '0');
    const frac = digits.slice(e + 1) || '0';
    return `${sign}${intPart}.${frac}`;
  }
  return `${sign}${digits[0]}.${digits.slice(1) || '0'}E${e}`;
}
