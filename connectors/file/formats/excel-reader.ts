import type { Readable } from 'node:stream';
import type * as XLSX from '@e965/xlsx';
import { ErrorCodes, SeatideError } from '../../../core/errors';
import { SeaTunnelRow } from '../../../core/types/row';
import { LocalDateTime } from '../../../core/types/temporal';
import { FORMAT_SUFFIXES } from '../file-options';
import { xlsx } from '../lazy-modules';
import { fileError, openMembers } from '../input-members';
import { BATCH_ROWS, type FormatReader, emittedPositions, parseError } from '../read-plan';
import { type LooseContext, type LooseValue, convertLoose } from './loose-value';
import { makeSplitter } from './text-fields';

const DAY_MS = 86_400_000;

/**
 * Reads xlsx and xls workbooks as SeaTunnel's ExcelReadStrategy: the sheet `sheet_name` (default the first),
 * rows after `skip_header_row_number`, column N of the sheet feeds column N of the schema; date-formatted
 * cells are date-times, other cells strings, numbers or booleans converted to the column type.
 */
export const readExcelFile: FormatReader = async function* (plan, file, tail) {
  const o = plan.options;
  const positions = emittedPositions(plan);
  const { names, types } = plan.fileType;
  const ctx: LooseContext = { dateFormat: o.dateFormat, datetimeFormat: o.datetimeFormat, timeFormat: o.timeFormat, splitRow: makeSplitter(o.delimiter) };
  for await (const member of openMembers(file, { archive: o.archive, compress: o.compress, suffixes: FORMAT_SUFFIXES.excel, logger: plan.logger })) {
    const where = member.name === file ? file : `${file}!${member.name}`;
    if (!member.name.endsWith('.xls') && !member.name.endsWith('.xlsx')) {
      throw new SeatideError(ErrorCodes.FILE_OPERATION, `Only support read excel file (.xls, .xlsx): '${where}'`, { details: { file: where } });
    }
    let book: XLSX.WorkBook;
    try {
      book = xlsx().read(await readAll(member.stream), { type: 'buffer', cellNF: true, dense: true });
    } catch (e) {
      throw fileError('read', where, e);
    }
    const sheetName = o.sheetName ?? book.SheetNames[0];
    const sheet = book.Sheets[sheetName] as XLSX.DenseWorkSheet | undefined;
    if (!sheet) {
      throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `Sheet '${sheetName}' (option 'sheet_name') not found in '${where}'; sheets: ${book.SheetNames.join(', ')}`, {
        details: { file: where, option: 'sheet_name' },
      });
    }
    const date1904 = book.Workbook?.WBProps?.date1904 === true;
    const data = sheet['!data'] ?? [];
    const rowCount = data.filter((r) => r && r.length > 0).length;
    if (o.skipHeader > rowCount) {
      throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `Skip the number of rows exceeds the maximum or minimum limit of Sheet: ${o.skipHeader} > ${rowCount} in '${where}'`, {
        details: { file: where, option: 'skip_header_row_number' },
      });
    }
    let batch: SeaTunnelRow[] = [];
    for (let r = o.skipHeader; r < data.length; r++) {
      const cells = data[r];
      if (!cells || cells.length === 0) continue;
      const fields = new Array<unknown>(positions.length + tail.length);
      for (let k = 0; k < positions.length; k++) {
        const p = positions[k];
        const value = cellValue(cells[p], date1904);
        try {
          fields[k] = value === undefined ? null : convertLoose(value, types[p], ctx, names[p]);
        } catch (e) {
          throw parseError(where, `sheet '${sheetName}' row ${r + 1}`, e, names[p]);
        }
      }
      for (let t = 0; t < tail.length; t++) fields[positions.length + t] = tail[t];
      batch.push(new SeaTunnelRow(fields, undefined, plan.tableId));
      if (batch.length >= BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
};

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** A cell's value: text, number, boolean, or a date-time for date-formatted numbers; undefined when empty. */
function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): LooseValue | undefined {
  if (!cell || cell.v === undefined || cell.v === null) return undefined;
  switch (cell.t) {
    case 's':
    case 'b':
      return cell.v as string | boolean;
    case 'n':
      return typeof cell.z === 'string' && xlsx().SSF.is_date(cell.z) ? serialToDateTime(cell.v as number, date1904) : (cell.v as number);
    case 'd':
      return LocalDateTime.ofEpochMillis((cell.v as Date).getTime());
    default:
      return undefined;
  }
}

/** An Excel serial date (days since 1899-12-30, or 1904-01-01) as a date-time, rounded to the millisecond. */
export function serialToDateTime(serial: number, date1904 = false): LocalDateTime {
  const days = Math.floor(serial);
  const ms = Math.round((serial - days) * DAY_MS);
  const epochDays = days - (date1904 ? 24107 : 25569);
  return LocalDateTime.ofEpochMillis(epochDays * DAY_MS + ms);
}

/** The Excel serial of a date-time (1900 date system). */
export function dateTimeToSerial(dt: LocalDateTime): number {
  return dt.toEpochMillis() / DAY_MS + 25569;
}
