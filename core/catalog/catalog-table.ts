import { type DataType, type RowType, rowType } from '../types/data-type';

/** A column of a table schema (SeaTunnel's PhysicalColumn). */
export interface Column {
  readonly name: string;
  readonly type: DataType;
  readonly nullable: boolean;
  readonly columnLength?: number;
  readonly columnScale?: number;
  readonly defaultValue?: unknown;
  readonly comment?: string;
}

export interface PrimaryKey {
  readonly name: string;
  readonly columnNames: readonly string[];
}

export type ConstraintType = 'INDEX_KEY' | 'UNIQUE_KEY' | 'FOREIGN_KEY' | 'KEY';

export interface ConstraintKey {
  readonly constraintName: string;
  readonly constraintType: ConstraintType;
  readonly columns: readonly { readonly columnName: string; readonly sortType: 'ASC' | 'DESC' }[];
}

export interface TableSchema {
  readonly columns: readonly Column[];
  readonly primaryKey?: PrimaryKey;
  readonly constraintKeys: readonly ConstraintKey[];
}

/** database.schema.table; `toString()` gives the dotted path used as a row's tableId. */
export class TablePath {
  constructor(
    readonly databaseName: string | undefined,
    readonly schemaName: string | undefined,
    readonly tableName: string,
  ) {}

  static readonly DEFAULT = new TablePath('default', 'default', 'default');

  /** `db.table`, `db.schema.table` or `table`; with `schemaFirst`, a 2-part name is `schema.table`. */
  static parse(fullName: string, schemaFirst = false): TablePath {
    const parts = fullName.split('.');
    if (parts.length === 1) return new TablePath(undefined, undefined, parts[0]);
    if (parts.length === 2) return schemaFirst ? new TablePath(undefined, parts[0], parts[1]) : new TablePath(parts[0], undefined, parts[1]);
    if (parts.length === 3) return new TablePath(parts[0], parts[1], parts[2]);
    throw new RangeError(`Cannot get split '${fullName}' to get databaseName and tableName`);
  }

  get fullName(): string {
    return [this.databaseName, this.schemaName, this.tableName].filter((p) => p !== undefined && p !== '').join('.');
  }

  toString(): string {
    return this.fullName;
  }
}

/** A table's identity and schema: what a source produces and a transform or sink receives. */
export interface CatalogTable {
  readonly catalogName: string;
  readonly tablePath: TablePath;
  readonly schema: TableSchema;
  readonly options: Readonly<Record<string, string>>;
  readonly partitionKeys: readonly string[];
  readonly comment?: string;
}

export function catalogTable(
  tablePath: TablePath,
  schema: TableSchema,
  extra: Partial<Omit<CatalogTable, 'tablePath' | 'schema'>> = {},
): CatalogTable {
  return Object.freeze({
    catalogName: extra.catalogName ?? 'default',
    tablePath,
    schema,
    options: extra.options ?? {},
    partitionKeys: extra.partitionKeys ?? [],
    comment: extra.comment,
  });
}

/** A plain nullable column. */
export const column = (name: string, type: DataType, extra: Partial<Omit<Column, 'name' | 'type'>> = {}): Column =>
  Object.freeze({ name, type, nullable: extra.nullable ?? true, ...extra });

/** A schema of columns only. */
export const tableSchema = (columns: readonly Column[], primaryKey?: PrimaryKey, constraintKeys: readonly ConstraintKey[] = []): TableSchema =>
  Object.freeze({ columns: Object.freeze([...columns]), primaryKey, constraintKeys: Object.freeze([...constraintKeys]) });

/** The row type of a table: its column names and types, in order. */
export const rowTypeOf = (table: CatalogTable): RowType =>
  rowType(table.schema.columns.map((c) => c.name), table.schema.columns.map((c) => c.type));

export const fieldNames = (table: CatalogTable): string[] => table.schema.columns.map((c) => c.name);

/**
 * A copy of `table` with new columns; the primary key and constraint keys are kept only when all their
 * columns survive (SeaTunnel's rule for transforms).
 */
export function withColumns(table: CatalogTable, columns: readonly Column[], tablePath = table.tablePath): CatalogTable {
  const names = new Set(columns.map((c) => c.name));
  const pk = table.schema.primaryKey;
  const keepPk = pk && pk.columnNames.every((n) => names.has(n)) ? pk : undefined;
  const keys = table.schema.constraintKeys.filter((k) => k.columns.every((c) => names.has(c.columnName)));
  return catalogTable(tablePath, tableSchema(columns, keepPk, keys), table);
}
