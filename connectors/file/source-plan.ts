import { type CatalogTable, type Column, TablePath, catalogTable, column, tableSchema, withColumns } from '../../core/catalog/catalog-table';
import { SCHEMA, catalogTableFromConfig } from '../../core/catalog/schema-from-config';
import { ErrorCodes, SeatideError } from '../../core/errors';
import type { Logger } from '../../core/logging/logger';
import { OptionRule } from '../../core/options/option-rule';
import { ReadonlyConfig } from '../../core/options/readonly-config';
import { type RowType, Types, rowType } from '../../core/types/data-type';
import { filterPattern, listFiles } from './file-listing';
import * as O from './file-options';
import { BINARY_ROW_TYPE } from './formats/binary-reader';
import { parquetRowType } from './formats/parquet-reader';
import { checkPattern } from './formats/temporal-pattern';
import { checkEncoding } from './line-splitter';
import { parsePartitions } from './partition-path';
import type { ReadOptions, TableReadPlan } from './read-plan';

const COMMON = [
  O.ENCODING, O.FIELD_DELIMITER, O.DATE_FORMAT, O.DATETIME_FORMAT, O.TIME_FORMAT, O.PARSE_PARTITION_FROM_PATH, O.SKIP_HEADER_ROW_NUMBER,
  O.READ_PARTITIONS, O.READ_COLUMNS, O.SHEET_NAME, O.FILE_FILTER_PATTERN, O.COMPRESS_CODEC, O.ARCHIVE_COMPRESS_CODEC, O.CSV_USE_HEADER_LINE, O.NULL_FORMAT,
];

/** The options of one table (the source itself, or one `tables_configs` entry). */
export const TABLE_RULE = OptionRule.builder()
  .required(O.PATH, O.SOURCE_FILE_FORMAT)
  .optional(...COMMON)
  .conditional(O.SOURCE_FILE_FORMAT, 'xml', O.XML_ROW_TAG, O.XML_USE_ATTR_FORMAT)
  .conditional(O.SOURCE_FILE_FORMAT, ['json', 'excel', 'xml'], SCHEMA)
  .build();

/** The source's own rule: everything optional, since `tables_configs` entries may carry path and format. */
export const SOURCE_RULE = OptionRule.builder()
  .optional(O.TABLES_CONFIGS, O.PATH, O.SOURCE_FILE_FORMAT, ...COMMON, O.XML_ROW_TAG, O.XML_USE_ATTR_FORMAT, SCHEMA)
  .build();

const FORMATS_WITH_SCHEMA = new Set<O.FileFormat>(['text', 'csv', 'json', 'excel', 'xml']);

/** One plan per table: `tables_configs` entries, or the source's own options. */
export async function buildReadPlans(options: ReadonlyConfig, outputName: string | undefined, logger: Logger): Promise<TableReadPlan[]> {
  const entries = options.get(O.TABLES_CONFIGS);
  const configs = entries && entries.length > 0 ? entries.map((e) => new ReadonlyConfig(e, options.owner)) : [options];
  const plans: TableReadPlan[] = [];
  for (const config of configs) plans.push(await buildPlan(config, outputName, logger));
  return plans;
}

async function buildPlan(config: ReadonlyConfig, outputName: string | undefined, logger: Logger): Promise<TableReadPlan> {
  TABLE_RULE.validate(config);
  const format = config.get(O.SOURCE_FILE_FORMAT) as O.FileFormat;
  const path = config.get(O.PATH) as string;
  const fail = (option: string, text: string): never => {
    throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `source 'LocalFile': ${text}`, { details: { plugin: 'LocalFile', option } });
  };
  if (format === 'orc') fail('file_format_type', "file_format_type 'orc' is not supported: no ORC reader is available");
  const compress = config.get(O.COMPRESS_CODEC);
  if (compress === 'lzo') fail('compress_codec', "compress_codec 'lzo' is not supported: no LZO codec is available (use gzip or none)");
  const readOptions: ReadOptions = {
    format,
    delimiter: config.has(O.FIELD_DELIMITER) ? config.get(O.FIELD_DELIMITER) : format === 'csv' ? ',' : O.TEXT_SEPARATORS[0],
    encoding: checkEncoding(config.get(O.ENCODING)),
    skipHeader: Math.max(0, config.get(O.SKIP_HEADER_ROW_NUMBER)),
    dateFormat: checkPattern('date_format', config.get(O.DATE_FORMAT), O.DATE_FORMATS),
    datetimeFormat: checkPattern('datetime_format', config.get(O.DATETIME_FORMAT), O.DATETIME_FORMATS),
    timeFormat: checkPattern('time_format', config.get(O.TIME_FORMAT), O.TIME_FORMATS),
    compress: format === 'parquet' ? 'none' : compress,
    archive: config.get(O.ARCHIVE_COMPRESS_CODEC),
    sheetName: config.get(O.SHEET_NAME),
    xmlRowTag: config.get(O.XML_ROW_TAG),
    xmlUseAttr: config.get(O.XML_USE_ATTR_FORMAT),
    csvUseHeader: config.get(O.CSV_USE_HEADER_LINE),
    nullFormat: config.get(O.NULL_FORMAT),
    basePath: path,
  };
  if (compress !== 'none' && compress !== 'gzip' && format !== 'parquet') {
    logger.warn(`${format} files do not support compress_codec '${compress}'; reading them uncompressed`);
  }
  const files = await listFiles(path, { pattern: filterPattern(config.get(O.FILE_FILTER_PATTERN)), readPartitions: config.get(O.READ_PARTITIONS) ?? [] });
  const readColumns = config.get(O.READ_COLUMNS);
  const hasSchema = config.has(SCHEMA);

  // The table as configured (or just its path), then the columns a file holds.
  const configured: CatalogTable = hasSchema
    ? catalogTableFromConfig(config, outputName)
    : catalogTable(outputName ? TablePath.parse(outputName) : TablePath.DEFAULT, tableSchema([]));
  let fileType: RowType;
  let contentOnly = false;
  if (format === 'binary') fileType = BINARY_ROW_TYPE;
  else if (format === 'parquet') fileType = files.length > 0 ? await parquetRowType(files[0]) : rowTypeOf(configured);
  else if (hasSchema) fileType = rowTypeOf(configured);
  else if (format === 'text' || format === 'csv') {
    fileType = rowType(['content'], [Types.STRING]);
    contentOnly = true;
  } else {
    return fail('schema', `User must defined schema for ${format} file type (option 'schema')`);
  }
  if (contentOnly && readColumns && readColumns.length > 0) {
    fail('read_columns', 'When reading json/text/csv files, if user has not specified schema information, SeaTunnel will not support column projection');
  }

  let projection: number[] | undefined;
  if (readColumns && readColumns.length > 0 && format !== 'binary') {
    let wanted = readColumns;
    if (format === 'xml') {
      wanted = readColumns.filter((c) => fileType.names.includes(c));
      if (wanted.length !== readColumns.length) logger.warn('The read columns configuration will be filtered by the schema configuration');
    }
    projection = wanted.map((name) => {
      const i = fileType.names.indexOf(name);
      if (i < 0) fail('read_columns', `read_columns: column '${name}' is not in the ${format === 'parquet' ? `file '${files[0]}'` : 'schema'} (columns: ${fileType.names.join(', ')})`);
      return i;
    });
  }

  const partitionNames = config.get(O.PARSE_PARTITION_FROM_PATH) && files.length > 0 ? [...parsePartitions(files[0]).keys()] : [];
  const byName = new Map(configured.schema.columns.map((c) => [c.name, c]));
  const emitted = projection ?? fileType.names.map((_, i) => i);
  const columns: Column[] = [
    ...emitted.map((i) => byName.get(fileType.names[i]) ?? column(fileType.names[i], fileType.types[i])),
    ...partitionNames.map((n) => column(n, Types.STRING)),
  ];
  const table = withColumns(configured, columns);
  return {
    table,
    tableId: table.tablePath.toString(),
    files,
    options: readOptions,
    fileType,
    projection,
    partitionNames,
    contentOnly,
    logger,
  };
}

function rowTypeOf(table: CatalogTable): RowType {
  return rowType(
    table.schema.columns.map((c) => c.name),
    table.schema.columns.map((c) => c.type),
  );
}
