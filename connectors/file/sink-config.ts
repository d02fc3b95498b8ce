import { type CatalogTable, rowTypeOf } from '../../core/catalog/catalog-table';
import { ErrorCodes, SeatideError } from '../../core/errors';
import { OptionRule } from '../../core/options/option-rule';
import type { ReadonlyConfig } from '../../core/options/readonly-config';
import { sameType } from '../../core/types/data-type';
import * as O from './file-options';
import { BINARY_ROW_TYPE } from './formats/binary-reader';
import type { WriteSpec } from './formats/format-writer';
import { PARQUET_WRITE_CODECS } from './formats/parquet-writer';
import { checkPattern } from './formats/temporal-pattern';
import { checkEncoding } from './line-splitter';

export const SINK_RULE = OptionRule.builder()
  .required(O.PATH)
  .optional(O.SINK_FILE_FORMAT, O.SCHEMA_SAVE_MODE, O.DATA_SAVE_MODE, O.FIELD_DELIMITER, O.ROW_DELIMITER, O.COMPRESS_CODEC, O.ENABLE_HEADER_WRITE)
  .conditional(O.SINK_FILE_FORMAT, 'xml', O.XML_USE_ATTR_FORMAT)
  .optional(O.XML_ROOT_TAG, O.SINK_XML_ROW_TAG, O.SHEET_NAME, O.MAX_ROWS_IN_MEMORY, O.CUSTOM_FILENAME, O.FILE_NAME_EXPRESSION, O.FILENAME_TIME_FORMAT)
  .optional(O.HAVE_PARTITION)
  .conditional(O.HAVE_PARTITION, true, O.PARTITION_BY, O.PARTITION_DIR_EXPRESSION, O.IS_PARTITION_FIELD_WRITE_IN_FILE)
  .optional(O.SINK_COLUMNS, O.IS_ENABLE_TRANSACTION, O.BATCH_SIZE, O.TMP_PATH, O.ENCODING, O.DATE_FORMAT, O.DATETIME_FORMAT, O.TIME_FORMAT)
  .build();

/** Everything the sink needs to write one input table. */
export interface TableSinkConfig {
  readonly table: CatalogTable;
  readonly path: string;
  readonly tmpPath: string;
  readonly spec: WriteSpec;
  /** Positions (in the incoming rows) and names of the partition columns; empty without `partition_by`. */
  readonly partitionPositions: readonly number[];
  readonly partitionNames: readonly string[];
  /** `partition_dir_expression` when configured; otherwise directories are `k0=v0/k1=v1`. */
  readonly partitionDirExpression?: string;
  readonly fileNameExpression: string;
  readonly filenameTimeFormat: string;
  readonly batchSize: number;
  readonly schemaSaveMode: string;
  readonly dataSaveMode: string;
}

const TEXT_CODECS = new Set<O.CompressCodec>(['none', 'gzip']);

/** Reads and checks the options for one table, as SeaTunnel's FileSinkConfig does; throws naming the option. */
export function parseSinkConfig(config: ReadonlyConfig, table: CatalogTable): TableSinkConfig {
  const fail = (option: string, text: string, code = ErrorCodes.OPTION_VALIDATE): never => {
    throw new SeatideError(code, `sink 'LocalFile': ${text}`, { details: { plugin: 'LocalFile', option } });
  };
  SINK_RULE.validate(config);
  const format = config.get(O.SINK_FILE_FORMAT);
  if (format === 'orc') fail('file_format_type', "file_format_type 'orc' is not supported: no ORC writer is available");
  const compress = config.get(O.COMPRESS_CODEC);
  if (compress === 'lzo') fail('compress_codec', "compress_codec 'lzo' is not supported: no LZO codec is available (use gzip or none)");
  if (format === 'parquet' && !PARQUET_WRITE_CODECS.includes(compress)) {
    fail('compress_codec', `compress_codec '${compress}' is not supported for parquet; use one of: ${PARQUET_WRITE_CODECS.join(', ')}`);
  }
  if ((format === 'text' || format === 'csv' || format === 'json' || format === 'xml') && !TEXT_CODECS.has(compress)) {
    fail('compress_codec', `compress_codec '${compress}' is not supported for ${format}; use gzip or none`);
  }
  const path = (config.get(O.PATH) ?? '').trim();
  if (path === '') fail('path', "option 'path' must not be blank");

  const fileNameExpression = nonBlank(config.get(O.FILE_NAME_EXPRESSION)) ?? '${transactionId}';
  if (config.get(O.IS_ENABLE_TRANSACTION) && !fileNameExpression.includes('transactionId')) {
    fail('file_name_expression', 'file_name_expression must contains transactionId when is_enable_transaction is true', ErrorCodes.ILLEGAL_ARGUMENT);
  }

  const names = table.schema.columns.map((c) => c.name);
  const lower = new Map(names.map((n, i) => [n.toLowerCase(), i] as const));
  const indexOf = (name: string, option: string): number => {
    const i = lower.get(name.toLowerCase());
    if (i === undefined) return fail(option, `${option}: column '${name}' is not in the table (columns: ${names.join(', ')})`, ErrorCodes.ILLEGAL_ARGUMENT);
    return i;
  };
  const configuredColumns = config.get(O.SINK_COLUMNS) ?? [];
  let sinkColumns = configuredColumns.length > 0 ? [...configuredColumns] : [...names];
  const partitionBy = config.get(O.PARTITION_BY) ?? [];
  if (partitionBy.length > 0) {
    const chosen = new Set(sinkColumns.map((c) => c.toLowerCase()));
    if (!partitionBy.every((p) => chosen.has(p.toLowerCase()))) fail('partition_by', 'partition fields must in sink columns', ErrorCodes.ILLEGAL_ARGUMENT);
    if (!config.get(O.IS_PARTITION_FIELD_WRITE_IN_FILE)) {
      const drop = new Set(partitionBy.map((p) => p.toLowerCase()));
      sinkColumns = sinkColumns.filter((c) => !drop.has(c.toLowerCase()));
    }
  }
  if (sinkColumns.length === 0) fail('sink_columns', 'sink columns can not be empty', ErrorCodes.ILLEGAL_ARGUMENT);
  const positions = sinkColumns.map((c) => indexOf(c, 'sink_columns'));

  if (format === 'binary' && !sameType(rowTypeOf(table), BINARY_ROW_TYPE)) {
    fail('file_format_type', 'BinaryWriteStrategy only supports binary format, please read file with `BINARY` format, and do not change schema in the transform.');
  }
  const fieldDelimiter = nonEmpty(config.get(O.FIELD_DELIMITER)) ?? O.TEXT_SEPARATORS[0];
  const spec: WriteSpec = {
    format,
    names: positions.map((p) => names[p]),
    types: positions.map((p) => table.schema.columns[p].type),
    positions,
    allNames: names,
    fieldDelimiter,
    rowDelimiter: config.get(O.ROW_DELIMITER),
    encoding: checkEncoding(config.get(O.ENCODING)),
    compress: format === 'excel' || format === 'binary' ? 'none' : compress,
    dateFormat: checkPattern('date_format', config.get(O.DATE_FORMAT), O.DATE_FORMATS),
    datetimeFormat: checkPattern('datetime_format', config.get(O.DATETIME_FORMAT), O.DATETIME_FORMATS),
    timeFormat: checkPattern('time_format', config.get(O.TIME_FORMAT), O.TIME_FORMATS),
    enableHeader: config.get(O.ENABLE_HEADER_WRITE),
    sheetName: config.get(O.SHEET_NAME),
    xmlRootTag: config.get(O.XML_ROOT_TAG),
    xmlRowTag: config.get(O.SINK_XML_ROW_TAG),
    xmlUseAttr: config.get(O.XML_USE_ATTR_FORMAT) === true,
  };
  const batchSize = config.get(O.BATCH_SIZE);
  if (batchSize <= 0) fail('batch_size', `batch_size must be positive, got ${batchSize}`);
  return {
    table,
    path: path === '/' ? '' : path,
    tmpPath: nonBlank(config.get(O.TMP_PATH)) ?? '/tmp/seatunnel',
    spec,
    partitionPositions: partitionBy.map((p) => indexOf(p, 'partition_by')),
    partitionNames: partitionBy,
    partitionDirExpression: config.has(O.PARTITION_DIR_EXPRESSION) ? nonBlank(config.get(O.PARTITION_DIR_EXPRESSION)) : undefined,
    fileNameExpression,
    filenameTimeFormat: nonBlank(config.get(O.FILENAME_TIME_FORMAT)) ?? 'yyyy.MM.dd',
    batchSize,
    schemaSaveMode: config.get(O.SCHEMA_SAVE_MODE),
    dataSaveMode: config.get(O.DATA_SAVE_MODE),
  };
}

const nonBlank = (s: string | undefined): string | undefined => (s === undefined || s.trim() === '' ? undefined : s);
const nonEmpty = (s: string | undefined): string | undefined => (s === undefined || s === '' ? undefined : s);
