import { type CatalogTable, type Column, type ConstraintKey, type ConstraintType, TablePath } from '../../core/catalog/catalog-table';
import { ErrorCodes, SeatideError } from '../../core/errors';
import { type ConfigObject, isConfigObject } from '../../core/options/readonly-config';
import { type DataType, sameType, typeToString } from '../../core/types/data-type';
import { parseDataType } from '../../core/types/parse-data-type';

/** A column as `column_rule` describes it; unset length, default and comment are not compared. */
export interface ColumnRule {
  readonly name: string;
  readonly type: DataType;
  readonly nullable: boolean;
  readonly columnLength?: number;
  readonly defaultValue?: unknown;
  readonly comment?: string;
}

/** `catalog_table_rule`: what the sink's input table must look like, checked before any row arrives. */
export interface CatalogTableRule {
  readonly primaryKey?: { readonly name?: string; readonly columns?: readonly string[] };
  readonly constraintKeys?: readonly ConstraintKey[];
  readonly columns?: readonly ColumnRule[];
  readonly tableIdentifier?: { readonly catalogName: string; readonly tablePath: TablePath };
}

type Fail = (where: string, text: string) => never;

const CONSTRAINT_TYPES: readonly ConstraintType[] = ['INDEX_KEY', 'UNIQUE_KEY', 'FOREIGN_KEY', 'KEY'];

export function parseCatalogTableRule(obj: ConfigObject, fail: Fail): CatalogTableRule {
  const str = (o: ConfigObject, key: string, where: string): string => {
    const v = o[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : fail(where, `needs '${key}'`);
  };
  const objects = (v: unknown, where: string): ConfigObject[] =>
    Array.isArray(v) ? v.map((e, i) => (isConfigObject(e) ? e : fail(`${where}[${i}]`, 'must be an object'))) : fail(where, 'must be a list');

  let primaryKey: CatalogTableRule['primaryKey'];
  if (obj.primary_key_rule !== undefined) {
    const pk = obj.primary_key_rule;
    if (!isConfigObject(pk)) return fail('.primary_key_rule', 'must be an object');
    const cols = pk.primary_key_columns;
    primaryKey = {
      name: pk.primary_key_name === undefined ? undefined : String(pk.primary_key_name),
      columns: Array.isArray(cols) ? cols.map(String) : undefined,
    };
  }
  const constraintKeys = obj.constraint_key_rule === undefined
    ? undefined
    : objects(obj.constraint_key_rule, '.constraint_key_rule').map((ck, i): ConstraintKey => {
        const where = `.constraint_key_rule[${i}]`;
        const type = str(ck, 'constraint_key_type', where).toUpperCase() as ConstraintType;
        if (!CONSTRAINT_TYPES.includes(type)) fail(`${where}.constraint_key_type`, `must be one of ${CONSTRAINT_TYPES.join(', ')}`);
        return {
          constraintName: str(ck, 'constraint_key_name', where),
          constraintType: type,
          columns: objects(ck.constraint_key_columns, `${where}.constraint_key_columns`).map((c, j) => ({
            columnName: str(c, 'constraint_key_column_name', `${where}.constraint_key_columns[${j}]`),
            sortType: String(c.constraint_key_sort_type ?? 'ASC').toUpperCase() === 'DESC' ? 'DESC' : 'ASC',
          })),
        };
      });
  const columns = obj.column_rule === undefined
    ? undefined
    : objects(obj.column_rule, '.column_rule').map((c, i): ColumnRule => {
        const where = `.column_rule[${i}]`;
        const name = str(c, 'name', where);
        const type = c.type;
        if (typeof type !== 'string' && !isConfigObject(type)) return fail(where, "needs 'type'");
        return {
          name,
          type: parseDataType(type, name),
          nullable: c.nullable === undefined ? true : String(c.nullable).toLowerCase() === 'true',
          columnLength: c.column_length === undefined ? undefined : Number(c.column_length),
          defaultValue: c.default_value ?? undefined,
          comment: c.comment === undefined ? undefined : String(c.comment),
        };
      });
  let tableIdentifier: CatalogTableRule['tableIdentifier'];
  if (obj.table_identifier_rule !== undefined) {
    const ti = obj.table_identifier_rule;
    if (!isConfigObject(ti)) return fail('.table_identifier_rule', 'must be an object');
    const table = str(ti, 'table', '.table_identifier_rule');
    let tablePath: TablePath;
    try {
      tablePath = TablePath.parse(table);
    } catch (e) {
      return fail('.table_identifier_rule.table', (e as Error).message);
    }
    tableIdentifier = { catalogName: str(ti, 'catalog_name', '.table_identifier_rule'), tablePath };
  }
  return { primaryKey, constraintKeys, columns, tableIdentifier };
}

/** Checks `table` against the rule; throws ASSERT-03 with SeaTunnel's message on the first mismatch. */
export function checkCatalogTableRule(rule: CatalogTableRule, table: CatalogTable): void {
  const fail = (text: string): never => {
    throw new SeatideError(ErrorCodes.ASSERT_CATALOG, text, { details: { table: table.tablePath.toString() } });
  };
  const schema = table.schema;
  if (rule.primaryKey) {
    const pk = schema.primaryKey;
    if (!pk) fail('primaryKey is null');
    if (rule.primaryKey.name !== undefined && rule.primaryKey.name !== pk!.name) fail(`primaryKey: ${pk!.name} is not equal to ${rule.primaryKey.name}`);
    const cols = rule.primaryKey.columns;
    if (cols && cols.length > 0 && !sameMultiset(cols, pk!.columnNames, (a, b) => a === b)) {
      fail(`primaryKey columns: [${pk!.columnNames.join(', ')}] is not equal to [${cols.join(', ')}]`);
    }
  }
  if (rule.constraintKeys) {
    if (schema.constraintKeys.length === 0) fail('constraintKeys is null');
    if (rule.constraintKeys.length > 0 && !sameMultiset(rule.constraintKeys, schema.constraintKeys, sameConstraintKey)) {
      fail(`constraintKeys: [${schema.constraintKeys.map(describeKey).join(', ')}] is not equal to [${rule.constraintKeys.map(describeKey).join(', ')}]`);
    }
  }
  if (rule.columns) {
    if (schema.columns.length === 0) fail('columns is null');
    if (rule.columns.length > 0 && !sameMultiset(rule.columns, schema.columns, columnMatches)) {
      fail(`columns: [${schema.columns.map(describeColumn).join(', ')}] is not equal to [${rule.columns.map(describeColumn).join(', ')}]`);
    }
  }
  if (rule.tableIdentifier) {
    const want = rule.tableIdentifier;
    const p = table.tablePath;
    const same =
      want.catalogName === table.catalogName &&
      (want.tablePath.databaseName ?? '') === (p.databaseName ?? '') &&
      (want.tablePath.schemaName ?? '') === (p.schemaName ?? '') &&
      want.tablePath.tableName === p.tableName;
    if (!same) fail(`tableIdentifier: ${table.catalogName}.${p.fullName} is not equal to ${want.catalogName}.${want.tablePath.fullName}`);
  }
}

/** Equal as collections with multiplicity, whatever the order (CollectionUtils.isEqualCollection). */
function sameMultiset<A, B>(a: readonly A[], b: readonly B[], eq: (x: A, y: B) => boolean): boolean {
  if (a.length !== b.length) return false;
  const used = new Array<boolean>(b.length).fill(false);
  return a.every((x) => {
    const j = b.findIndex((y, k) => !used[k] && eq(x, y));
    if (j < 0) return false;
    used[j] = true;
    return true;
  });
}

function sameConstraintKey(a: ConstraintKey, b: ConstraintKey): boolean {
  return (
    a.constraintName === b.constraintName &&
    a.constraintType === b.constraintType &&
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => c.columnName === b.columns[i].columnName && c.sortType === b.columns[i].sortType)
  );
}

function columnMatches(rule: ColumnRule, c: Column): boolean {
  return (
    rule.name === c.name &&
    sameType(rule.type, c.type) &&
    rule.nullable === c.nullable &&
    (rule.columnLength === undefined || rule.columnLength === (c.columnLength ?? 0)) &&
    (rule.defaultValue === undefined || String(rule.defaultValue) === String(c.defaultValue)) &&
    (rule.comment === undefined || rule.comment === c.comment)
  );
}

const describeKey = (k: ConstraintKey): string =>
  `${k.constraintName} ${k.constraintType}(${k.columns.map((c) => `${c.columnName} ${c.sortType}`).join(', ')})`;
const describeColumn = (c: { name: string; type: DataType }): string => `${c.name} ${typeToString(c.type)}`;
