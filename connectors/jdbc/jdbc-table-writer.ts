import { ErrorCodes, SeatideError } from '../../core/errors';
import type { DataType } from '../../core/types/data-type';
import { Decimal } from '../../core/types/decimal';
import { RowKind, type SeaTunnelRow } from '../../core/types/row';
import type { JdbcConnection } from './jdbc-connection';
import type { SqlDialect } from './sql-dialect';

/** How rows of one input table are written to one sink table. */
export interface TableWritePlan {
  /** The sink table, for messages: `schema.table`. */
  readonly name: string;
  /** The table as SQL. */
  readonly tableSql: string;
  /** Sink column names, in the order of the input row's fields. */
  readonly columns: readonly string[];
  readonly types: readonly DataType[];
  /** Positions of the key columns in the row; empty without primary keys. */
  readonly keys: readonly number[];
  /** Upsert on the keys (ON CONFLICT / ON DUPLICATE KEY); false writes plain INSERTs. */
  readonly upsert: boolean;
  /** The user's own statement (`query`), placeholders already numbered; it gets every field per row. */
  readonly query?: string;
  readonly batchSize: number;
}

/**
 * Writes rows of one table with generated statements: multi-row INSERTs of up to `batch_size` rows (as many
 * as the dialect's parameter limit allows), upserts when keys are set. With keys, a batch is first reduced
 * to the last change per key (SeaTunnel's BufferReducedBatchStatementExecutor), so deletes and upserts can
 * run as two set statements in any order; UPDATE_BEFORE rows are skipped.
 */
export class TableWriter {
  private readonly writers: ((v: unknown) => unknown)[];
  private readonly insertCache = new Map<number, string>();
  private readonly deleteCache = new Map<number, string>();
  private readonly rowsPerInsert: number;
  private readonly keysPerDelete: number;

  constructor(
    private readonly d: SqlDialect,
    private readonly plan: TableWritePlan,
  ) {
    this.writers = plan.types.map((t) => d.writer(t));
    this.rowsPerInsert = Math.max(1, Math.min(plan.batchSize, Math.floor(d.maxParams / Math.max(1, plan.columns.length))));
    this.keysPerDelete = Math.max(1, Math.min(plan.batchSize, 500, Math.floor(d.maxParams / Math.max(1, plan.keys.length))));
  }

  async write(conn: JdbcConnection, rows: readonly SeaTunnelRow[]): Promise<void> {
    const { plan } = this;
    if (plan.query !== undefined) {
      for (const row of rows) if (row.kind !== RowKind.UPDATE_BEFORE) await conn.execute(plan.query, this.params(row));
      return;
    }
    if (plan.keys.length === 0) {
      const inserts: SeaTunnelRow[] = [];
      for (const row of rows) {
        if (row.kind === RowKind.INSERT || row.kind === RowKind.UPDATE_AFTER) inserts.push(row);
        else if (row.kind === RowKind.DELETE) {
          throw new SeatideError(ErrorCodes.WRITE_ROW, `Jdbc sink: table '${plan.name}' cannot apply a DELETE row without primary_keys: ${row.toString()}`, {
            details: { plugin: 'Jdbc', table: plan.name, option: 'primary_keys' },
          });
        }
      }
      await this.insert(conn, inserts);
      return;
    }
    const latest = new Map<string, SeaTunnelRow>();
    for (const row of rows) {
      if (row.kind === RowKind.UPDATE_BEFORE) continue;
      const key = this.keyOf(row);
      latest.delete(key); // keep the order of the last change
      latest.set(key, row);
    }
    const deletes: SeaTunnelRow[] = [];
    const upserts: SeaTunnelRow[] = [];
    for (const row of latest.values()) (row.kind === RowKind.DELETE ? deletes : upserts).push(row);
    await this.delete(conn, deletes);
    await this.insert(conn, upserts);
  }

  private params(row: SeaTunnelRow): unknown[] {
    const n = this.writers.length;
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const v = row.fields[i];
      out[i] = v === null || v === undefined ? null : this.writers[i](v);
    }
    return out;
  }

  private async insert(conn: JdbcConnection, rows: readonly SeaTunnelRow[]): Promise<void> {
    for (let start = 0; start < rows.length; start += this.rowsPerInsert) {
      const chunk = rows.slice(start, start + this.rowsPerInsert);
      const params: unknown[] = [];
      for (const row of chunk) {
        if (row.fields.length !== this.writers.length) {
          throw new SeatideError(ErrorCodes.WRITE_ROW, `Jdbc sink: table '${this.plan.name}' expects ${this.writers.length} fields, the row has ${row.fields.length}: ${row.toString()}`);
        }
        for (const v of this.params(row)) params.push(v);
      }
      await conn.execute(this.insertSql(chunk.length), params);
    }
  }

  private async delete(conn: JdbcConnection, rows: readonly SeaTunnelRow[]): Promise<void> {
    const keys = this.plan.keys;
    for (let start = 0; start < rows.length; start += this.keysPerDelete) {
      const chunk = rows.slice(start, start + this.keysPerDelete);
      const params: unknown[] = [];
      for (const row of chunk) for (const k of keys) params.push(this.writers[k](row.fields[k]));
      await conn.execute(this.deleteSql(chunk.length), params);
    }
  }

  private insertSql(rows: number): string {
    let sql = this.insertCache.get(rows);
    if (sql) return sql;
    const { d, plan } = this;
    const n = plan.columns.length;
    const tuples: string[] = [];
    for (let r = 0; r < rows; r++) tuples.push(`(${plan.columns.map((_, c) => d.param(r * n + c)).join(', ')})`);
    const keyNames = plan.keys.map((k) => plan.columns[k]);
    sql =
      `INSERT INTO ${plan.tableSql} (${plan.columns.map((c) => d.quote(c)).join(', ')}) VALUES ${tuples.join(', ')}` +
      (plan.upsert && keyNames.length ? d.upsertSuffix(plan.columns, keyNames) : '');
    this.insertCache.set(rows, sql);
    return sql;
  }

  private deleteSql(rows: number): string {
    let sql = this.deleteCache.get(rows);
    if (sql) return sql;
    const { d, plan } = this;
    const k = plan.keys.length;
    const terms: string[] = [];
    for (let r = 0; r < rows; r++) terms.push(`(${plan.keys.map((key, j) => `${d.quote(plan.columns[key])} = ${d.param(r * k + j)}`).join(' AND ')})`);
    sql = `DELETE FROM ${plan.tableSql} WHERE ${terms.join(' OR ')}`;
    this.deleteCache.set(rows, sql);
    return sql;
  }

  private keyOf(row: SeaTunnelRow): string {
    let key = '';
    for (const k of this.plan.keys) {
      const v = row.fields[k];
      if (v === null || v === undefined) {
        throw new SeatideError(ErrorCodes.WRITE_ROW, `Jdbc sink: table '${this.plan.name}': primary key column '${this.plan.columns[k]}' is null in ${row.toString()}`);
      }
      key += `${keyText(v)}\u0001`;
    }
    return key;
  }
}

function keyText(v: unknown): string {
  if (v instanceof Decimal) return v.stripTrailingZeros().toString();
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex');
  return String(v);
}
