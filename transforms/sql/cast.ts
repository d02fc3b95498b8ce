import { type DataType, Types, decimalType, typeToString } from '../../core/types/data-type';
import { Decimal } from '../../core/types/decimal';
import { LocalDate, LocalDateTime, LocalTime } from '../../core/types/temporal';
import type { CastTarget } from './ast';
import { javaString } from './java-text';
import { SqlRuntimeError, SqlTypeError } from './sql-error';
import { isIntegral, isNumeric } from './sql-function';
import { doubleToInt, isNumberValue, toDecimal, toDouble } from './values';
import { localDateTimeAt, now } from './zone';

/**
 * SQL CAST. Follows SeaTunnel where it defines a conversion (numbers from their text, DECIMAL rounded with
 * CEILING as SeaTunnel does, DATE from an int like 20230625, TIME from 235109, TIMESTAMP from epoch millis in
 * the process time zone, BYTES as UTF-8) and adds the obvious ones it lacks (BOOLEAN, SMALLINT, fractional
 * numbers to integers by truncation, date/time text in ISO form). A conversion that can never work is a type
 * error at create time; a value that does not convert (cast('abc' as int)) fails the job.
 */

const NAMES: Record<string, DataType> = {
  STRING: Types.STRING, VARCHAR: Types.STRING, CHAR: Types.STRING, TEXT: Types.STRING,
  INT: Types.INT, INTEGER: Types.INT, BIGINT: Types.BIGINT, LONG: Types.BIGINT,
  BYTE: Types.TINYINT, TINYINT: Types.TINYINT, SMALLINT: Types.SMALLINT, SHORT: Types.SMALLINT,
  FLOAT: Types.FLOAT, REAL: Types.FLOAT, DOUBLE: Types.DOUBLE,
  TIMESTAMP: Types.TIMESTAMP, DATETIME: Types.TIMESTAMP, DATE: Types.DATE, TIME: Types.TIME,
  BYTES: Types.BYTES, BINARY: Types.BYTES, VARBINARY: Types.BYTES, BOOLEAN: Types.BOOLEAN, BOOL: Types.BOOLEAN,
};

/** The type a CAST target names (`DECIMAL(10, 2)`, `VARCHAR(20)`, `LONG`). */
export function castTargetType(t: CastTarget): DataType {
  if (t.name === 'DECIMAL' || t.name === 'NUMERIC') {
    if (t.args.length === 0) throw new SqlTypeError('Decimal type should assign precision and scale information', t.pos);
    const [p, s = 0] = t.args;
    if (p < 1 || p > 38 || s < 0 || s > p) throw new SqlTypeError(`invalid DECIMAL(${p}, ${s}): precision must be 1..38 and scale 0..precision`, t.pos);
    return decimalType(p, s);
  }
  const type = NAMES[t.name];
  if (!type) throw new SqlTypeError(`Unsupported CAST AS type: ${t.raw}`, t.pos);
  return type;
}

type Converter = (v: unknown) => unknown;

const fail = (v: unknown, from: DataType, to: DataType, why?: string): never => {
  throw new SqlRuntimeError(`Cannot cast ${typeof v === 'string' ? `'${v}'` : javaString(v, from)} to ${typeToString(to)}${why ? `: ${why}` : ''}`);
};

const RANGES: Record<string, [bigint, bigint]> = {
  TINYINT: [-128n, 127n], SMALLINT: [-32768n, 32767n], INT: [-2147483648n, 2147483647n],
  BIGINT: [-(2n ** 63n), 2n ** 63n - 1n],
};

/**
 * A converter from values of `from` to `to`, built once; throws SqlTypeError when no value of `from` can
 * become a `to`. Converters receive non-null values.
 */
export function castFunction(from: DataType, to: DataType): Converter {
  if (from.kind === 'NULL') return () => null;
  const bad = (): never => {
    throw new SqlTypeError(`Unsupported CAST from ${typeToString(from)} to ${typeToString(to)}`);
  };
  switch (to.kind) {
    case 'STRING': return (v) => javaString(v, from);
    case 'BYTES':
      if (from.kind === 'BYTES') return (v) => v;
      return (v) => new Uint8Array(Buffer.from(javaString(v, from), 'utf8'));
    case 'BOOLEAN':
      if (from.kind === 'BOOLEAN') return (v) => v;
      if (isNumeric(from)) return (v) => toDouble(v as number) !== 0;
      if (from.kind !== 'STRING') return bad();
      return (v) => {
        const t = (v as string).trim().toLowerCase();
        return t === 'true' ? true : t === 'false' ? false : fail(v, from, to);
      };
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'BIGINT': {
      const [lo, hi] = RANGES[to.kind];
      const out = to.kind === 'BIGINT' ? (n: bigint) => n : (n: bigint) => Number(n);
      const check = (v: unknown, n: bigint) => (n < lo || n > hi ? fail(v, from, to, 'numeric value out of range') : out(n));
      if (isIntegral(from)) return (v) => check(v, BigInt(v as number | bigint));
      if (from.kind === 'FLOAT' || from.kind === 'DOUBLE') {
        return (v) => (Number.isFinite(v) ? check(v, BigInt(Math.trunc(v as number))) : fail(v, from, to));
      }
      if (from.kind === 'DECIMAL') return (v) => check(v, (v as Decimal).round(0, 'DOWN').unscaled);
      if (from.kind === 'BOOLEAN') return (v) => out(v ? 1n : 0n);
      if (from.kind !== 'STRING') return bad();
      return (v) => (/^[+-]?\d+$/.test(v as string) ? check(v, BigInt(v as string)) : fail(v, from, to, `For input string: "${v}"`));
    }
    case 'FLOAT':
    case 'DOUBLE': {
      const out = to.kind === 'FLOAT' ? Math.fround : (n: number) => n;
      if (isNumeric(from)) return (v) => out(toDouble(v as number));
      if (from.kind === 'BOOLEAN') return (v) => (v ? 1 : 0);
      if (from.kind !== 'STRING') return bad();
      return (v) => out(parseJavaDouble(v as string) ?? fail(v, from, to, `For input string: "${v}"`));
    }
    case 'DECIMAL': {
      const fit = (v: unknown, d: Decimal): Decimal => {
        const r = d.round(to.scale, 'CEILING');
        return r.precision - r.scale > to.precision - to.scale ? fail(v, from, to, 'numeric value out of range') : r;
      };
      if (isNumeric(from)) return (v) => (isNumberValue(v) && (typeof v !== 'number' || Number.isFinite(v)) ? fit(v, toDecimal(v)) : fail(v, from, to));
      if (from.kind !== 'STRING') return bad();
      return (v) => {
        let d: Decimal;
        try {
          d = Decimal.parse(v as string);
        } catch {
          return fail(v, from, to, `Character array is not a valid decimal number`);
        }
        return fit(v, d);
      };
    }
    case 'DATE':
      if (from.kind === 'DATE') return (v) => v;
      if (from.kind === 'TIMESTAMP') return (v) => (v as LocalDateTime).date;
      if (isIntegral(from)) return (v) => intToDate(v, from, to);
      if (from.kind === 'STRING') return (v) => parseDateTimeText(v as string)?.date ?? fail(v, from, to);
      return bad();
    case 'TIME':
      if (from.kind === 'TIME') return (v) => v;
      if (from.kind === 'TIMESTAMP') return (v) => (v as LocalDateTime).time;
      if (from.kind === 'DATE') return () => LocalTime.MIDNIGHT;
      if (isIntegral(from)) return (v) => intToTime(v, from, to);
      if (from.kind === 'STRING') return (v) => parseTimeText(v as string) ?? fail(v, from, to);
      return bad();
    case 'TIMESTAMP':
      if (from.kind === 'TIMESTAMP') return (v) => v;
      if (from.kind === 'DATE') return (v) => new LocalDateTime(v as LocalDate, LocalTime.MIDNIGHT);
      if (from.kind === 'TIME') return (v) => new LocalDateTime(now().date, v as LocalTime);
      if (isIntegral(from)) return (v) => localDateTimeAt(Number(v));
      if (from.kind === 'STRING') {
        return (v) => {
          const p = parseDateTimeText(v as string);
          return p ? new LocalDateTime(p.date, p.time ?? LocalTime.MIDNIGHT) : fail(v, from, to);
        };
      }
      return bad();
    default:
      if (to.kind === from.kind) return (v) => v;
      return bad();
  }
}

function intToDate(v: unknown, from: DataType, to: DataType): LocalDate {
  const n = doubleToInt(Number(v));
  try {
    return new LocalDate(Math.trunc(n / 10000), Math.trunc(n / 100) % 100, n % 100);
  } catch (e) {
    return fail(v, from, to, (e as Error).message);
  }
}

function intToTime(v: unknown, from: DataType, to: DataType): LocalTime {
  const n = doubleToInt(Number(v));
  try {
    return new LocalTime(Math.trunc(n / 10000), Math.trunc(n / 100) % 100, n % 100);
  } catch (e) {
    return fail(v, from, to, (e as Error).message);
  }
}

/** Double.parseDouble: surrounding blanks allowed, `NaN`, `Infinity`, exponents and a d/f suffix. */
export function parseJavaDouble(text: string): number | undefined {
  const t = text.trim();
  const m = /^([+-]?)(NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[dDfF]?$/.exec(t);
  if (!m) return undefined;
  const n = Number(m[2]);
  return m[1] === '-' ? -n : n;
}

const DATE_TEXT = /^(-?\d{4,})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](.+))?$/;

/** `yyyy-MM-dd`, optionally followed by `T` or a blank and a time. */
function parseDateTimeText(text: string): { date: LocalDate; time?: LocalTime } | undefined {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return undefined;
  try {
    const date = new LocalDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (m[4] === undefined) return { date };
    const time = parseTimeText(m[4]);
    return time ? { date, time } : undefined;
  } catch {
    return undefined;
  }
}

/** `HH:mm[:ss[.fffffffff]]`. */
export function parseTimeText(text: string): LocalTime | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/.exec(text.trim());
  if (!m) return undefined;
  try {
    return new LocalTime(Number(m[1]), Number(m[2]), Number(m[3] ?? 0), Number((m[4] ?? '').padEnd(9, '0')));
  } catch {
    return undefined;
  }
}
