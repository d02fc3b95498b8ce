import fs from 'node:fs';
import path from 'node:path';
import type * as XLSX from '@e965/xlsx';
import type { DataType, RowType } from '../../../core/types/data-type';
import type { Decimal } from '../../../core/types/decimal';
import { javaDoubleToString, javaFloatToString } from '../../../core/types/format-value';
import type { SeaTunnelRow } from '../../../core/types/row';
import { type LocalDate, LocalDateTime, type LocalTime } from '../../../core/types/temporal';
import { fileError } from '../input-members';
import { xlsx } from '../lazy-modules';
import { dateTimeToSerial } from './excel-reader';
import type { FormatWriter, WriteSpec } from './format-writer';
import { jsonText } from '../../common/json-text';
import { formatDate, formatDateTime, formatTime } from './temporal-pattern';

/**
 * Writes one xlsx workbook per file as SeaTunnel's ExcelGenerator: a header row of column names, then one
 * row per record; numbers and booleans as such, dates and times as date cells formatted with the
 * configured patterns, maps and arrays as JSON, rows joined with `field_delimiter`, bytes as `[1, 2]`.
 * The workbook is built in memory and written on close (`batch_size` bounds the rows per file).
 */
export function openExcelWriter(file: string, spec: WriteSpec): FormatWriter {
  const sheet: XLSX.CellObject[][] = [spec.names.map((n) => ({ t: 's', v: n }))];
  return {
    write(rows: readonly SeaTunnelRow[]) {
      for (const row of rows) sheet.push(spec.positions.map((p, i) => cell(row.fields[p], spec.types[i], spec)));
    },
    async close() {
      const ws: XLSX.DenseWorkSheet = { '!data': sheet, '!ref': xlsx().utils.encode_range({ s: { r: 0, c: 0 }, e: { r: sheet.length - 1, c: Math.max(0, spec.names.length - 1) } }) };
      const wb = xlsx().utils.book_new();
      xlsx().utils.book_append_sheet(wb, ws, spec.sheetName ?? 'Sheet1');
      try {
        const bytes = xlsx().write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises.writeFile(file, bytes);
      } catch (e) {
        throw fileError('write', file, e);
      }
    },
  };
}

function cell(value: unknown, type: DataType, spec: WriteSpec): XLSX.CellObject {
  if (value === null || value === undefined) return { t: 'z' };
  switch (type.kind) {
    case 'BOOLEAN':
      return { t: 'b', v: value as boolean };
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'DOUBLE':
      return { t: 'n', v: value as number };
    case 'FLOAT':
      return { t: 'n', v: Number(javaFloatToString(value as number)) };
    case 'BIGINT':
      return { t: 'n', v: Number(value as bigint) };
    case 'DECIMAL':
      return { t: 'n', v: (value as Decimal).toNumber() };
    case 'BYTES':
      return { t: 's', v: `[${Array.from(value as Uint8Array, (b) => (b << 24) >> 24).join(', ')}]`, z: '@' };
    case 'MAP':
    case 'ARRAY':
      return { t: 's', v: jsonText(value, type), z: '@' };
    case 'ROW':
      return { t: 's', v: rowText(value as SeaTunnelRow, type, spec), z: '@' };
    case 'DATE':
      return { t: 'n', v: dateTimeToSerial(new LocalDateTime(value as LocalDate, LocalDateTime.of(1970, 1, 1).time)), z: spec.dateFormat };
    case 'TIMESTAMP':
      return { t: 'n', v: dateTimeToSerial(value as LocalDateTime), z: spec.datetimeFormat };
    case 'TIME':
      return { t: 'n', v: dateTimeToSerial(new LocalDateTime(LocalDateTime.of(1970, 1, 1).date, value as LocalTime)), z: spec.timeFormat };
    default:
      return { t: 's', v: String(value), z: '@' };
  }
}

/** A row cell: its fields' texts joined with `field_delimiter` (maps and arrays as JSON). */
function rowText(row: SeaTunnelRow, type: RowType, spec: WriteSpec): string {
  return row.fields.map((f, i) => fieldText(f, type.types[i], spec)).join(spec.fieldDelimiter);
}

const decoder = new TextDecoder();

function fieldText(v: unknown, type: DataType, spec: WriteSpec): string {
  if (v === null || v === undefined) return '';
  switch (type.kind) {
    case 'ARRAY':
    case 'MAP':
      return jsonText(v, type);
    case 'FLOAT':
      return javaFloatToString(v as number);
    case 'DOUBLE':
      return javaDoubleToString(v as number);
    case 'DATE':
      return formatDate(v as LocalDate, spec.dateFormat);
    case 'TIME':
      return formatTime(v as LocalTime, spec.timeFormat);
    case 'TIMESTAMP':
      return formatDateTime(v as LocalDateTime, spec.datetimeFormat);
    case 'BYTES':
      return decoder.decode(v as Uint8Array);
    case 'ROW':
      return rowText(v as SeaTunnelRow, type, spec);
    case 'NULL':
      return '';
    default:
      return String(v);
  }
}
