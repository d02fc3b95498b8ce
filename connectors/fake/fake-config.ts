import type { CatalogTable } from '../../core/catalog/catalog-table';
import { rowTypeOf } from '../../core/catalog/catalog-table';
import { catalogTableFromConfig } from '../../core/catalog/schema-from-config';
import { ErrorCodes, SeatideError } from '../../core/errors';
import type { Option } from '../../core/options/option';
import { type ConfigObject, type ReadonlyConfig, isConfigObject, ownerName } from '../../core/options/readonly-config';
import { convertRow } from '../../core/types/convert-value';
import type { RowType } from '../../core/types/data-type';
import { javaDoubleToString, javaFloatToString } from '../../core/types/format-value';
import { type SeaTunnelRow, parseRowKind } from '../../core/types/row';
import { LocalDateTime } from '../../core/types/temporal';
import * as O from './fake-options';

/** What the data generator needs besides the schema. */
export interface FakeSettings {
  readonly stringLength: number;
  readonly bytesLength: number;
  readonly arraySize: number;
  readonly mapSize: number;
  readonly vectorDimension: number;
  readonly binaryVectorDimension: number;
  readonly tinyint: IntRange;
  readonly smallint: IntRange;
  readonly int: IntRange;
  readonly bigintMin: bigint;
  readonly bigintMax: bigint;
  readonly float: NumberRange;
  readonly double: NumberRange;
  readonly vectorFloat: NumberRange;
  readonly stringTemplate?: readonly string[];
  readonly tinyintTemplate?: readonly number[];
  readonly smallintTemplate?: readonly number[];
  readonly intTemplate?: readonly number[];
  readonly bigintTemplate?: readonly bigint[];
  readonly floatTemplate?: readonly number[];
  readonly doubleTemplate?: readonly number[];
  readonly yearTemplate?: readonly number[];
  readonly monthTemplate?: readonly number[];
  readonly dayTemplate?: readonly number[];
  readonly hourTemplate?: readonly number[];
  readonly minuteTemplate?: readonly number[];
  readonly secondTemplate?: readonly number[];
}

export interface IntRange {
  readonly min: number;
  readonly max: number;
}
export type NumberRange = IntRange;

/** One table of a FakeSource: its schema and path, how many rows and splits, explicit rows if any. */
export interface FakeTableConfig {
  readonly table: CatalogTable;
  /** The table path as text: every row's tableId. */
  readonly tableId: string;
  readonly rowNum: number;
  readonly splitNum: number;
  readonly splitReadInterval: number;
  /** Explicit `rows`, converted once; each split emits all of them. */
  readonly rows?: readonly SeaTunnelRow[];
  readonly settings: FakeSettings;
}

/**
 * Reads one FakeSource table config (the plugin config itself, or one `tables_configs` entry). Range
 * options must lie within their defaults' bounds (SeaTunnel rejects negative minimums); errors are COMMON-06.
 */
export function readFakeTableConfig(config: ReadonlyConfig, fallbackName?: string): FakeTableConfig {
  const table = catalogTableFromConfig(config, fallbackName, 'FakeSource');
  const tableId = table.tablePath.toString();
  const fail = (text: string): never => {
    throw new SeatideError(ErrorCodes.ILLEGAL_ARGUMENT, `${ownerName(config.owner)}: ${text}`, {
      details: { plugin: config.owner.identifier, table: tableId },
    });
  };
  const ranged = (min: Option<number, number>, max: Option<number, number>, fmt: (n: number) => string = String): IntRange => {
    for (const o of [min, max]) {
      const v = config.get(o);
      if (config.has(o) && (v < min.defaultValue! || v > max.defaultValue!)) fail(`${o.key} should >= ${fmt(min.defaultValue!)} and <= ${fmt(max.defaultValue!)}`);
    }
    const range = { min: config.get(min), max: config.get(max) };
    if (range.min > range.max) fail(`${min.key} (${fmt(range.min)}) should <= ${max.key} (${fmt(range.max)})`);
    return range;
  };
  const list = <T>(o: Option<T[], T[] | undefined>): readonly T[] | undefined => {
    const v = config.get(o);
    return v && v.length > 0 ? v : undefined;
  };

  const bigint = ranged(O.BIGINT_MIN, O.BIGINT_MAX, (n) => (n >= O.LONG_MAX_VALUE ? '9223372036854775807' : String(n)));
  const settings: FakeSettings = {
    stringLength: config.get(O.STRING_LENGTH),
    bytesLength: config.get(O.BYTES_LENGTH),
    arraySize: config.get(O.ARRAY_SIZE),
    mapSize: config.get(O.MAP_SIZE),
    vectorDimension: config.get(O.VECTOR_DIMENSION),
    binaryVectorDimension: config.get(O.BINARY_VECTOR_DIMENSION),
    tinyint: ranged(O.TINYINT_MIN, O.TINYINT_MAX),
    smallint: ranged(O.SMALLINT_MIN, O.SMALLINT_MAX),
    int: ranged(O.INT_MIN, O.INT_MAX),
    bigintMin: BigInt(bigint.min),
    bigintMax: bigint.max >= O.LONG_MAX_VALUE ? 2n ** 63n - 1n : BigInt(bigint.max),
    float: ranged(O.FLOAT_MIN, O.FLOAT_MAX, javaFloatToString),
    double: ranged(O.DOUBLE_MIN, O.DOUBLE_MAX, javaDoubleToString),
    vectorFloat: ranged(O.VECTOR_FLOAT_MIN, O.VECTOR_FLOAT_MAX, javaFloatToString),
    stringTemplate: list(O.STRING_TEMPLATE),
    tinyintTemplate: list(O.TINYINT_TEMPLATE),
    smallintTemplate: list(O.SMALLINT_TEMPLATE),
    intTemplate: list(O.INT_TEMPLATE),
    bigintTemplate: list(O.BIGINT_TEMPLATE)?.map((n) => BigInt(Math.trunc(n))),
    floatTemplate: list(O.FLOAT_TEMPLATE),
    doubleTemplate: list(O.DOUBLE_TEMPLATE),
    yearTemplate: list(O.DATE_YEAR_TEMPLATE),
    monthTemplate: list(O.DATE_MONTH_TEMPLATE),
    dayTemplate: list(O.DATE_DAY_TEMPLATE),
    hourTemplate: list(O.TIME_HOUR_TEMPLATE),
    minuteTemplate: list(O.TIME_MINUTE_TEMPLATE),
    secondTemplate: list(O.TIME_SECOND_TEMPLATE),
  };
  // The modes only drive the option rule's conditional checks: a template, once given, is used in any mode.
  for (const mode of [O.STRING_FAKE_MODE, O.TINYINT_FAKE_MODE, O.SMALLINT_FAKE_MODE, O.INT_FAKE_MODE, O.BIGINT_FAKE_MODE, O.FLOAT_FAKE_MODE, O.DOUBLE_FAKE_MODE]) config.get(mode);

  const rawRows = config.get(O.ROWS);
  return {
    table,
    tableId,
    rowNum: config.get(O.ROW_NUM),
    splitNum: config.get(O.SPLIT_NUM),
    splitReadInterval: config.get(O.SPLIT_READ_INTERVAL),
    rows: rawRows ? convertRows(rawRows, rowTypeOf(table), tableId, fail) : undefined,
    settings,
  };
}

const NOW_WORDS: Readonly<Record<string, string>> = { DATE: 'CURRENT_DATE', TIME: 'CURRENT_TIME', TIMESTAMP: 'CURRENT_TIMESTAMP' };

/** Converts `rows` entries; CURRENT_DATE/TIME/TIMESTAMP in top-level temporal fields become the local now. */
function convertRows(entries: readonly ConfigObject[], type: RowType, tableId: string, fail: (text: string) => never): SeaTunnelRow[] {
  const now = LocalDateTime.ofEpochMillis(Date.now(), -new Date().getTimezoneOffset());
  const nowOf: Readonly<Record<string, unknown>> = { DATE: now.date, TIME: now.time, TIMESTAMP: now };
  return entries.map((entry, i) => {
    const kindText = entry.kind;
    const kind = typeof kindText === 'string' ? parseRowKind(kindText) : undefined;
    if (kind === undefined) fail(`rows[${i}].kind must be one of INSERT, UPDATE_BEFORE, UPDATE_AFTER, DELETE, got ${JSON.stringify(kindText ?? null)}`);
    let fields = entry.fields;
    if (!Array.isArray(fields) && !isConfigObject(fields)) fail(`rows[${i}].fields must be a list (by position) or an object (by field name)`);
    fields = Array.isArray(fields) ? [...fields] : { ...(fields as ConfigObject) };
    type.types.forEach((t, f) => {
      const word = NOW_WORDS[t.kind];
      if (!word) return;
      const key: string | number = Array.isArray(fields) ? f : type.names[f];
      const holder = fields as Record<string | number, unknown>;
      if (typeof holder[key] === 'string' && (holder[key] as string).toUpperCase() === word) holder[key] = nowOf[t.kind];
    });
    const row = convertRow(fields, type, '');
    row.kind = kind!;
    row.tableId = tableId;
    return row;
  });
}
