/**
 * Numbers as Typesafe Config reads a number token (digits, `-`, `.`, `e`, `E`, `+`): with a `.` or an
 * exponent it is Double.parseDouble, otherwise Long.parseLong; a whole double becomes an integer
 * (ConfigNumber.newNumber: `1.0` is 1, `1e3` is 1000). Integers beyond 2^53 are bigints so that no digit
 * is lost. Returns undefined when Java would not parse the text (the token is then unquoted text).
 */
export function parseNumber(text: string): number | bigint | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '.' || c === 'e' || c === 'E') return javaDouble(text);
  }
  return javaLong(text);
}

const MIN_LONG = -(2n ** 63n);
const MAX_LONG = 2n ** 63n - 1n;

/** Long.parseLong: digits with an optional minus, within 64 bits. Small values become numbers. */
function javaLong(s: string): number | bigint | undefined {
  let i = s[0] === '-' ? 1 : 0;
  if (i === s.length) return undefined;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  if (s.length <= 15) return Number(s) + 0; // within 2^53; "+ 0" turns "-0" into 0 as a Java long has no -0
  const big = BigInt(s);
  if (big < MIN_LONG || big > MAX_LONG) return undefined;
  return integerValue(big);
}

/**
 * Double.parseDouble for the characters a number token can hold; whole values become integers as in
 * Typesafe's ConfigNumber.newNumber (`1.0` is the int 1, `1e3` the int 1000).
 */
function javaDouble(s: string): number | bigint | undefined {
  let i = s[0] === '-' ? 1 : 0;
  let intDigits = 0;
  let fracDigits = 0;
  while (i < s.length && s[i] >= '0' && s[i] <= '9') { i++; intDigits++; }
  if (s[i] === '.') {
    i++;
    while (i < s.length && s[i] >= '0' && s[i] <= '9') { i++; fracDigits++; }
  }
  if (intDigits + fracDigits === 0) return undefined;
  if (s[i] === 'e' || s[i] === 'E') {
    i++;
    if (s[i] === '+' || s[i] === '-') i++;
    let expDigits = 0;
    while (i < s.length && s[i] >= '0' && s[i] <= '9') { i++; expDigits++; }
    if (expDigits === 0) return undefined;
  }
  if (i !== s.length) return undefined;
  const d = Number(s);
  const limit = 2 ** 63;
  if (Number.isInteger(d) && d >= -limit && d <= limit) return integerValue(d === limit ? MAX_LONG : BigInt(d));
  return d;
}

const integerValue = (big: bigint): number | bigint =>
  big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
