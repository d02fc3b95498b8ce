import type { DataType } from '../../core/types/data-type';
import type { SeaTunnelRow } from '../../core/types/row';
import type { JdbcTarget } from './jdbc-url';

/** A column of a query result, with the reader that turns the driver's raw value into a runtime value. */
export interface ResultColumn {
  readonly name: string;
  readonly type: DataType;
  readonly nullable: boolean;
  /** Characters of a sized string column, precision of a decimal. */
  readonly columnLength?: number;
  readonly columnScale?: number;
  /** Converts a raw, non-null value of this column; throws a RangeError on a value the type cannot hold. */
  readonly read: (raw: unknown) => unknown;
  /** The table the column comes from, when the driver tells. */
  readonly origin?: { readonly database?: string; readonly schema?: string; readonly table?: string };
}

export interface ConnectOptions {
  readonly user?: string;
  readonly password?: string;
  /** Driver options from `properties` and the url parameters, by their JDBC names. */
  readonly properties: Readonly<Record<string, string>>;
  readonly connectTimeoutMs: number;
  /** A source must not create a missing SQLite file. */
  readonly mustExist?: boolean;
}

/**
 * One open connection to a database, whatever the driver. Every method may reject with the driver's own
 * error; callers wrap it with the plugin, the target and what they were doing.
 */
export interface JdbcConnection {
  readonly target: JdbcTarget;
  /** The result columns of a SELECT, without reading its rows. */
  describe(sql: string): Promise<ResultColumn[]>;
  /** A small result in full (lookups, bounds), values as the driver gives them. */
  query(sql: string, params?: readonly unknown[]): Promise<unknown[][]>;
  /**
   * A result read `fetchSize` rows at a time, as rows of `tableId`: the next chunk is fetched only when
   * the previous one was taken, so a table of any size never sits in memory.
   */
  stream(sql: string, params: readonly unknown[], columns: readonly ResultColumn[], fetchSize: number, tableId: string): AsyncIterable<SeaTunnelRow[]>;
  /** Runs a statement; resolves with the affected row count. */
  execute(sql: string, params?: readonly unknown[]): Promise<number>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  close(): Promise<void>;
}

/** Applies the column readers to one raw row; a value that does not fit names its column. */
export function readFields(raw: readonly unknown[], columns: readonly ResultColumn[]): unknown[] {
  const n = columns.length;
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    const v = raw[i];
    if (v === null || v === undefined) {
      out[i] = null;
      continue;
    }
    try {
      out[i] = columns[i].read(v);
    } catch (e) {
      throw new RangeError(`column '${columns[i].name}': cannot read ${JSON.stringify(String(v)).slice(0, 80)} as ${columns[i].type.kind}: ${(e as Error).message}`);
    }
  }
  return out;
}

/** Strips trailing semicolons so a user query can be wrapped as a subquery. */
export const bareQuery = (sql: string): string => sql.trim().replace(/[;\s]+$/, '');
