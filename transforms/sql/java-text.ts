import type { DataType } from '../../core/types/data-type';
import { Decimal } from '../../core/types/decimal';
import { SeaTunnelRow, ROW_KIND_SHORT } from '../../core/types/row';

/**
 * Text of values as Java's toString gives it, which is what SeaTunnel's SQL functions see when they
 * concatenate, cast to STRING or match a LIKE pattern: `1.0` for a DOUBLE one, `1.0E10`, `2021-04-15T13:34:45`.
 */

/** Double.toString: shortest round-trip digits, plain for 1e-3 <= |d| < 1e7, else `d.dddE±n`. */
export function javaDoubleString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (!Number.isFinite(d)) return d > 0 ? 'Infinity' : '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const [mantissa, exp] = d.toExponential().split('e');
  return formatJavaFloating(mantissa, Number(exp));
}

/** Float.toString: the shortest digits that read back as the same 32-bit float. */
export function javaFloatString(f: number): string {
  if (Number.isNaN(f) || !Number.isFinite(f) || f === 0) return javaDoubleString(f);
  const target = Math.fround(f);
  for (let p = 1; p <= 9; p++) {
    const text = target.toExponential(p - 1);
    if (Math.fround(Number(text)) === target) {
      const [mantissa, exp] = text.split('e');
      return formatJavaFloating(mantissa.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''), Number(exp));
    }
  }
  return javaDoubleString(target);
}

function formatJavaFloating(mantissa: string, exp: number): string {
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exp >= -3 && exp < 7) {
    if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1) || '0';
    return `${sign}${int}.${frac}`;
  }
  return `${sign}${digits[0]}.${digits.slice(1) || '0'}E${exp}`;
}

/** BigDecimal.toString: plain, or scientific when the adjusted exponent is below -6. */
export function javaDecimalString(d: Decimal): string {
  const adjusted = d.precision - 1 - d.scale;
  if (d.scale <= 0 || adjusted >= -6) return d.toString();
  const negative = d.unscaled < 0n;
  const digits = (negative ? -d.unscaled : d.unscaled).toString();
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${negative ? '-' : ''}${mantissa}E${adjusted}`;
}

/** Java's toString of a value of static type `type` (null → "null"). */
export function javaString(value: unknown, type?: DataType): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string': return value;
    case 'boolean':
    case 'bigint': return String(value);
    case 'number':
      if (type?.kind === 'FLOAT') return javaFloatString(value);
      if (type?.kind === 'DOUBLE' || (type === undefined && !Number.isInteger(value))) return javaDoubleString(value);
      return String(value);
  }
  if (value instanceof Decimal) return javaDecimalString(value);
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8');
  if (Array.isArray(value)) {
    const element = type?.kind === 'ARRAY' ? type.element : undefined;
    return `[${value.map((v) => javaString(v, element)).join(', ')}]`;
  }
  if (value instanceof Map) {
    const k = type?.kind === 'MAP' ? type.key : undefined;
    const v = type?.kind === 'MAP' ? type.value : undefined;
    return `{${[...value].map(([a, b]) => `${javaString(a, k)}=${javaString(b, v)}`).join(', ')}}`;
  }
  if (value instanceof SeaTunnelRow) {
    const types = type?.kind === 'ROW' ? type.types : [];
    const fields = value.fields.map((f, i) => javaString(f, types[i])).join(', ');
    return `SeaTunnelRow{tableId=${value.tableId}, kind=${ROW_KIND_SHORT[value.kind]}, fields=[${fields}]}`;
  }
  return String(value);
}

/** The Java class SeaTunnel's error messages name for a value (`Filed types not matched, left is: LocalDate ...`). */
export function javaClassName(value: unknown, type?: DataType): string {
  switch (type?.kind) {
    case 'TINYINT': return 'Byte';
    case 'SMALLINT': return 'Short';
    case 'INT': return 'Integer';
    case 'BIGINT': return 'Long';
    case 'FLOAT': return 'Float';
    case 'DOUBLE': return 'Double';
    case 'DECIMAL': return 'BigDecimal';
  }
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Double';
  if (typeof value === 'bigint') return 'Long';
  if (value instanceof Uint8Array) return 'byte[]';
  if (value instanceof Map) return 'HashMap';
  if (Array.isArray(value)) return 'Object[]';
  return (value as object)?.constructor?.name ?? typeof value;
}
