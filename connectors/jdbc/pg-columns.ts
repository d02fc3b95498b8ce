import { type DataType, Types, arrayType, decimalType } from '../../core/types/data-type';
import { Decimal } from '../../core/types/decimal';
import { LocalDate, LocalDateTime, LocalTime } from '../../core/types/temporal';

/**
 * PostgreSQL result columns, read from the text protocol: every value arrives as the server prints it, so
 * numeric and int8 keep every digit and timestamps never pass through a JS Date. The type follows
 * SeaTunnel's PostgresTypeConverter: numeric(p,s) → DECIMAL(p,s) (unsized → DECIMAL(38,18)), int8 → BIGINT,
 * timestamptz → TIMESTAMP (UTC wall clock; the session runs in UTC), timetz → TIME, bytea → BYTES, arrays
 * of the simple types → ARRAY; every other type (json, uuid, interval, enums, ...) → STRING as printed.
 */
export interface PgColumnType {
  readonly type: DataType;
  readonly read: (text: string) => unknown;
  readonly columnLength?: number;
  readonly columnScale?: number;
}

const identity = (v: string): string => v;
const toInt = (v: string): number => Number(v);
const toBigint = (v: string): bigint => BigInt(v);
const toFloat = (v: string): number => Math.fround(Number(v));
const toDouble = (v: string): number => Number(v);
const toBool = (v: string): boolean => v === 't' || v === 'true';
const toDecimal = (v: string): Decimal => Decimal.parse(v);

const DATE = /^(\d{4,})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?/;
const TIMESTAMP = /^(\d{4,})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?/;

const nanos = (frac: string | undefined): number => (frac ? Number(frac.padEnd(9, '0')) : 0);

export function parsePgDate(v: string): LocalDate {
  const m = DATE.exec(v);
  if (!m) throw new RangeError(`'${v}' is not a date this runtime can hold`);
  return new LocalDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function parsePgTime(v: string): LocalTime {
  const m = TIME.exec(v);
  if (!m) throw new RangeError(`'${v}' is not a time`);
  return new LocalTime(Number(m[1]), Number(m[2]), Number(m[3]), nanos(m[4]));
}

export function parsePgTimestamp(v: string): LocalDateTime {
  const m = TIMESTAMP.exec(v);
  if (!m || v.endsWith(' BC')) throw new RangeError(`'${v}' is not a timestamp this runtime can hold`);
  return LocalDateTime.of(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), nanos(m[7]));
}

export function parseBytea(v: string): Uint8Array {
  if (v.startsWith('\\x')) return new Uint8Array(Buffer.from(v.slice(2), 'hex'));
  throw new RangeError('bytea must arrive in hex output (bytea_output = hex)');
}

/** Elements of a one-dimensional array literal (`{1,2,NULL,"a b","x\"y"}`), NULL as null. */
export function parsePgArray(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  if (text.length < 2 || text[0] !== '{') throw new RangeError(`'${text.slice(0, 40)}' is not an array literal`);
  let i = 1;
  const end = text.length - 1;
  if (i === end) return out;
  while (i <= end) {
    if (text[i] === '{') throw new RangeError('multi-dimensional arrays are not supported');
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      while (i < end && text[i] !== '"') {
        if (text[i] === '\\') i++;
        value += text[i++];
      }
      i++;
    } else {
      while (i < end && text[i] !== ',') value += text[i++];
    }
    out.push(!quoted && value === 'NULL' ? null : value);
    i++; // the comma, or the closing brace
  }
  return out;
}

const arrayOf = (element: DataType, readElement: (v: string) => unknown) => ({
  type: arrayType(element),
  read: (v: string) => parsePgArray(v).map((x) => (x === null ? null : readElement(x))),
});

/** The SeaTunnel type of a PostgreSQL column, from its type OID and type modifier. */
export function pgColumnType(oid: number, typmod: number): PgColumnType {
  switch (oid) {
    case 16: return { type: Types.BOOLEAN, read: toBool };
    case 17: return { type: Types.BYTES, read: parseBytea };
    case 20:
    case 26: return { type: Types.BIGINT, read: toBigint };
    case 21: return { type: Types.SMALLINT, read: toInt };
    case 23: return { type: Types.INT, read: toInt };
    case 700: return { type: Types.FLOAT, read: toFloat };
    case 701: return { type: Types.DOUBLE, read: toDouble };
    case 1700: {
      if (typmod < 4) return { type: decimalType(38, 18), read: toDecimal };
      const precision = ((typmod - 4) >> 16) & 0xffff;
      const scale = (typmod - 4) & 0xffff;
      return { type: decimalType(precision, scale > 1000 ? 0 : scale), read: toDecimal, columnLength: precision, columnScale: scale };
    }
    case 1082: return { type: Types.DATE, read: parsePgDate };
    case 1083:
    case 1266: return { type: Types.TIME, read: parsePgTime, columnScale: typmod >= 0 ? typmod : undefined };
    case 1114:
    case 1184: return { type: Types.TIMESTAMP, read: parsePgTimestamp, columnScale: typmod >= 0 ? typmod : undefined };
    case 1042:
    case 1043: return { type: Types.STRING, read: identity, columnLength: typmod > 4 ? typmod - 4 : undefined };
    case 1000: return arrayOf(Types.BOOLEAN, toBool);
    case 1005: return arrayOf(Types.SMALLINT, toInt);
    case 1007: return arrayOf(Types.INT, toInt);
    case 1016: return arrayOf(Types.BIGINT, toBigint);
    case 1021: return arrayOf(Types.FLOAT, toFloat);
    case 1022: return arrayOf(Types.DOUBLE, toDouble);
    case 1009:
    case 1014:
    case 1015: return arrayOf(Types.STRING, identity);
    default: return { type: Types.STRING, read: identity };
  }
}
