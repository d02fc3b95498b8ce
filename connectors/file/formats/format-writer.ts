import type { DataType } from '../../../core/types/data-type';
import type { SeaTunnelRow } from '../../../core/types/row';
import type { CompressCodec, FileFormat } from '../file-options';

/** What a format writer needs to know about the table and the options. */
export interface WriteSpec {
  readonly format: FileFormat;
  /** The columns written, in order: names, types and positions in the incoming rows. */
  readonly names: readonly string[];
  readonly types: readonly DataType[];
  readonly positions: readonly number[];
  /** Every column name of the incoming table (the header line of text and csv files). */
  readonly allNames: readonly string[];
  readonly fieldDelimiter: string;
  readonly rowDelimiter: string;
  readonly encoding: string;
  readonly compress: CompressCodec;
  readonly dateFormat: string;
  readonly datetimeFormat: string;
  readonly timeFormat: string;
  readonly enableHeader: boolean;
  readonly sheetName?: string;
  readonly xmlRootTag: string;
  readonly xmlRowTag: string;
  readonly xmlUseAttr: boolean;
}

/** One output file being written; rows arrive in batches, `close` completes the file on disk. */
export interface FormatWriter {
  write(rows: readonly SeaTunnelRow[]): void | Promise<void>;
  close(): Promise<void>;
}
