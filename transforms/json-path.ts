import { ErrorCodes, type ErrorCode, SeatideError } from '../core/errors';
import { Options } from '../core/options/option';
import { OptionRule } from '../core/options/option-rule';
import type { TransformFactory } from '../core/plugin/contracts';
import { type DataType, typeToString } from '../core/types/data-type';
import { convertValue } from '../core/types/convert-value';
import type { Decimal } from '../core/types/decimal';
import { parseDataType } from '../core/types/parse-data-type';
import { compileJsonPath } from './json-path/json-path';
import { toJsonTree } from './json-path/json-tree';
import { appendColumns, indexOfField, outputColumn, widen } from './transform-support';

type ErrorWay = 'FAIL' | 'SKIP' | 'SKIP_ROW';

export const COLUMNS = Options.key('columns').objectListType().describe('[{src_field, path, dest_field, dest_type = "string", column_error_handle_way}]');
export const ROW_ERROR_HANDLE_WAY = Options.key('row_error_handle_way').enumType('FAIL', 'SKIP').defaultTo('FAIL')
  .describe('On a data error: FAIL the job or SKIP the row (columns without their own way)');

/**
 * JsonPath: reads values out of JSON held in a field (STRING or BYTES text, or an ARRAY/MAP/ROW value taken
 * as JSON; a row is its list of fields) into new typed columns. JSON text is read leniently, as SeaTunnel's
 * json-smart does. A path or conversion error follows the column's column_error_handle_way (SKIP → null,
 * SKIP_ROW → drop the row, FAIL → fail), or the row_error_handle_way when the column has none.
 */
export const jsonPathTransform = {
  kind: 'transform',
  identifier: 'JsonPath',
  description: 'Extracts JSONPath results from a JSON field into typed fields',
  optionRule: OptionRule.builder().required(COLUMNS).optional(ROW_ERROR_HANDLE_WAY).build(),
  create(ctx) {
    const input = ctx.inputTable;
    const rowWay = ctx.options.get(ROW_ERROR_HANDLE_WAY);
    const specs = (ctx.options.get(COLUMNS) ?? []).map((c, k) => columnSpec(c, k));
    if (specs.length === 0) throw configError(ErrorCodes.JSONPATH_COLUMNS_EMPTY, 'columns');
    const columns = specs.map((s) => {
      const src = indexOfField(input, 'JsonPath', s.src);
      const srcType = input.schema.columns[src].type;
      if (!['STRING', 'BYTES', 'ARRAY', 'MAP', 'ROW'].includes(srcType.kind)) {
        throw new SeatideError(ErrorCodes.UNSUPPORTED_DATA_TYPE, `'JsonPath' unsupported data type '${typeToString(srcType)}' of '${s.src}'`, {
          details: { plugin: 'JsonPath', field: s.src },
        });
      }
      return { ...s, src, srcType, convert: converter(s.type, s.dest) };
    });
    const { outputTable, indexes, arity } = appendColumns(input, columns.map((c) => outputColumn(c.dest, c.type, { columnLength: 200 })));
    return {
      outputTable,
      map(row) {
        const out = widen(row, arity);
        for (let k = 0; k < columns.length; k++) {
          const c = columns[k];
          const v = row.fields[c.src];
          if (v === null || v === undefined) {
            out.fields[indexes[k]] = null;
            continue;
          }
          try {
            out.fields[indexes[k]] = c.convert(c.path.read(toJsonTree(v, c.srcType)));
          } catch (e) {
            const way = c.way ?? (rowWay === 'SKIP' ? 'SKIP_ROW' : 'FAIL');
            if (way === 'SKIP') out.fields[indexes[k]] = null;
            else if (way === 'SKIP_ROW') return null;
            else {
              throw new SeatideError(ErrorCodes.JSONPATH_INVALID, `JsonPath transform error, config: ${c.describe}, value: ${preview(v)}, error: ${(e as Error).message}`, {
                cause: e,
                details: { plugin: 'JsonPath', field: c.dest },
              });
            }
          }
        }
        return out;
      },
    };
  },
} satisfies TransformFactory;

function configError(code: ErrorCode, key: string, index?: number): SeatideError {
  const where = index === undefined ? '' : ` (columns[${index}].${key})`;
  return new SeatideError(code, `${code.description}${where}`, { details: { plugin: 'JsonPath', option: index === undefined ? key : `columns[${index}].${key}` } });
}

function columnSpec(raw: Record<string, unknown>, k: number) {
  const text = (key: string) => (raw[key] === undefined || raw[key] === null ? '' : String(raw[key]));
  const path = text('path');
  const src = text('src_field');
  const dest = text('dest_field');
  if (!path.trim()) throw configError(ErrorCodes.JSONPATH_PATH_EMPTY, 'path', k);
  if (!src.trim()) throw configError(ErrorCodes.JSONPATH_SRC_FIELD_EMPTY, 'src_field', k);
  if (!dest.trim()) throw configError(ErrorCodes.JSONPATH_DEST_FIELD_EMPTY, 'dest_field', k);
  const typeText = raw.dest_type === undefined ? 'string' : text('dest_type');
  if (!typeText.trim()) throw configError(ErrorCodes.JSONPATH_DEST_TYPE_EMPTY, 'dest_type', k);
  const wayText = text('column_error_handle_way').toUpperCase();
  if (wayText && !['FAIL', 'SKIP', 'SKIP_ROW'].includes(wayText)) {
    throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `transform 'JsonPath': columns[${k}].column_error_handle_way must be one of [FAIL, SKIP, SKIP_ROW], got '${text('column_error_handle_way')}'`, {
      details: { plugin: 'JsonPath', option: `columns[${k}].column_error_handle_way` },
    });
  }
  let compiled;
  try {
    compiled = compileJsonPath(path);
  } catch (e) {
    throw new SeatideError(ErrorCodes.JSONPATH_INVALID, `${(e as Error).message} (columns[${k}].path)`, { cause: e, details: { plugin: 'JsonPath', option: `columns[${k}].path` } });
  }
  const type = parseDataType(typeText, src);
  const describe = `ColumnConfig(path=${path}, srcField=${src}, destField=${dest}, destType=${typeToString(type)}, errorHandleWay=${wayText || 'null'})`;
  return { path: compiled, src, dest, type, way: (wayText || undefined) as ErrorWay | undefined, describe };
}

/** JSON result → value of the column type (SeaTunnel's JSON-to-row conversion); decimals get the type's scale. */
function converter(type: DataType, field: string): (v: unknown) => unknown {
  if (type.kind === 'DECIMAL') {
    return (v) => {
      const d = convertValue(v, type, field) as Decimal | null;
      return d === null ? null : d.round(type.scale, 'HALF_UP');
    };
  }
  return (v) => convertValue(v, type, field);
}

function preview(v: unknown): string {
  const s = typeof v === 'string' ? v : String(v);
  return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}

