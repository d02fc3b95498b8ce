/** Row kinds with SeaTunnel's enum names, short strings and byte values (the value is the byte). */
export enum RowKind {
  INSERT = 0,
  UPDATE_BEFORE = 1,
  UPDATE_AFTER = 2,
  DELETE = 3,
}

export const ROW_KIND_SHORT: readonly string[] = Object.freeze(['+I', '-U', '+U', '-D']);
export const ROW_KIND_NAMES: readonly string[] = Object.freeze(['INSERT', 'UPDATE_BEFORE', 'UPDATE_AFTER', 'DELETE']);

/** Parses a row kind by enum name (`INSERT`) or short string (`+I`), case-insensitively; undefined when unknown. */
export function parseRowKind(text: string): RowKind | undefined {
  const t = text.trim().toUpperCase();
  const byName = ROW_KIND_NAMES.indexOf(t);
  if (byName >= 0) return byName as RowKind;
  const byShort = ROW_KIND_SHORT.indexOf(t);
  return byShort >= 0 ? (byShort as RowKind) : undefined;
}

/**
 * SeaTunnelRow: positional fields, a kind and the id of the table it belongs to (the table path, e.g.
 * `fake` or `test.table1`; routing in multi-table jobs uses it). Nested ROW values are SeaTunnelRows too.
 */
export class SeaTunnelRow {
  constructor(
    public fields: unknown[],
    public kind: RowKind = RowKind.INSERT,
    public tableId = '',
  ) {}

  get arity(): number {
    return this.fields.length;
  }

  /** A copy with the same kind and table and a shallow copy of the fields. */
  copy(fields: unknown[] = this.fields.slice()): SeaTunnelRow {
    return new SeaTunnelRow(fields, this.kind, this.tableId);
  }

  toString(): string {
    return `SeaTunnelRow{tableId=${this.tableId}, kind=${ROW_KIND_SHORT[this.kind]}, fields=[${this.fields.map(String).join(', ')}]}`;
  }
}

/** Rows travel through the engine in batches: one array per step, never one Promise or Observable per row. */
export type RowBatch = SeaTunnelRow[];
