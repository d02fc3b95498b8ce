import type { CatalogTable } from '../../core/catalog/catalog-table';
import { ErrorCodes, SeatideError } from '../../core/errors';
import type { Logger } from '../../core/logging/logger';
import type { RowType } from '../../core/types/data-type';
import type { SeaTunnelRow } from '../../core/types/row';
import type { ArchiveCodec, CompressCodec, FileFormat } from './file-options';

/** Rows per batch a format reader yields. */
export const BATCH_ROWS = 1000;

/** The typed options a format reader needs. */
export interface ReadOptions {
  readonly format: FileFormat;
  readonly delimiter: string;
  readonly encoding: string;
  readonly skipHeader: number;
  readonly dateFormat: string;
  readonly datetimeFormat: string;
  readonly timeFormat: string;
  readonly compress: CompressCodec;
  readonly archive: ArchiveCodec;
  readonly sheetName?: string;
  readonly xmlRowTag?: string;
  readonly xmlUseAttr?: boolean;
  readonly csvUseHeader: boolean;
  readonly nullFormat?: string;
  /** The configured `path` (binary rows carry paths relative to it). */
  readonly basePath: string;
}

/** How one table of the source is read: its files, options and the shape of its rows. */
export interface TableReadPlan {
  /** The table produced: data columns, then partition columns. */
  readonly table: CatalogTable;
  readonly tableId: string;
  readonly files: readonly string[];
  readonly options: ReadOptions;
  /** The columns a file holds, in file order (the configured schema, or the file's own for parquet). */
  readonly fileType: RowType;
  /** Positions in `fileType` of the columns emitted (`read_columns`); undefined emits all, in order. */
  readonly projection?: readonly number[];
  /** Partition columns appended to every row (values from each file's path); empty when not parsed. */
  readonly partitionNames: readonly string[];
  /** No schema configured: text and csv lines become a single `content` column. */
  readonly contentOnly: boolean;
  readonly logger: Logger;
}

/** Reads one file of a table; rows hold the emitted columns followed by `tail` (the partition values). */
export type FormatReader = (plan: TableReadPlan, file: string, tail: readonly unknown[]) => AsyncIterable<SeaTunnelRow[]>;

/** The positions read from a file: the projection, or every column. */
export function emittedPositions(plan: TableReadPlan): readonly number[] {
  return plan.projection ?? plan.fileType.types.map((_, i) => i);
}

/** A row that cannot be parsed: COMMON-16 naming the file, the line (or row) and the field. */
export function parseError(file: string, where: string, cause: unknown, field?: string): SeatideError {
  if (cause instanceof SeatideError && cause.errorCode === ErrorCodes.FILE_OPERATION) return cause;
  const why = cause instanceof SeatideError ? cause.text : (cause as Error)?.message ?? String(cause);
  const column = field ? `, field '${field}'` : '';
  return new SeatideError(ErrorCodes.CONVERT_VALUE, `LocalFile cannot parse ${where} of file '${file}'${column}: ${why}`, {
    cause,
    details: { file, where, field },
  });
}
