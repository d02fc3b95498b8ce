import { SeatideError } from '../../../core/errors';
import { convertValue } from '../../../core/types/convert-value';
import { SeaTunnelRow } from '../../../core/types/row';
import { FORMAT_SUFFIXES } from '../file-options';
import { fileError, openMembers } from '../input-members';
import { losslessJson } from '../lazy-modules';
import { readLines } from '../line-splitter';
import { BATCH_ROWS, type FormatReader, type TableReadPlan, emittedPositions, parseError } from '../read-plan';

// A run of 16+ digits may not survive a double: such lines are parsed losslessly (bigint, decimal).
const LONG_NUMBER = /\d{16}/;

/** Parses one JSON text, keeping numbers that a double would round as exact digits. */
export function parseJsonText(text: string): unknown {
  return LONG_NUMBER.test(text) ? losslessJson().parse(text) : JSON.parse(text);
}

/**
 * Reads JSON lines files (one object per line, or an array of objects), streamed line by line, as
 * SeaTunnel's JsonReadStrategy: columns are taken by name and converted to the schema's types (numbers
 * from numbers or numeric strings, bytes from base64, dates and timestamps from text); a missing field is null.
 */
export const readJsonFile: FormatReader = async function* (plan, file, tail) {
  const o = plan.options;
  let batch: SeaTunnelRow[] = [];
  for await (const member of openMembers(file, { archive: o.archive, compress: o.compress, suffixes: FORMAT_SUFFIXES.json, logger: plan.logger })) {
    const where = member.name === file ? file : `${file}!${member.name}`;
    let lineNo = 0;
    try {
      for await (const lines of readLines(member.stream, o.encoding)) {
        for (const line of lines) {
          lineNo++;
          if (line.trim() === '') continue;
          let parsed: unknown;
          try {
            parsed = parseJsonText(line);
          } catch (e) {
            throw parseError(where, `line ${lineNo}`, e);
          }
          const objects = Array.isArray(parsed) ? parsed : [parsed];
          for (const obj of objects) {
            batch.push(jsonRow(plan, obj, tail, where, lineNo));
            if (batch.length >= BATCH_ROWS) {
              yield batch;
              batch = [];
            }
          }
        }
      }
    } catch (e) {
      throw e instanceof SeatideError ? e : fileError('read', where, e);
    }
  }
  if (batch.length > 0) yield batch;
};

function jsonRow(plan: TableReadPlan, obj: unknown, tail: readonly unknown[], where: string, lineNo: number): SeaTunnelRow {
  const positions = emittedPositions(plan);
  const { names, types } = plan.fileType;
  const fields = new Array<unknown>(positions.length + tail.length);
  const record = typeof obj === 'object' && obj !== null ? (obj as Record<string, unknown>) : undefined;
  if (!record) throw parseError(where, `line ${lineNo}`, new Error(`expected a JSON object, got ${JSON.stringify(obj)}`));
  const byPosition = Array.isArray(record);
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k];
    const raw = byPosition ? (record as unknown as unknown[])[p] : record[names[p]];
    try {
      fields[k] = convertValue(raw, types[p], names[p]);
    } catch (e) {
      throw parseError(where, `line ${lineNo}`, e, names[p]);
    }
  }
  for (let t = 0; t < tail.length; t++) fields[positions.length + t] = tail[t];
  return new SeaTunnelRow(fields, undefined, plan.tableId);
}
