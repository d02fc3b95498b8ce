import type { CatalogTable } from '../catalog/catalog-table';
import { type ConfigObject, isConfigObject } from '../options/readonly-config';

const PLACEHOLDER = /\$\{(database_name|schema_name|schema_full_name|table_name|table_full_name|primary_key|unique_key|field_names)(?::([^}]*))?\}/g;

/**
 * Fills SeaTunnel's sink placeholders (`${table_name}`, `${database_name:db}`, ...) in every string of a sink
 * block from the table it writes, before the sink factory sees its options. A placeholder whose value is
 * empty takes its default, and stays as written when it has none.
 */
export function replaceSinkPlaceholders(config: Readonly<ConfigObject>, table: CatalogTable): ConfigObject {
  const p = table.tablePath;
  const unique = table.schema.constraintKeys.filter((k) => k.constraintType === 'UNIQUE_KEY').flatMap((k) => k.columns.map((c) => c.columnName));
  const values: Record<string, string | undefined> = {
    database_name: p.databaseName,
    schema_name: p.schemaName,
    schema_full_name: [p.databaseName, p.schemaName].filter(Boolean).join('.') || undefined,
    table_name: p.tableName,
    table_full_name: p.fullName,
    primary_key: table.schema.primaryKey?.columnNames.join(','),
    unique_key: unique.length ? unique.join(',') : undefined,
    field_names: table.schema.columns.map((c) => c.name).join(','),
  };
  const fill = (s: string) => s.replace(PLACEHOLDER, (whole, name: string, dflt?: string) => values[name] || dflt?.trim() || (dflt === undefined ? whole : ''));
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.includes('${') ? fill(v) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (isConfigObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(config) as ConfigObject;
}
