import { ErrorCodes, SeatideError } from '../errors';
import { Options } from '../options/option';
import { type ConfigObject, ReadonlyConfig, isConfigObject, ownerName } from '../options/readonly-config';
import type { DataType } from '../types/data-type';
import { parseDataType } from '../types/parse-data-type';
import {
  type CatalogTable,
  type Column,
  type ConstraintKey,
  type ConstraintType,
  type PrimaryKey,
  TablePath,
  type TableSchema,
  catalogTable,
  column,
  tableSchema,
} from './catalog-table';

/** The `schema` option of sources that take their table from config (FakeSource, file sources, ...). */
export const SCHEMA = Options.key('schema').objectType<ConfigObject>().describe(
  'Table schema: `fields { name = type }` or `columns = [{ name, type, nullable, columnLength, columnScale, defaultValue, comment }]`, plus `table`, `schema_first`, `comment`, `primaryKey`, `constraintKeys`',
);

const TABLE = Options.key('table').stringType().describe('Full table name: db.table, db.schema.table or table');
const SCHEMA_FIRST = Options.key('schema_first').booleanType().defaultTo(false).describe('Read a two-part table name as schema.table');
const COMMENT = Options.key('comment').stringType().describe('Table comment');
const COLUMNS = Options.key('columns').objectListType<ConfigObject>().describe('Columns');
const PRIMARY_KEY = Options.key('primaryKey').objectType<ConfigObject>().describe('Primary key { name, columnNames }');
const CONSTRAINT_KEYS = Options.key('constraintKeys').objectListType<ConfigObject>().describe('Constraint keys');

const COLUMN_NAME = Options.key('name').stringType();
const COLUMN_TYPE = Options.key('type').anyType<string | ConfigObject>();
const COLUMN_LENGTH = Options.key('columnLength').intType().defaultTo(0);
const COLUMN_SCALE = Options.key('columnScale').intType();
const NULLABLE = Options.key('nullable').booleanType().defaultTo(true);
const DEFAULT_VALUE = Options.key('defaultValue').anyType();
const COLUMN_COMMENT = Options.key('comment').stringType();
const PK_NAME = Options.key('name').stringType();
const PK_COLUMNS = Options.key('columnNames').listType();
const CK_NAME = Options.key('constraintName').stringType();
const CK_TYPE = Options.key('constraintType').enumType<ConstraintType>('INDEX_KEY', 'UNIQUE_KEY', 'FOREIGN_KEY', 'KEY');
const CK_COLUMNS = Options.key('constraintColumns').objectListType<ConfigObject>();
const CK_COLUMN_NAME = Options.key('columnName').stringType();
const CK_SORT = Options.key('sortType').enumType('ASC', 'DESC').defaultTo('ASC');

/**
 * Builds the table a config-schema source produces (SeaTunnel's CatalogTableUtil.buildWithConfig). The
 * `schema` option holds either `fields` (name → type, nested objects are rows) or `columns`, never both.
 * Table path: `schema.table` (with `schema_first`), else `fallbackName` (the source's output table name),
 * else the config's own `plugin_output`/`result_table_name`, else `default.default.default`.
 * Throws API-02 with SeaTunnel's messages, prefixed by the config's owner.
 */
export function catalogTableFromConfig(config: ReadonlyConfig | ConfigObject, fallbackName?: string, catalogName = 'default'): CatalogTable {
  const root = config instanceof ReadonlyConfig ? config : new ReadonlyConfig(config);
  const fail = (text: string, cause?: unknown): never => {
    throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `${ownerName(root.owner)}: ${text}`, {
      cause,
      details: { plugin: root.owner.identifier, kind: root.owner.kind, option: 'schema' },
    });
  };
  if (!root.has(SCHEMA)) fail('Schema config need option [schema], please correct your config first');
  const schemaConfig = new ReadonlyConfig(root.get(SCHEMA) ?? {}, root.owner);
  const schema = parseSchema(root, schemaConfig, fail);

  const table = schemaConfig.get(TABLE);
  let path = TablePath.DEFAULT;
  try {
    if (table) path = TablePath.parse(table, schemaConfig.get(SCHEMA_FIRST));
    else {
      const name = fallbackName ?? textOf(root.lookup('plugin_output')) ?? textOf(root.lookup('result_table_name'));
      if (name) path = TablePath.parse(name);
    }
  } catch (e) {
    fail((e as Error).message, e);
  }
  const comment = schemaConfig.get(COMMENT) ?? root.get(COMMENT);
  return catalogTable(path, schema, { catalogName, comment });
}

/** The columns and keys of a `schema` option; `root` is the plugin config (for `schema.fields`). */
function parseSchema(root: ReadonlyConfig, schemaConfig: ReadonlyConfig, fail: (text: string, cause?: unknown) => never): TableSchema {
  const fields = root.lookup('schema.fields');
  const hasColumns = schemaConfig.has(COLUMNS);
  if (fields !== undefined && hasColumns) fail('Schema config can\'t contains both [fields] and [columns], please correct your config first');
  let columns: Column[] = [];
  if (fields !== undefined) {
    if (!isConfigObject(fields)) fail(`schema.fields must be an object of field name -> type, got ${JSON.stringify(fields)}`);
    columns = Object.entries(fields as ConfigObject).map(([name, type]) => column(name, typeOf(type, name)));
  }
  if (hasColumns) {
    columns = (schemaConfig.get(COLUMNS) ?? []).map((entry) => {
      const c = new ReadonlyConfig(entry, root.owner);
      const name = c.get(COLUMN_NAME);
      if (name === undefined) return fail('schema.columns.* config need option [name], please correct your config first');
      const type = c.get(COLUMN_TYPE);
      if (type === undefined || type === null) return fail('schema.columns.* config need option [type], please correct your config first');
      return column(name, typeOf(type, name), {
        nullable: c.get(NULLABLE),
        columnLength: c.get(COLUMN_LENGTH),
        columnScale: c.get(COLUMN_SCALE),
        defaultValue: c.get(DEFAULT_VALUE) ?? undefined,
        comment: c.get(COLUMN_COMMENT),
      });
    });
  }
  let primaryKey: PrimaryKey | undefined;
  if (schemaConfig.has(PRIMARY_KEY)) {
    const pk = new ReadonlyConfig(schemaConfig.get(PRIMARY_KEY) ?? {}, root.owner);
    const name = pk.get(PK_NAME) ?? fail('Schema config need option [primaryKey.name], please correct your config first');
    const columnNames = pk.get(PK_COLUMNS) ?? fail('Schema config need option [primaryKey.columnNames], please correct your config first');
    primaryKey = Object.freeze({ name, columnNames: Object.freeze([...columnNames]) });
  }
  const constraintKeys: ConstraintKey[] = (schemaConfig.get(CONSTRAINT_KEYS) ?? []).map((entry) => {
    const ck = new ReadonlyConfig(entry, root.owner);
    const constraintName = ck.get(CK_NAME) ?? fail('schema.constraintKeys.* config need option [constraintName], please correct your config first');
    const constraintType = ck.get(CK_TYPE) ?? fail('schema.constraintKeys.* config need option [constraintType], please correct your config first');
    const cols = ck.get(CK_COLUMNS) ?? fail('schema.constraintKeys.* config need option [columns], please correct your config first');
    return Object.freeze({
      constraintName,
      constraintType,
      columns: Object.freeze(
        cols.map((entry) => {
          const cc = new ReadonlyConfig(entry, root.owner);
          const columnName = cc.get(CK_COLUMN_NAME) ?? fail('schema.constraintKeys.constraintColumns.* config need option [columnName], please correct your config first');
          return Object.freeze({ columnName, sortType: cc.get(CK_SORT) });
        }),
      ),
    });
  });
  return tableSchema(columns, primaryKey, constraintKeys);
}

/** A column type from its config value: a type string, or an object (a row type). */
function typeOf(value: unknown, name: string): DataType {
  if (typeof value === 'string' || isConfigObject(value)) return parseDataType(value, name);
  // Anything else is no type; its JSON text makes the error show what was written (`[int]`, `1`).
  return parseDataType(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)) ?? String(value), name);
}

const textOf = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
