import { parseDataType } from '../../../../core/types/parse-data-type';
import type { WriteSpec } from '../../../../connectors/file/formats/format-writer';

/** A WriteSpec for writer tests: columns from `name = type` pairs, defaults as the sink's options. */
export function spec(fields: Record<string, string>, extra: Partial<WriteSpec> = {}): WriteSpec {
  const names = Object.keys(fields);
  return {
    format: 'text',
    names,
    types: names.map((n) => parseDataType(fields[n], n)),
    positions: names.map((_, i) => i),
    allNames: names,
    fieldDelimiter: '\u0001',
    rowDelimiter: '\n',
    encoding: 'UTF-8',
    compress: 'none',
    dateFormat: 'yyyy-MM-dd',
    datetimeFormat: 'yyyy-MM-dd HH:mm:ss',
    timeFormat: 'HH:mm:ss',
    enableHeader: false,
    xmlRootTag: 'RECORDS',
    xmlRowTag: 'RECORD',
    xmlUseAttr: true,
    ...extra,
  };
}
