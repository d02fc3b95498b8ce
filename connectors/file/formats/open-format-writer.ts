import { ErrorCodes, SeatideError } from '../../../core/errors';
import { openExcelWriter } from './excel-writer';
import type { FormatWriter, WriteSpec } from './format-writer';
import { openJsonWriter } from './json-writer';
import { openParquetWriter } from './parquet-writer';
import { openTextWriter } from './text-writer';
import { openXmlWriter } from './xml-writer';

/** Opens a new output file of the spec's format (binary files are written by BinaryFileWriter). */
export async function openFormatWriter(file: string, spec: WriteSpec): Promise<FormatWriter> {
  switch (spec.format) {
    case 'text':
    case 'csv':
      return openTextWriter(file, spec);
    case 'json':
      return openJsonWriter(file, spec);
    case 'xml':
      return openXmlWriter(file, spec);
    case 'excel':
      return openExcelWriter(file, spec);
    case 'parquet':
      return openParquetWriter(file, spec);
    default:
      throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `file_format_type '${spec.format}' cannot be written`, { details: { option: 'file_format_type' } });
  }
}
