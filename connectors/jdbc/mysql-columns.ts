import { type DataType, Types, decimalType } from '../../core/types/data-type';
import { Decimal } from '../../core/types/decimal';
import { LocalDate, LocalDateTime, LocalTime } from '../../core/types/temporal';
import type { ResultColumn } from './jdbc-connection';

/**
 * MySQL and MariaDB result columns. mysql2 runs with bigNumberStrings, decimalNumbers off, dateStrings and
 * jsonStrings, so BIGINT, DECIMAL, dates and JSON arrive as the server's text and keep every digit. Types
 * follow SeaTunnel's MySqlTypeConverter: TINYINT(1) and BIT(1) → BOOLEAN, unsigned integers widen (BIGINT
 * UNSIGNED → DECIMAL(20,0)), DATETIME/TIMESTAMP → TIMESTAMP, binary strings and blobs → BYTES.
 */

/** The metadata mysql2 gives for a result column (FieldPacket) that the mapping needs. */
export interface MysqlField {
  readonly name: string;
  readonly columnType?: number;
  readonly type?: number;
  readonly flags: number | string[];
  readonly decimals: number;
  readonly columnLength?: number;
  readonly characterSet?: number;
  readonly schema?: string;
  readonly db?: string;
  readonly orgTable?: string;
}

const FLAG_NOT_NULL = 1;
const FLAG_UNSIGNED = 32;
const BINARY_CHARSET = 63;
/** Result metadata counts characters of the connection charset (utf8mb4) in bytes. */
const BYTES_PER_CHAR = 4;

const T = {
  DECIMAL: 0, TINY: 1, SHORT: 2, LONG: 3, FLOAT: 4, DOUBLE: 5, NULL: 6, TIMESTAMP: 7, LONGLONG: 8, INT24: 9, DATE: 10,
  TIME: 11, DATETIME: 12, YEAR: 13, NEWDATE: 14, VARCHAR: 15, BIT: 16, JSON: 245, NEWDECIMAL: 246, ENUM: 247, SET: 248,
  TINY_BLOB: 249, MEDIUM_BLOB: 250, LONG_BLOB: 251, BLOB: 252, VAR_STRING: 253, STRING: 254, GEOMETRY: 255,
} as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /^(\d{2,3}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;
const nanos = (frac: string | undefined): number => (frac ? Number(frac.padEnd(9, '0')) : 0);

const toNumber = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const toBigint = (v: unknown): bigint => BigInt(v as string);
const toDecimal = (v: unknown): Decimal => Decimal.parse(String(v));
const toBool = (v: unknown): boolean => (v instanceof Uint8Array ? v.some((b) => b !== 0) : Number(v) !== 0);
const toBytes = (v: unknown): Uint8Array => (v instanceof Uint8Array ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new TextEncoder().encode(String(v)));
const toText = (v: unknown): string => (typeof v === 'string' ? v : v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : String(v));

function toDate(v: unknown): LocalDate {
  const m = DATE.exec(String(v));
  if (!m) throw new RangeError('not a date');
  return new LocalDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function toTime(v: unknown): LocalTime {
  const m = TIME.exec(String(v));
  if (!m) throw new RangeError('not a time of day');
  return new LocalTime(Number(m[1]), Number(m[2]), Number(m[3]), nanos(m[4]));
}

function toTimestamp(v: unknown): LocalDateTime {
  const s = String(v);
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/.exec(s);
  if (!m) throw new RangeError('not a timestamp');
  return LocalDateTime.of(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), nanos(m[7]));
}

/** Zero dates ('0000-00-00') exist in MySQL but in no calendar: they read as null, as Connector/J's default. */
const zeroDateAsNull = (read: (v: unknown) => unknown) => (v: unknown) => (String(v).startsWith('0000-00-00') ? null : read(v));

function flagsOf(f: MysqlField): number {
  return typeof f.flags === 'number' ? f.flags : f.flags.includes('NOT_NULL') ? FLAG_NOT_NULL : 0;
}

/** The SeaTunnel column of a mysql2 field. */
export function mysqlColumn(f: MysqlField): ResultColumn {
  const code = f.columnType ?? f.type ?? T.VAR_STRING;
  const flags = flagsOf(f);
  const unsigned = (flags & FLAG_UNSIGNED) !== 0;
  const length = f.columnLength ?? 0;
  const binary = f.characterSet === BINARY_CHARSET;
  const base = {
    name: f.name,
    nullable: (flags & FLAG_NOT_NULL) === 0,
    origin: f.orgTable ? { database: f.schema ?? f.db, table: f.orgTable } : undefined,
  };
  const col = (type: DataType, read: (v: unknown) => unknown, extra: Partial<ResultColumn> = {}): ResultColumn => ({ ...base, type, read, ...extra });
  switch (code) {
    case T.TINY:
      if (length === 1 && !unsigned) return col(Types.BOOLEAN, toBool);
      return col(unsigned ? Types.SMALLINT : Types.TINYINT, toNumber);
    case T.SHORT: return col(unsigned ? Types.INT : Types.SMALLINT, toNumber);
    case T.INT24: return col(Types.INT, toNumber);
    case T.LONG: return unsigned ? col(Types.BIGINT, toBigint) : col(Types.INT, toNumber);
    case T.LONGLONG: return unsigned ? col(decimalType(20, 0), toDecimal) : col(Types.BIGINT, toBigint);
    case T.YEAR: return col(Types.INT, toNumber);
    case T.FLOAT: return col(Types.FLOAT, (v) => Math.fround(toNumber(v)));
    case T.DOUBLE: return col(Types.DOUBLE, toNumber);
    case T.DECIMAL:
    case T.NEWDECIMAL: {
      const scale = f.decimals;
      const precision = Math.max(1, length - (scale > 0 ? 1 : 0) - (unsigned ? 0 : 1));
      return col(decimalType(precision, scale), toDecimal, { columnLength: precision, columnScale: scale });
    }
    case T.DATE:
    case T.NEWDATE: return col(Types.DATE, zeroDateAsNull(toDate));
    case T.TIME: return col(Types.TIME, toTime, { columnScale: f.decimals });
    case T.DATETIME:
    case T.TIMESTAMP: return col(Types.TIMESTAMP, zeroDateAsNull(toTimestamp), { columnScale: f.decimals });
    case T.BIT: return length === 1 ? col(Types.BOOLEAN, toBool) : col(Types.BYTES, toBytes);
    case T.GEOMETRY: return col(Types.BYTES, toBytes);
    case T.NULL: return col(Types.NULL, () => null);
    case T.TINY_BLOB:
    case T.MEDIUM_BLOB:
    case T.LONG_BLOB:
    case T.BLOB:
    case T.VAR_STRING:
    case T.VARCHAR:
    case T.STRING:
      if (binary) return col(Types.BYTES, toBytes, { columnLength: length || undefined });
      return col(Types.STRING, toText, { columnLength: length ? Math.floor(length / BYTES_PER_CHAR) : undefined });
    default:
      return col(Types.STRING, toText);
  }
}
