import { TextFileOutput } from './file-output';
import type { FormatWriter, WriteSpec } from './format-writer';
import { jsonText } from '../../common/json-text';

/** Writes JSON lines files as SeaTunnel's JsonWriteStrategy: one object per row, `row_delimiter` between rows. */
export function openJsonWriter(file: string, spec: WriteSpec): FormatWriter {
  const out = new TextFileOutput(file, spec.encoding, spec.compress);
  const { positions, types } = spec;
  // `{"a":`, `,"b":`, ... once, not per row.
  const keys = spec.names.map((n, i) => `${i === 0 ? '{' : ','}${JSON.stringify(n)}:`);
  let first = true;
  return {
    async write(rows) {
      for (const row of rows) {
        let line = first ? '' : spec.rowDelimiter;
        first = false;
        for (let i = 0; i < keys.length; i++) line += keys[i] + jsonText(row.fields[positions[i]], types[i]);
        out.append(keys.length === 0 ? `${line}{}` : `${line}}`);
      }
      await out.flush();
    },
    close: () => out.close(),
  };
}
