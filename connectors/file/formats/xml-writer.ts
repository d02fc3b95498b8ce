import type { DataType } from '../../../core/types/data-type';
import { javaDoubleToString, javaFloatToString } from '../../../core/types/format-value';
import type { SeaTunnelRow } from '../../../core/types/row';
import type { LocalDate, LocalDateTime, LocalTime } from '../../../core/types/temporal';
import { TextFileOutput } from './file-output';
import type { FormatWriter, WriteSpec } from './format-writer';
import { jsonText } from '../../common/json-text';
import { formatDate, formatDateTime, formatTime } from './temporal-pattern';

const decoder = new TextDecoder();

/**
 * Writes XML files as SeaTunnel's XmlWriteStrategy (dom4j pretty print, tab indent): a root element
 * (`xml_root_tag`) holding one `xml_row_tag` element per row, fields as attributes or child elements;
 * maps and arrays as JSON, rows joined with `field_delimiter`, null as empty text. Streamed row by row.
 */
export function openXmlWriter(file: string, spec: WriteSpec): FormatWriter {
  const out = new TextFileOutput(file, spec.encoding, spec.compress);
  const encodingName = /^utf-?8$/i.test(spec.encoding) ? 'UTF-8' : spec.encoding.toUpperCase();
  out.append(`<?xml version="1.0" encoding="${encodingName}"?>\n\n<${spec.xmlRootTag}>`);
  const { names, types, positions } = spec;
  return {
    async write(rows) {
      for (const row of rows) {
        if (spec.xmlUseAttr) {
          let line = `\n\t<${spec.xmlRowTag}`;
          for (let i = 0; i < names.length; i++) line += ` ${names[i]}="${escape(xmlText(row.fields[positions[i]], types[i], spec), true)}"`;
          out.append(`${line}/>`);
        } else {
          let block = `\n\t<${spec.xmlRowTag}>`;
          for (let i = 0; i < names.length; i++) {
            const text = escape(xmlText(row.fields[positions[i]], types[i], spec), false);
            block += text === '' ? `\n\t\t<${names[i]}/>` : `\n\t\t<${names[i]}>${text}</${names[i]}>`;
          }
          out.append(`${block}\n\t</${spec.xmlRowTag}>`);
        }
      }
      await out.flush();
    },
    async close() {
      out.append(`\n</${spec.xmlRootTag}>\n`);
      await out.close();
    },
  };
}

function xmlText(value: unknown, type: DataType, spec: WriteSpec): string {
  if (value === null || value === undefined) return '';
  switch (type.kind) {
    case 'FLOAT':
      return javaFloatToString(value as number);
    case 'DOUBLE':
      return javaDoubleToString(value as number);
    case 'NULL':
      return '';
    // The configured patterns (not Java's toString), so that the XML reader reads the values back.
    case 'DATE':
      return formatDate(value as LocalDate, spec.dateFormat);
    case 'TIME':
      return formatTime(value as LocalTime, spec.timeFormat);
    case 'TIMESTAMP':
      return formatDateTime(value as LocalDateTime, spec.datetimeFormat);
    case 'MAP':
    case 'ARRAY':
      return jsonText(value, type);
    case 'BYTES':
      return decoder.decode(value as Uint8Array);
    case 'ROW':
      return (value as SeaTunnelRow).fields.map((f, i) => xmlText(f, type.types[i], spec)).join(spec.fieldDelimiter);
    default:
      return String(value);
  }
}

function escape(text: string, attribute: boolean): string {
  let s = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (attribute) s = s.replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
  return s;
}
