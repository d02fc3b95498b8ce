import { ErrorCodes, SeatideError } from '../../core/errors';
import { convertValue } from '../../core/types/convert-value';
import type { DataType, RowType, TypeKind } from '../../core/types/data-type';
import { Decimal } from '../../core/types/decimal';
import { formatValue } from '../../core/types/format-value';
import { ROW_KIND_SHORT, SeaTunnelRow } from '../../core/types/row';
import { LocalDate, LocalDateTime, LocalTime } from '../../core/types/temporal';
import { valuesEqual } from '../../core/types/values-equal';
import { type FieldRule, type ValueRule, describeFieldRule } from './assert-rules';

interface CompiledRule {
  readonly rule: FieldRule;
  readonly index: number;
  readonly columnType: DataType;
  /** `equals_to` of each value rule converted with the column type, on first use. */
  readonly expected: unknown[];
}

const NOT_CONVERTED = Symbol('not converted');

/**
 * Field rules bound to one table's row type (SeaTunnel's AssertExecutor). For each rule, in order: the
 * value's type must match `field_type` (a null passes only for the `null` type), then every value rule must
 * pass; the first failing field rule fails the row with ASSERT-01.
 */
export class AssertFieldChecker {
  private readonly compiled: CompiledRule[];

  constructor(
    rules: readonly FieldRule[],
    private readonly rowType: RowType,
    tableName: string,
  ) {
    this.compiled = rules.map((rule) => {
      const index = rowType.names.indexOf(rule.fieldName);
      if (index < 0) {
        throw new SeatideError(ErrorCodes.ASSERT_RULE, `field_rules: field '${rule.fieldName}' is not a field of table '${tableName}' (fields: ${rowType.names.join(', ')})`, {
          details: { field: rule.fieldName, table: tableName },
        });
      }
      return { rule, index, columnType: rowType.types[index], expected: rule.valueRules.map(() => NOT_CONVERTED) };
    });
  }

  /** Throws ASSERT-01 `row :<row> fail rule: <rule>` when a rule fails. */
  check(row: SeaTunnelRow): void {
    for (const c of this.compiled) {
      const value = row.fields[c.index];
      if ((c.rule.fieldType && !checkType(value, c.rule.fieldType, c.columnType)) || !this.valuesPass(value, c)) {
        throw new SeatideError(ErrorCodes.ASSERT_RULE, `row :${describeRow(row, this.rowType)} fail rule: ${describeFieldRule(c.rule)}`, {
          details: { field: c.rule.fieldName, table: row.tableId },
        });
      }
    }
  }

  private valuesPass(value: unknown, c: CompiledRule): boolean {
    const rules = c.rule.valueRules;
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i];
      if (r.ruleType && !checkRule(value, r, c.columnType)) return false;
      if (value !== null && value !== undefined && r.equalsTo !== undefined) {
        if (c.expected[i] === NOT_CONVERTED) c.expected[i] = convertValue(r.equalsTo, c.columnType, c.rule.fieldName, { failOnMissingField: true });
        if (!valuesEqual(value, c.expected[i], c.columnType)) return false;
      }
    }
    return true;
  }
}

function checkRule(value: unknown, r: ValueRule, columnType: DataType): boolean {
  switch (r.ruleType) {
    case 'NULL':
      return value === null || value === undefined;
    case 'NOT_NULL':
      return value !== null && value !== undefined;
    case 'MAX': {
      const n = numeric(value);
      return n !== undefined && n <= r.ruleValue!;
    }
    case 'MIN': {
      const n = numeric(value);
      return n !== undefined && n >= r.ruleValue!;
    }
    case 'MAX_LENGTH':
      return textOf(value, columnType).length <= r.ruleValue!;
    case 'MIN_LENGTH':
      return textOf(value, columnType).length >= r.ruleValue!;
    default:
      // MIN_ROW/MAX_ROW among field values never pass, as in SeaTunnel.
      return false;
  }
}

const textOf = (value: unknown, type: DataType): string => (value === null || value === undefined ? '' : formatValue(value, type));

function numeric(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Decimal) return v.toNumber();
  return undefined;
}

const NUMBER_KINDS: ReadonlySet<TypeKind> = new Set(['TINYINT', 'SMALLINT', 'INT', 'FLOAT', 'DOUBLE']);

/**
 * Whether `v` has the runtime class of `expected`. Numbers carry no width in JS, so the declared column
 * type (`actual`) tells a tinyint from an int, as the Java class would.
 */
export function checkType(v: unknown, expected: DataType, actual?: DataType): boolean {
  if (v === null || v === undefined) return expected.kind === 'NULL';
  switch (expected.kind) {
    case 'ROW': {
      if (!(v instanceof SeaTunnelRow) || v.fields.length > expected.types.length) return false;
      const inner = actual?.kind === 'ROW' ? actual.types : undefined;
      return v.fields.every((f, i) => checkType(f, expected.types[i], inner?.[i]));
    }
    case 'ARRAY': {
      const inner = actual?.kind === 'ARRAY' ? actual.element : undefined;
      return Array.isArray(v) && v.every((e) => checkType(e, expected.element, inner));
    }
    case 'MAP': {
      if (!(v instanceof Map)) return false;
      const k = actual?.kind === 'MAP' ? actual.key : undefined;
      const x = actual?.kind === 'MAP' ? actual.value : undefined;
      for (const [key, val] of v) if (!checkType(key, expected.key, k) || !checkType(val, expected.value, x)) return false;
      return true;
    }
    case 'DECIMAL':
      return v instanceof Decimal && v.scale === expected.scale && v.precision <= expected.precision;
    case 'FLOAT_VECTOR':
    case 'FLOAT16_VECTOR':
    case 'BFLOAT16_VECTOR':
    case 'BINARY_VECTOR':
      return v instanceof Uint8Array;
    default:
      return runtimeKind(v, actual) === expected.kind;
  }
}

function runtimeKind(v: unknown, actual?: DataType): TypeKind | undefined {
  switch (typeof v) {
    case 'string':
      return 'STRING';
    case 'boolean':
      return 'BOOLEAN';
    case 'bigint':
      return 'BIGINT';
    case 'number':
      if (actual && NUMBER_KINDS.has(actual.kind)) return actual.kind;
      return Number.isInteger(v) ? 'INT' : 'DOUBLE';
    default:
      break;
  }
  if (v instanceof Uint8Array) return 'BYTES';
  if (v instanceof LocalDateTime) return 'TIMESTAMP';
  if (v instanceof LocalDate) return 'DATE';
  if (v instanceof LocalTime) return 'TIME';
  if (v instanceof Decimal) return 'DECIMAL';
  return undefined;
}

/** `SeaTunnelRow{tableId=fake, kind=+I, fields=[3, C, 200]}`. */
export function describeRow(row: SeaTunnelRow, type?: RowType): string {
  const fields = row.fields.map((f, i) => formatValue(f, type?.types[i])).join(', ');
  return `SeaTunnelRow{tableId=${row.tableId}, kind=${ROW_KIND_SHORT[row.kind]}, fields=[${fields}]}`;
}
