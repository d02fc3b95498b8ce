import { Options } from '../../core/options/option';

/**
 * Options of the LocalFile source and sink, with SeaTunnel's keys, defaults and fallback keys
 * (connector-file-base BaseSourceConfigOptions / BaseSinkConfig).
 */

export const FILE_FORMATS = ['text', 'csv', 'parquet', 'orc', 'json', 'excel', 'xml', 'binary'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const COMPRESS_CODECS = ['none', 'lzo', 'snappy', 'lz4', 'zlib', 'gzip', 'brotli', 'zstd'] as const;
export type CompressCodec = (typeof COMPRESS_CODECS)[number];

export const ARCHIVE_CODECS = ['none', 'zip', 'tar', 'tar_gz'] as const;
export type ArchiveCodec = (typeof ARCHIVE_CODECS)[number];

/** The patterns SeaTunnel's DateUtils / DateTimeUtils / TimeUtils formatters accept. */
export const DATE_FORMATS = ['yyyy-MM-dd', 'yyyy.MM.dd', 'yyyy/MM/dd'] as const;
export const DATETIME_FORMATS = [
  'yyyy-MM-dd HH:mm:ss',
  'yyyy-MM-dd HH:mm:ss.SSSSSS',
  'yyyy.MM.dd HH:mm:ss',
  'yyyy/MM/dd HH:mm:ss',
  'yyyyMMddHHmmss',
  "yyyy-MM-dd'T'HH:mm:ss",
  "yyyy-MM-dd'T'HH:mm:ss.SSS",
  "yyyy-MM-dd'T'HH:mm:ss.SSSSSS",
  "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS",
] as const;
export const TIME_FORMATS = ['HH:mm:ss', 'HH:mm:ss.SSS'] as const;

/** Text's default column separator; nested values use the next separators (\u0002 ... \u0007). */
export const TEXT_SEPARATORS = ['\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007'] as const;

// ---------------------------------------------------------------------------------------------------------
// Shared by source and sink

export const PATH = Options.key('path').stringType().describe('The file or directory to read, or the directory to write into');
export const FIELD_DELIMITER = Options.key('field_delimiter')
  .stringType()
  .defaultTo(TEXT_SEPARATORS[0])
  .withFallbackKeys('delimiter')
  .describe('Column separator of text files (csv: `,`); a separator longer than one character is a Java regex when reading');
export const ENCODING = Options.key('encoding').stringType().defaultTo('UTF-8').describe('Charset of text, csv, json and xml files (UTF-8, GBK, ISO-8859-1, ...)');
export const DATE_FORMAT = Options.key('date_format').stringType().defaultTo('yyyy-MM-dd').describe(`Date format: ${DATE_FORMATS.join(', ')}`);
export const DATETIME_FORMAT = Options.key('datetime_format')
  .stringType()
  .defaultTo('yyyy-MM-dd HH:mm:ss')
  .describe(`Datetime format: ${DATETIME_FORMATS.join(', ')}`);
export const TIME_FORMAT = Options.key('time_format').stringType().defaultTo('HH:mm:ss').describe(`Time format: ${TIME_FORMATS.join(', ')}`);
export const COMPRESS_CODEC = Options.key('compress_codec')
  .enumType(...COMPRESS_CODECS)
  .defaultTo('none')
  .describe('Compression of each file: gzip for text/csv/json/xml, snappy/gzip/brotli/zstd/lz4 for parquet');
export const SHEET_NAME = Options.key('sheet_name').stringType().describe('Excel sheet to read or write (default: the first sheet / Sheet1)');

// ---------------------------------------------------------------------------------------------------------
// Source

export const SOURCE_FILE_FORMAT = Options.key('file_format_type').enumType(...FILE_FORMATS).describe(`File format: ${FILE_FORMATS.join(', ')}`);
export const PARSE_PARTITION_FROM_PATH = Options.key('parse_partition_from_path')
  .booleanType()
  .defaultTo(true)
  .describe('Add hive-style `name=value` directories of the path as trailing string columns');
export const SKIP_HEADER_ROW_NUMBER = Options.key('skip_header_row_number').longType().defaultTo(0).describe('Lines (or sheet rows) to skip at the start of each file');
export const READ_PARTITIONS = Options.key('read_partitions').listType().describe('Only read files whose path contains one of these partitions');
export const READ_COLUMNS = Options.key('read_columns').listType().describe('Columns to read (projection); the others are dropped');
export const XML_ROW_TAG = Options.key('xml_row_tag').stringType().describe('Tag name of the row elements of an XML file');
export const XML_USE_ATTR_FORMAT = Options.key('xml_use_attr_format').booleanType().describe('Fields are attributes of the row element (true) or child elements (false)');
export const FILE_FILTER_PATTERN = Options.key('file_filter_pattern').stringType().describe('Regex a file name must match whole to be read');
export const ARCHIVE_COMPRESS_CODEC = Options.key('archive_compress_codec')
  .enumType(...ARCHIVE_CODECS)
  .defaultTo('none')
  .describe('Each file is an archive (zip, tar, tar_gz) whose members are read');
export const CSV_USE_HEADER_LINE = Options.key('csv_use_header_line')
  .booleanType()
  .defaultTo(false)
  .describe('The first line of each csv file names the columns; values are matched to the schema by name');
export const NULL_FORMAT = Options.key('null_format').stringType().describe('A text/csv value equal to this string reads as null');
export const TABLES_CONFIGS = Options.key('tables_configs')
  .objectListType()
  .describe('Several tables, each with its own path, file_format_type, schema and options');

// ---------------------------------------------------------------------------------------------------------
// Sink

export const SINK_FILE_FORMAT = Options.key('file_format_type').enumType(...FILE_FORMATS).defaultTo('csv').describe(`File format: ${FILE_FORMATS.join(', ')}`);
export const ROW_DELIMITER = Options.key('row_delimiter').stringType().defaultTo('\n').describe('Separator between rows of text, csv and json files');
export const HAVE_PARTITION = Options.key('have_partition').booleanType().defaultTo(false).describe('Write rows into partition directories');
export const PARTITION_BY = Options.key('partition_by').listType().describe('Partition columns');
export const PARTITION_DIR_EXPRESSION = Options.key('partition_dir_expression')
  .stringType()
  .defaultTo('${k0}=${v0}/${k1}=${v1}/.../${kn}=${vn}/')
  .describe('Partition directory: `${kN}` is the N-th partition column, `${vN}` its value');
export const IS_PARTITION_FIELD_WRITE_IN_FILE = Options.key('is_partition_field_write_in_file')
  .booleanType()
  .defaultTo(false)
  .describe('Also write the partition columns into the files');
export const TMP_PATH = Options.key('tmp_path').stringType().defaultTo('/tmp/seatunnel').describe('Directory for files not yet committed');
export const CUSTOM_FILENAME = Options.key('custom_filename').booleanType().defaultTo(false).describe('Name files with file_name_expression');
export const FILE_NAME_EXPRESSION = Options.key('file_name_expression')
  .stringType()
  .defaultTo('${transactionId}')
  .describe('File name: `${transactionId}`, `${now}` (filename_time_format), `${uuid}`');
export const FILENAME_TIME_FORMAT = Options.key('filename_time_format').stringType().defaultTo('yyyy.MM.dd').describe('Java date pattern of `${now}`');
export const SINK_COLUMNS = Options.key('sink_columns').listType().describe('Columns to write (default: all)');
export const IS_ENABLE_TRANSACTION = Options.key('is_enable_transaction')
  .booleanType()
  .defaultTo(true)
  .describe('Two-phase commit: files appear in `path` only when the job commits');
export const BATCH_SIZE = Options.key('batch_size').intType().defaultTo(1_000_000).describe('Rows per file before a new file is started');
export const ENABLE_HEADER_WRITE = Options.key('enable_header_write').booleanType().defaultTo(false).describe('Write the column names as the first line (text, csv)');
export const MAX_ROWS_IN_MEMORY = Options.key('max_rows_in_memory').intType().describe('Accepted for compatibility (excel)');
export const XML_ROOT_TAG = Options.key('xml_root_tag').stringType().defaultTo('RECORDS').describe('Root element of written XML files');
export const SINK_XML_ROW_TAG = Options.key('xml_row_tag').stringType().defaultTo('RECORD').describe('Row element of written XML files');
export const SCHEMA_SAVE_MODE = Options.key('schema_save_mode')
  .enumType('RECREATE_SCHEMA', 'CREATE_SCHEMA_WHEN_NOT_EXIST', 'ERROR_WHEN_SCHEMA_NOT_EXIST', 'IGNORE')
  .defaultTo('CREATE_SCHEMA_WHEN_NOT_EXIST')
  .describe('What to do with the target directory before writing');
export const DATA_SAVE_MODE = Options.key('data_save_mode')
  .enumType('DROP_DATA', 'APPEND_DATA', 'ERROR_WHEN_DATA_EXISTS')
  .defaultTo('APPEND_DATA')
  .describe('What to do with files already in the target directory');

/** File name suffixes of each format, as SeaTunnel's FileFormat enum (binary has none). */
export const FORMAT_SUFFIXES: Readonly<Record<FileFormat, readonly string[]>> = {
  csv: ['.csv'],
  text: ['.txt'],
  parquet: ['.parquet'],
  orc: ['.orc'],
  json: ['.json'],
  excel: ['.xlsx', '.xls'],
  xml: ['.xml'],
  binary: [],
};

/** Suffix a compressed file gets in front of the format's (`.lzo.txt`), as SeaTunnel names them. */
export const CODEC_SUFFIXES: Readonly<Record<CompressCodec, string>> = {
  none: '',
  lzo: '.lzo',
  snappy: '.snappy',
  lz4: '.lz4',
  zlib: '.zlib',
  gzip: '.gz',
  brotli: '.br',
  zstd: '.zstd',
};
