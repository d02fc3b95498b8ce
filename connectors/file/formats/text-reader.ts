import { SeatideError } from '../../../core/errors';
import { SeaTunnelRow } from '../../../core/types/row';
import { FORMAT_SUFFIXES, TEXT_SEPARATORS } from '../file-options';
import { fileError, openMembers } from '../input-members';
import { readLines } from '../line-splitter';
import { BATCH_ROWS, type FormatReader, emittedPositions, parseError } from '../read-plan';
import { splitCsvLine } from './csv-line';
import { type Splitter, type TextReadContext, makeSplitter, parseTextField } from './text-fields';

/**
 * Reads text and csv files line by line (streamed, never whole), as SeaTunnel's TextReadStrategy: the
 * first `skip_header_row_number` lines of each file (or archive member) are skipped, blank lines are
 * ignored, columns are split on `field_delimiter` (csv: quoted values per RFC 4180) and parsed with the
 * schema's types; without a schema each line is one `content` value.
 */
export const readTextFile: FormatReader = async function* (plan, file, tail) {
  const o = plan.options;
  const csv = o.format === 'csv';
  const delimiter = o.delimiter;
  const split: Splitter = csv ? (line) => splitCsvLine(line, delimiter[0] ?? ',') : makeSplitter(delimiter);
  const ctx: TextReadContext = { separators: [delimiter, ...TEXT_SEPARATORS.slice(1)], split };
  const types = plan.fileType.types;
  const names = plan.fileType.names;
  const positions = emittedPositions(plan);
  const width = plan.contentOnly ? 1 + tail.length : positions.length + tail.length;
  const nullFormat = o.nullFormat;
  let batch: SeaTunnelRow[] = [];

  for await (const member of openMembers(file, { archive: o.archive, compress: o.compress, suffixes: [...FORMAT_SUFFIXES.text, ...FORMAT_SUFFIXES.csv], logger: plan.logger })) {
    const where = member.name === file ? file : `${file}!${member.name}`;
    let lineNo = 0;
    // With csv_use_header_line, column i of a line feeds schema column columnOf[i].
    let columnOf: number[] | undefined;
    try {
      for await (const lines of readLines(member.stream, o.encoding)) {
        for (const line of lines) {
          lineNo++;
          if (lineNo <= o.skipHeader || line.length === 0) continue;
          if (csv && o.csvUseHeader && !columnOf) {
            const header = split(line);
            columnOf = names.map((n) => header.indexOf(n));
            continue;
          }
          const fields = new Array<unknown>(width);
          if (plan.contentOnly) {
            fields[0] = line;
          } else {
            const parts = split(line);
            for (let k = 0; k < positions.length; k++) {
              const p = positions[k];
              const raw = columnOf ? (columnOf[p] >= 0 ? parts[columnOf[p]] : undefined) : parts[p];
              try {
                fields[k] = nullFormat !== undefined && raw === nullFormat ? null : parseTextField(raw, types[p], 0, ctx);
              } catch (e) {
                throw parseError(where, `line ${lineNo}`, e, names[p]);
              }
            }
          }
          for (let t = 0; t < tail.length; t++) fields[width - tail.length + t] = tail[t];
          batch.push(new SeaTunnelRow(fields, undefined, plan.tableId));
          if (batch.length >= BATCH_ROWS) {
            yield batch;
            batch = [];
          }
        }
      }
    } catch (e) {
      throw e instanceof SeatideError ? e : fileError('read', where, e);
    }
  }
  if (batch.length > 0) yield batch;
};
