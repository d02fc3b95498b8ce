import fs from 'node:fs';
import path from 'node:path';
import { type CatalogTable, TablePath, catalogTable, column, tableSchema } from '../../core/catalog/catalog-table';
import { loadConfigFile } from '../../core/config/load-config';
import { type PluginConfig, toJobConfig } from '../../core/job/job-config';
import { silentLogger } from '../../core/logging/logger';
import { type ConfigObject, ReadonlyConfig, isConfigObject } from '../../core/options/readonly-config';
import type { Transform, TransformFactory } from '../../core/plugin/contracts';
import { convertValue } from '../../core/types/convert-value';
import type { DataType } from '../../core/types/data-type';
import { parseDataType } from '../../core/types/parse-data-type';
import { SeaTunnelRow } from '../../core/types/row';
import { valuesEqual } from '../../core/types/values-equal';
import { createSource, readAll } from '../support/connector-harness';

/**
 * Drives transform factories as the engine does (validate options, create with the input table, map rows)
 * and reads SeaTunnel's e2e configs from the shared conformance corpus, so tests use their sources and
 * their Assert expectations as test data.
 */

export const CONFIG_DIR = path.resolve(__dirname, '../../../shared/conformance/seatunnel-e2e/configs');

/** A table from `[name, type text]` pairs. */
export function table(columns: readonly (readonly [string, string])[], name = 'fake'): CatalogTable {
  return catalogTable(TablePath.parse(name), tableSchema(columns.map(([n, t]) => column(n, parseDataType(t, n)))));
}

/** Validates `raw` against the factory's option rule and creates the transform for `input`. */
export function createTransform(factory: TransformFactory, raw: ConfigObject, input: CatalogTable): Transform {
  const options = new ReadonlyConfig(raw, { kind: 'transform', identifier: factory.identifier });
  factory.optionRule.validate(options);
  const job = { jobId: 'test', jobName: 'test', jobMode: 'BATCH' as const, env: new ReadonlyConfig({}) };
  return factory.create({ options, logger: silentLogger, job, pluginName: factory.identifier, inputTable: input });
}

/** Maps rows one by one (or by batch), dropping nulls. */
export function run(t: Transform, rows: readonly SeaTunnelRow[]): SeaTunnelRow[] {
  if (t.mapBatch) return t.mapBatch([...rows]);
  return rows.map((r) => t.map!(r)).filter((r): r is SeaTunnelRow => r !== null);
}

/** A row of `input`'s types from literals (numbers, strings, lists...), converted as FakeSource does. */
export function row(input: CatalogTable, values: readonly unknown[], kind = 0, tableId = input.tablePath.fullName): SeaTunnelRow {
  return new SeaTunnelRow(values.map((v, i) => convertValue(v, input.schema.columns[i].type, input.schema.columns[i].name)), kind, tableId);
}

/** The error a function throws, or undefined. */
export function thrown(fn: () => unknown): Error | undefined {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  return undefined;
}

export interface FieldExpectation {
  readonly field: string;
  readonly type: DataType;
  readonly equalsTo?: unknown;
  readonly ruleTypes: readonly string[];
}

export interface E2eCase {
  readonly transforms: readonly PluginConfig[];
  readonly table: CatalogTable;
  readonly rows: readonly SeaTunnelRow[];
  readonly expectations: readonly FieldExpectation[];
  readonly rowRules: readonly { readonly type: string; readonly value: number }[];
}

/** Loads an e2e config, runs its (single) FakeSource, and collects the Assert field and row rules. */
export async function e2eCase(id: string, variables: readonly string[] = []): Promise<E2eCase> {
  const file = path.join(CONFIG_DIR, `${id}.conf`);
  if (!fs.existsSync(file)) throw new Error(`no such e2e config: ${file}`);
  const job = toJobConfig(loadConfigFile(file, { variables }), { file });
  const src = job.sources[0];
  // loaded here so that unit tests using only the helpers above do not depend on the connector
  const { fakeSource } = require('../../connectors/fake/fake-source') as typeof import('../../connectors/fake/fake-source');
  const source = await createSource(fakeSource, src.config as ConfigObject, { outputName: src.outputName });
  const rows = (await readAll(source)).flat();
  const rules = (job.sinks.find((s) => s.pluginName.toLowerCase() === 'assert')?.config.rules ?? {}) as ConfigObject;
  const expectations = ((rules.field_rules ?? []) as ConfigObject[]).map((r) => {
    const values = (r.field_value ?? []) as ConfigObject[];
    const withValue = values.find((v) => v.equals_to !== undefined);
    return {
      field: String(r.field_name),
      type: parseDataType(isConfigObject(r.field_type) ? r.field_type : String(r.field_type), String(r.field_name)),
      equalsTo: withValue?.equals_to,
      ruleTypes: values.map((v) => String(v.rule_type ?? 'EQUALS_TO')),
    };
  });
  const rowRules = ((rules.row_rules ?? []) as ConfigObject[]).map((r) => ({ type: String(r.rule_type), value: Number(r.rule_value) }));
  return { transforms: job.transforms, table: source.tables[0], rows, expectations, rowRules };
}

/** Applies the case's transforms in order with the given factories (by lower-case plugin name). */
export function applyTransforms(c: E2eCase, factories: Record<string, TransformFactory>): { table: CatalogTable; rows: SeaTunnelRow[] } {
  let current = c.table;
  let rows = [...c.rows];
  for (const t of c.transforms) {
    const factory = factories[t.pluginName.toLowerCase()];
    if (!factory) throw new Error(`no factory for ${t.pluginName}`);
    const transform = createTransform(factory, t.config as ConfigObject, current);
    rows = run(transform, rows);
    current = transform.outputTable;
  }
  return { table: current, rows };
}

/**
 * Checks every row against the Assert expectations: equals_to (converted with the rule's type, as Assert
 * does), NOT_NULL and NULL. Returns the list of mismatches (empty when all hold).
 */
export function checkExpectations(out: { table: CatalogTable; rows: readonly SeaTunnelRow[] }, expectations: readonly FieldExpectation[]): string[] {
  const problems: string[] = [];
  const names = out.table.schema.columns.map((col) => col.name);
  for (const e of expectations) {
    const i = names.indexOf(e.field);
    if (i < 0) {
      problems.push(`no output column ${e.field}`);
      continue;
    }
    for (const r of out.rows) {
      const v = r.fields[i];
      if (e.ruleTypes.includes('NOT_NULL') && (v === null || v === undefined)) problems.push(`${e.field} is null`);
      if (e.ruleTypes.includes('NULL') && v !== null && v !== undefined) problems.push(`${e.field} is ${String(v)}, not null`);
      if (e.equalsTo !== undefined && v !== null) {
        const want = convertValue(e.equalsTo, e.type, e.field);
        if (!valuesEqual(v, want, e.type)) problems.push(`${e.field}: got ${String(v)}, want ${String(want)}`);
      }
    }
  }
  return problems;
}
