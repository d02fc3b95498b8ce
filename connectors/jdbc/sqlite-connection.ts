import Database from 'better-sqlite3';
import { type DataType, Types, decimalType } from '../../core/types/data-type';
import { Decimal } from '../../core/types/decimal';
import { parseDateText, parseTimeText, parseTimestampText } from '../../core/types/parse-temporal-text';
import { RowKind, SeaTunnelRow } from '../../core/types/row';
import { LocalDateTime } from '../../core/types/temporal';
import { type ConnectOptions, type JdbcConnection, type ResultColumn, bareQuery, readFields } from './jdbc-connection';
import type { JdbcTarget } from './jdbc-url';

/**
 * Opens a SQLite file with better-sqlite3 (synchronous calls, wrapped as promises for the common
 * interface). Integers are read as bigint so 64-bit values stay exact; the column type comes from the
 * declared type name as SeaTunnel's SQLite mapping does, or from the first row for expressions.
 */
export async function openSqliteConnection(target: JdbcTarget, options: ConnectOptions): Promise<JdbcConnection> {
  const db = new Database(target.dbName, { fileMustExist: options.mustExist ?? false, timeout: options.connectTimeoutMs });
  const statements = new Map<string, Database.Statement>();
  let release: (() => void) | undefined;
  const prepared = (sql: string): Database.Statement => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      if (statements.size > 64) statements.clear();
      statements.set(sql, s);
    }
    return s;
  };
  return {
    target,
    async describe(sql) {
      const stmt = db.prepare(bareQuery(sql));
      const defs = stmt.columns();
      const first = defs.some((d) => !d.type) ? (stmt.raw(true).safeIntegers(true).get() as unknown[] | undefined) : undefined;
      const notNull = new Set<string>();
      for (const t of new Set(defs.map((d) => d.table).filter((t): t is string => !!t))) {
        for (const c of db.prepare('SELECT name, "notnull" FROM pragma_table_info(?)').all(t) as { name: string; notnull: number }[]) {
          if (c.notnull) notNull.add(`${t}.${c.name}`);
        }
      }
      return defs.map((d, i) => ({
        ...sqliteColumnType(d.type, first?.[i]),
        name: d.name,
        nullable: !(d.table && d.column && notNull.has(`${d.table}.${d.column}`)),
        origin: d.table ? { database: d.database ?? undefined, table: d.table } : undefined,
      }));
    },
    async query(sql, params = []) {
      const stmt = prepared(sql);
      return stmt.reader ? (stmt.raw(true).safeIntegers(true).all(...params) as unknown[][]) : (stmt.run(...params), []);
    },
    async *stream(sql, params, columns, fetchSize, tableId) {
      const it = db.prepare(sql).raw(true).safeIntegers(true).iterate(...params) as IterableIterator<unknown[]>;
      try {
        let batch: SeaTunnelRow[] = [];
        for (const raw of it) {
          batch.push(new SeaTunnelRow(readFields(raw, columns), RowKind.INSERT, tableId));
          if (batch.length >= fetchSize) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length) yield batch;
      } finally {
        // An unfinished iterator keeps the connection busy; returning it frees the statement.
        it.return?.();
      }
    },
    async execute(sql, params = []) {
      return prepared(sql).run(...params).changes;
    },
    async begin() {
      release = await lockFile(target.dbName);
      try {
        db.exec('BEGIN IMMEDIATE');
      } catch (e) {
        release();
        release = undefined;
        throw e;
      }
    },
    async commit() {
      try {
        db.exec('COMMIT');
      } finally {
        release?.();
        release = undefined;
      }
    },
    async rollback() {
      try {
        if (db.inTransaction) db.exec('ROLLBACK');
      } finally {
        release?.();
        release = undefined;
      }
    },
    async close() {
      statements.clear();
      if (db.inTransaction) db.exec('ROLLBACK');
      release?.();
      release = undefined;
      if (db.open) db.close();
    },
  };
}

/**
 * Write transactions on one file, in this process, one at a time. SQLite allows a single writer; its busy
 * wait blocks the thread, so two connections of this process would wait on each other forever.
 */
const fileLocks = new Map<string, Promise<void>>();

async function lockFile(path: string): Promise<() => void> {
  const previous = fileLocks.get(path) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => {
    release = resolve;
  });
  const tail = previous.then(() => mine);
  fileLocks.set(path, tail);
  await previous;
  return () => {
    release();
    if (fileLocks.get(path) === tail) fileLocks.delete(path);
  };
}

type ColumnType = Pick<ResultColumn, 'type' | 'read' | 'columnLength' | 'columnScale'>;

const toBigint = (v: unknown): bigint => (typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v))));
const toInt = (v: unknown): number => Number(v);
const toDouble = (v: unknown): number => Number(v);
const toText = (v: unknown): string => (v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : String(v));
const toBytes = (v: unknown): Uint8Array =>
  v instanceof Uint8Array ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new TextEncoder().encode(String(v));
const toBool = (v: unknown): boolean => (typeof v === 'string' ? v.toLowerCase() === 'true' || v === '1' : Number(v) !== 0);

function temporal<T>(parse: (s: string) => T | undefined, fromEpoch?: (ms: number) => T) {
  return (v: unknown): T => {
    if (typeof v !== 'string' && fromEpoch) return fromEpoch(Number(v));
    const t = parse(String(v));
    if (t === undefined) throw new RangeError('unrecognised date/time text');
    return t;
  };
}

/** The SeaTunnel type of a declared SQLite column type (`DECIMAL(10,2)`, `VARCHAR(20)`, `BIGINT`, ...). */
export function sqliteColumnType(declared: string | null, sample?: unknown): ColumnType {
  if (!declared) {
    // An expression has no declared type: take it from the first value, text when there is none.
    if (typeof sample === 'bigint') return { type: Types.BIGINT, read: toBigint };
    if (typeof sample === 'number') return { type: Types.DOUBLE, read: toDouble };
    if (sample instanceof Uint8Array) return { type: Types.BYTES, read: toBytes };
    return { type: Types.STRING, read: toText };
  }
  const m = /^\s*([A-Za-z ]+?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*$/.exec(declared);
  const name = (m?.[1] ?? declared).toUpperCase().replace(/\s+/g, ' ');
  const p = m?.[2] !== undefined ? Number(m[2]) : undefined;
  const s = m?.[3] !== undefined ? Number(m[3]) : undefined;
  const simple = (type: DataType, read: (v: unknown) => unknown): ColumnType => ({ type, read });
  switch (name) {
    case 'BOOLEAN':
    case 'BOOL': return simple(Types.BOOLEAN, toBool);
    case 'TINYINT': return simple(Types.TINYINT, toInt);
    case 'SMALLINT':
    case 'INT2': return simple(Types.SMALLINT, toInt);
    case 'INT':
    case 'INT4':
    case 'MEDIUMINT': return simple(Types.INT, toInt);
    case 'INTEGER':
    case 'BIGINT':
    case 'INT8':
    case 'UNSIGNED BIG INT': return simple(Types.BIGINT, toBigint);
    case 'FLOAT': return simple(Types.FLOAT, (v) => Math.fround(Number(v)));
    case 'REAL':
    case 'DOUBLE':
    case 'DOUBLE PRECISION': return simple(Types.DOUBLE, toDouble);
    case 'DECIMAL':
    case 'NUMERIC': {
      const precision = p ?? 38;
      const scale = s ?? (p === undefined ? 18 : 0);
      return {
        type: decimalType(precision, scale),
        read: (v) => (typeof v === 'string' ? Decimal.parse(v) : typeof v === 'bigint' ? new Decimal(v, 0) : Decimal.fromNumber(Number(v))),
        columnLength: precision,
        columnScale: scale,
      };
    }
    case 'DATE': return simple(Types.DATE, temporal(parseDateText));
    case 'TIME': return simple(Types.TIME, temporal((t) => parseTimeText(t, true)));
    case 'DATETIME':
    case 'TIMESTAMP': return simple(Types.TIMESTAMP, temporal(parseTimestampText, (ms) => LocalDateTime.ofEpochMillis(ms)));
    case 'BLOB':
    case 'BINARY':
    case 'VARBINARY': return simple(Types.BYTES, toBytes);
    default:
      return { type: Types.STRING, read: toText, columnLength: p };
  }
}
