import { ErrorCodes, SeatideError } from '../../core/errors';
import { type ConfigObject, isConfigObject } from '../../core/options/readonly-config';
import { type DataType, typeToString } from '../../core/types/data-type';
import { javaDoubleToString } from '../../core/types/format-value';
import { parseDataType } from '../../core/types/parse-data-type';
import { type CatalogTableRule, parseCatalogTableRule } from './assert-catalog-rule';

export const RULE_TYPES = ['NULL', 'NOT_NULL', 'MIN', 'MAX', 'MIN_LENGTH', 'MAX_LENGTH', 'MAX_ROW', 'MIN_ROW'] as const;
export type RuleType = (typeof RULE_TYPES)[number];

/** One entry of `row_rules` or `field_value`. `equalsTo` is the raw literal, converted per column type. */
export interface ValueRule {
  readonly ruleType?: RuleType;
  readonly ruleValue?: number;
  readonly equalsTo?: unknown;
}

/** One entry of `field_rules`. Without `fieldType` the type is not checked. */
export interface FieldRule {
  readonly fieldName: string;
  readonly fieldType?: DataType;
  readonly valueRules: readonly ValueRule[];
}

/** The rules of one table (or of every table, when `tables_configs` is not used). */
export interface TableRules {
  readonly rowRules?: readonly ValueRule[];
  readonly fieldRules?: readonly FieldRule[];
  readonly catalogRule?: CatalogTableRule;
}

export interface AssertRules {
  /** Rules for every input table (the `rules` block itself), absent when `tables_configs` is used. */
  readonly all?: TableRules;
  /** Rules per table path, from `tables_configs`. */
  readonly byTable?: ReadonlyMap<string, TableRules>;
  /** `table-names`: the set of row table ids the sink must see; empty when not asserted. */
  readonly tableNames: readonly string[];
}

/**
 * Parses Assert's `rules` option. Throws API-02 naming the entry at fault; a block without any rule
 * (no row_rules, field_rules, catalog_table_rule or table-names) is a configuration error, as in SeaTunnel.
 */
export function parseAssertRules(rules: ConfigObject, owner: string): AssertRules {
  const fail = (where: string, text: string): never => {
    throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `${owner}: rules${where}: ${text}`, { details: { option: 'rules' } });
  };
  let all: TableRules | undefined;
  let byTable: Map<string, TableRules> | undefined;
  const configs = rules.tables_configs;
  if (configs !== undefined && configs !== null) {
    if (!Array.isArray(configs)) fail('.tables_configs', 'must be a list of { table_path, row_rules, field_rules, catalog_table_rule }');
    byTable = new Map();
    (configs as unknown[]).forEach((entry, i) => {
      const where = `.tables_configs[${i}]`;
      if (!isConfigObject(entry)) return fail(where, 'must be an object');
      const path = entry.table_path;
      if (typeof path !== 'string' || path === '') return fail(where, "needs 'table_path'");
      byTable!.set(path, parseTableRules(entry, where, fail));
    });
  } else {
    all = parseTableRules(rules, '', fail);
  }
  const names = rules['table-names'];
  if (names !== undefined && names !== null && !Array.isArray(names)) fail('.table-names', 'must be a list of table paths');
  const tableNames = ((names as unknown[] | undefined) ?? []).map(String);
  const empty = (t?: TableRules) => !t || (!t.rowRules && !t.fieldRules && !t.catalogRule);
  if (empty(all) && (!byTable || [...byTable.values()].every((t) => empty(t))) && tableNames.length === 0) {
    throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `${owner}: Assert rule config is empty, please add rule config.`, { details: { option: 'rules' } });
  }
  return { all, byTable, tableNames };
}

type Fail = (where: string, text: string) => never;

function parseTableRules(obj: ConfigObject, where: string, fail: Fail): TableRules {
  const rowRules = obj.row_rules === undefined ? undefined : listOf(obj.row_rules, `${where}.row_rules`, fail).map((r, i) => parseValueRule(r, `${where}.row_rules[${i}]`, fail));
  const fieldRules = obj.field_rules === undefined ? undefined : listOf(obj.field_rules, `${where}.field_rules`, fail).map((r, i) => parseFieldRule(r, `${where}.field_rules[${i}]`, fail));
  const catalog = obj.catalog_table_rule;
  let catalogRule: CatalogTableRule | undefined;
  if (catalog !== undefined) {
    if (!isConfigObject(catalog)) fail(`${where}.catalog_table_rule`, 'must be an object');
    catalogRule = parseCatalogTableRule(catalog as ConfigObject, (w, text) => fail(`${where}.catalog_table_rule${w}`, text));
  }
  return { rowRules, fieldRules, catalogRule };
}

function listOf(v: unknown, where: string, fail: Fail): ConfigObject[] {
  if (!Array.isArray(v)) return fail(where, 'must be a list');
  return v.map((e, i) => (isConfigObject(e) ? e : fail(`${where}[${i}]`, 'must be an object')));
}

function parseFieldRule(obj: ConfigObject, where: string, fail: Fail): FieldRule {
  const name = obj.field_name;
  if (typeof name !== 'string' || name === '') return fail(where, "needs 'field_name'");
  const t = obj.field_type;
  // A number, boolean or list as a type is ignored, as SeaTunnel does (it only logs a warning).
  const fieldType = typeof t === 'string' || isConfigObject(t) ? parseDataType(t, name) : undefined;
  const values = obj.field_value === undefined ? [] : listOf(obj.field_value, `${where}.field_value`, fail);
  return { fieldName: name, fieldType, valueRules: values.map((v, i) => parseValueRule(v, `${where}.field_value[${i}]`, fail)) };
}

function parseValueRule(obj: ConfigObject, where: string, fail: Fail): ValueRule {
  let ruleType: RuleType | undefined;
  if (obj.rule_type !== undefined && obj.rule_type !== null) {
    const text = String(obj.rule_type).trim().toUpperCase();
    ruleType = RULE_TYPES.find((r) => r === text) ?? fail(`${where}.rule_type`, `'${String(obj.rule_type)}' is not one of ${RULE_TYPES.join(', ')}`);
  }
  let ruleValue: number | undefined;
  if (obj.rule_value !== undefined && obj.rule_value !== null) {
    ruleValue = Number(obj.rule_value);
    if (typeof obj.rule_value === 'boolean' || String(obj.rule_value).trim() === '' || Number.isNaN(ruleValue)) fail(`${where}.rule_value`, `'${String(obj.rule_value)}' is not a number`);
  }
  if (ruleType && ruleType !== 'NULL' && ruleType !== 'NOT_NULL' && ruleValue === undefined) fail(where, `rule_type ${ruleType} needs a rule_value`);
  const equalsTo = obj.equals_to === null ? undefined : obj.equals_to;
  return { ruleType, ruleValue, equalsTo };
}

/** SeaTunnel's text of a value rule: `AssertFieldRule.AssertRule(ruleType=MAX, ruleValue=100.0, equalTo=null)`. */
export function describeValueRule(r: ValueRule): string {
  const value = r.ruleValue === undefined ? 'null' : javaDoubleToString(r.ruleValue);
  return `AssertFieldRule.AssertRule(ruleType=${r.ruleType ?? 'null'}, ruleValue=${value}, equalTo=${literal(r.equalsTo)})`;
}

/** SeaTunnel's text of a field rule: `AssertFieldRule(fieldName=a, fieldType=INT, fieldRules=[...])`. */
export function describeFieldRule(r: FieldRule): string {
  const type = r.fieldType ? typeToString(r.fieldType) : 'null';
  return `AssertFieldRule(fieldName=${r.fieldName}, fieldType=${type}, fieldRules=[${r.valueRules.map(describeValueRule).join(', ')}])`;
}

/** A config literal as Java prints the unwrapped value: lists `[a, b]`, objects `{k=v}`. */
function literal(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  if (isConfigObject(v)) return `{${Object.entries(v).map(([k, x]) => `${k}=${literal(x)}`).join(', ')}}`;
  return String(v);
}
