import { ErrorCodes, SeatideError } from '../errors';
import { type ConfigObject, isConfigObject } from '../options/readonly-config';
import { type DataType, type RowType, Types, arrayType, decimalType, mapType, rowType } from './data-type';
import { parseObjectText } from './parse-object-text';

/**
 * Parses a SeaTunnel type declaration (SeaTunnelDataTypeConvertorUtil): `string`, `BIG INT`, `long`,
 * `decimal(10, 2)`, `array<int>`, `map<string, {c_int = int}>`, a row object `{a = int, b = {c = string}}`
 * given as a config object or as HOCON/JSON text. `field` only names the column in error messages.
 */
export function parseDataType(text: string | ConfigObject, field = ''): DataType {
  if (typeof text !== 'string') return rowTypeFromObject(text, field);
  const simple = SIMPLE_NAMES.get(compatible(text).toUpperCase().replace(/ /g, ''));
  if (simple !== undefined) {
    if (simple === 'MAP') return parseMap(text, field);
    if (simple === 'UNSUPPORTED') throw unsupported(text, field);
    return simple;
  }
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase().replace(/ /g, '');
  if (upper.startsWith('MAP')) return parseMap(trimmed, field);
  if (upper.startsWith('ARRAY')) return parseArray(trimmed, field);
  if (upper.startsWith('DECIMAL')) return parseDecimal(trimmed, field);
  if (upper.startsWith('{')) return rowTypeFromObject(parseRowText(trimmed, field), field);
  throw unsupported(text, field);
}

/** A row type from a config object: each value is a type string or a nested object (a nested row). */
export function rowTypeFromObject(obj: ConfigObject, field = ''): RowType {
  const names = Object.keys(obj);
  const types = names.map((name) => {
    const v = obj[name];
    if (typeof v === 'string') return parseDataType(v, name);
    if (isConfigObject(v)) return rowTypeFromObject(v, name);
    throw new SeatideError(ErrorCodes.ILLEGAL_ARGUMENT, `Unsupported parse SeaTunnel Type from '${renderLiteral(v)}'.`, {
      details: { field: field ? `${field}.${name}` : name },
    });
  });
  return rowType(names, types);
}

/** The SeaTunnel error for a type name nobody knows: COMMON-07 `'SeaTunnel' unsupported data type 'x' of 'f'`. */
export function unsupportedDataType(type: string, field: string): SeatideError {
  return unsupported(type, field);
}

// ---------------------------------------------------------------------------------------------------------

type SimpleEntry = DataType | 'MAP' | 'UNSUPPORTED';

/** SqlType names: the whole declaration, upper-cased with spaces removed, is tried against these first. */
const SIMPLE_NAMES = new Map<string, SimpleEntry>([
  ['STRING', Types.STRING], ['BOOLEAN', Types.BOOLEAN], ['TINYINT', Types.TINYINT], ['SMALLINT', Types.SMALLINT],
  ['INT', Types.INT], ['BIGINT', Types.BIGINT], ['FLOAT', Types.FLOAT], ['DOUBLE', Types.DOUBLE], ['NULL', Types.NULL],
  ['BYTES', Types.BYTES], ['DATE', Types.DATE], ['TIME', Types.TIME], ['TIMESTAMP', Types.TIMESTAMP],
  ['FLOAT_VECTOR', Types.FLOAT_VECTOR], ['FLOAT16_VECTOR', Types.FLOAT16_VECTOR], ['BFLOAT16_VECTOR', Types.BFLOAT16_VECTOR],
  ['BINARY_VECTOR', Types.BINARY_VECTOR], ['SPARSE_FLOAT_VECTOR', Types.SPARSE_FLOAT_VECTOR],
  // A bare `map` goes on to the generic parser (and fails there); bare array/decimal/row names are errors.
  ['MAP', 'MAP'], ['ARRAY', 'UNSUPPORTED'], ['DECIMAL', 'UNSUPPORTED'], ['ROW', 'UNSUPPORTED'], ['MULTIPLE_ROW', 'UNSUPPORTED'],
]);

const ARRAY_ELEMENT_KINDS = new Set(['STRING', 'BOOLEAN', 'TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'FLOAT', 'DOUBLE']);
const MAP_KEY_KINDS = new Set(['NULL', 'BOOLEAN', 'TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'DATE', 'TIME', 'TIMESTAMP', 'FLOAT', 'DOUBLE', 'STRING', 'DECIMAL']);

/** Old spellings kept for compatibility: long, short, byte (only as the whole declaration). */
function compatible(declare: string): string {
  switch (declare.trim().toUpperCase()) {
    case 'LONG': return 'BIGINT';
    case 'SHORT': return 'SMALLINT';
    case 'BYTE': return 'TINYINT';
    default: return declare;
  }
}

function unsupported(type: string, field: string): SeatideError {
  return new SeatideError(ErrorCodes.UNSUPPORTED_DATA_TYPE, `'SeaTunnel' unsupported data type '${type}' of '${field}'`, {
    details: { field, dataType: type },
  });
}

/** Text between the first `<` and the last `>`. */
function genericArgument(text: string, field: string): string {
  const open = text.indexOf('<');
  const close = text.lastIndexOf('>');
  if (open < 0 || close <= open) throw unsupported(text, field);
  return text.slice(open + 1, close).trim();
}

function parseMap(text: string, field: string): DataType {
  const generic = genericArgument(text, field);
  // The key/value comma is the first one, or the second one when the key is a decimal(p, s).
  const first = generic.indexOf(',');
  const index = generic.toUpperCase().startsWith('DECIMAL') ? generic.indexOf(',', first + 1) : first;
  if (first < 0 || index < 0) throw unsupported(text, field);
  const key = parseDataType(generic.slice(0, index).trim(), field);
  const value = parseDataType(generic.slice(index + 1).trim(), field);
  if (!MAP_KEY_KINDS.has(key.kind)) {
    throw new SeatideError(ErrorCodes.ILLEGAL_ARGUMENT, `Unsupported key types: ${key.kind} in '${text}' of '${field}'`, { details: { field } });
  }
  return mapType(key, value);
}

function parseArray(text: string, field: string): DataType {
  const generic = genericArgument(text, field);
  const element = parseDataType(generic, field);
  if (!ARRAY_ELEMENT_KINDS.has(element.kind)) throw unsupported(generic, field);
  return arrayType(element);
}

function parseDecimal(text: string, field: string): DataType {
  const parts = text.split(',');
  if (parts.length < 2) {
    throw new SeatideError(ErrorCodes.ILLEGAL_ARGUMENT, `Decimal type should assign precision and scale information: '${text}' of '${field}'`, {
      details: { field },
    });
  }
  const precision = parts[0].replace(/\D/g, '');
  const scale = parts[1].replace(/\D/g, '');
  if (precision === '' || scale === '') {
    throw new SeatideError(ErrorCodes.ILLEGAL_ARGUMENT, `Decimal precision and scale must be numbers: '${text}' of '${field}'`, { details: { field } });
  }
  return decimalType(Number(precision), Number(scale));
}

function parseRowText(text: string, field: string): ConfigObject {
  try {
    return parseObjectText(text);
  } catch (e) {
    throw new SeatideError(ErrorCodes.ILLEGAL_ARGUMENT, `HOCON Config parse from {conf = ${text}} failed. ${(e as Error).message} (field '${field}')`, {
      cause: e,
      details: { field },
    });
  }
}

function renderLiteral(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(renderLiteral).join(', ')}]`;
  return String(v);
}
