import type { SeaTunnelRow } from '../../../core/types/row';
import { TEXT_SEPARATORS } from '../file-options';
import { quoteCsvValue } from './csv-line';
import { TextFileOutput } from './file-output';
import type { FormatWriter, WriteSpec } from './format-writer';
import { type TextWriteContext, formatTextField } from './text-fields';

/**
 * Writes text and csv files as SeaTunnel's TextWriteStrategy: columns joined by `field_delimiter` (csv:
 * `,`, a value holding the delimiter, a quote or a line break is quoted), rows separated by `row_delimiter`
 * with none after the last, nested values with the next separators (\u0002, \u0003, ...), an optional
 * header line of every column name.
 */
export function openTextWriter(file: string, spec: WriteSpec): FormatWriter {
  const csv = spec.format === 'csv';
  const delimiter = csv ? ',' : spec.fieldDelimiter;
  const ctx: TextWriteContext = {
    separators: [delimiter, ...TEXT_SEPARATORS.slice(1)],
    dateFormat: spec.dateFormat,
    datetimeFormat: spec.datetimeFormat,
    timeFormat: spec.timeFormat,
    nullValue: '',
  };
  const out = new TextFileOutput(file, spec.encoding, spec.compress);
  if (spec.enableHeader) out.append(`${spec.allNames.join(delimiter)}${spec.rowDelimiter}`);
  const { positions, types } = spec;
  const n = positions.length;
  const parts = new Array<string>(n);
  let first = true;
  return {
    async write(rows: readonly SeaTunnelRow[]) {
      for (const row of rows) {
        const fields = row.fields;
        for (let i = 0; i < n; i++) {
          const text = formatTextField(fields[positions[i]], types[i], 0, ctx);
          parts[i] = csv ? quoteCsvValue(text, delimiter) : text;
        }
        if (first) first = false;
        else out.append(spec.rowDelimiter);
        out.append(parts.join(delimiter));
      }
      await out.flush();
    },
    close: () => out.close(),
  };
}
