/**
 * Splits one csv line as Apache Commons CSV's DEFAULT format does (what SeaTunnel's CsvLineSplitor uses):
 * fields separated by `delimiter`, optionally quoted with `"`, a doubled quote inside quotes is one quote.
 * A malformed line (text after a closing quote) gives no fields, as SeaTunnel does.
 */
export function splitCsvLine(line: string, delimiter: string): string[] {
  if (line === '') return [];
  const out: string[] = [];
  const n = line.length;
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) {
          // An unterminated quote runs to the end of the line.
          value += line.slice(j);
          out.push(value);
          return out;
        }
        value += line.slice(j, q);
        if (line[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      out.push(value);
      if (i >= n) return out;
      if (line[i] !== delimiter) return [];
      i++;
      if (i >= n) {
        out.push('');
        return out;
      }
      continue;
    }
    const d = line.indexOf(delimiter, i);
    if (d < 0) {
      out.push(line.slice(i));
      return out;
    }
    out.push(line.slice(i, d));
    i = d + 1;
    if (i >= n) {
      out.push('');
      return out;
    }
  }
}

/** Quotes a csv value when it holds the delimiter, a quote or a line break. */
export function quoteCsvValue(value: string, delimiter: string): string {
  if (value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r')) return `"${value.replace(/"/g, '""')}"`;
  return value;
}
