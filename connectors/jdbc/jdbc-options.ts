import type Joi from 'joi';
import { Options } from '../../core/options/option';

/** Options of the Jdbc source and sink (SeaTunnel's JdbcOptions and JdbcSourceOptions). */

const atLeast = (n: number) => (s: Joi.Schema): Joi.Schema => (s as Joi.NumberSchema).min(n);

export const URL = Options.key('url').stringType().describe('JDBC url: jdbc:postgresql://host:port/db, jdbc:mysql://.., jdbc:mariadb://.., jdbc:sqlite:/path');
export const DRIVER = Options.key('driver')
  .stringType()
  .describe('Driver class: org.postgresql.Driver, com.mysql.cj.jdbc.Driver, org.mariadb.jdbc.Driver or org.sqlite.JDBC');
export const USER = Options.key('user').stringType().describe('User name');
export const PASSWORD = Options.key('password').stringType().describe('Password');
export const CONNECTION_CHECK_TIMEOUT_SEC = Options.key('connection_check_timeout_sec')
  .intType()
  .check(atLeast(1))
  .defaultTo(30)
  .describe('Seconds to wait for a connection to open');
export const COMPATIBLE_MODE = Options.key('compatible_mode').stringType().describe('Compatible mode of databases that speak several dialects (unused here)');
export const PROPERTIES = Options.key('properties').mapType().describe('Extra connection parameters; they win over the url parameters');
export const QUERY = Options.key('query').stringType().describe('Source: the SELECT to read. Sink: the INSERT to run per row, with ? placeholders');

// source
export const TABLE_PATH = Options.key('table_path').stringType().describe('Table to read: db.schema.table (PostgreSQL), db.table (MySQL) or table');
export const WHERE_CONDITION = Options.key('where_condition').stringType().describe('Row filter for table_path or query, starting with `where`');
export const FETCH_SIZE = Options.key('fetch_size').intType().check(atLeast(0)).defaultTo(0).describe('Rows fetched per round trip (0: 1000)');
export const PARTITION_COLUMN = Options.key('partition_column').stringType().describe('Numeric column to split the read by');
export const PARTITION_LOWER_BOUND = Options.key('partition_lower_bound').decimalType().describe('Least partition_column value to read (default: the minimum)');
export const PARTITION_UPPER_BOUND = Options.key('partition_upper_bound').decimalType().describe('Greatest partition_column value to read (default: the maximum)');
export const PARTITION_NUM = Options.key('partition_num').intType().check(atLeast(1)).describe('Number of splits (default: the parallelism)');
export const SPLIT_SIZE = Options.key('split.size').intType().defaultTo(8096).describe('Accepted for compatibility; splits follow partition_num');
export const DECIMAL_TYPE_NARROWING = Options.key('decimal_type_narrowing').booleanType().defaultTo(true).describe('Oracle only; accepted for compatibility');
export const USE_SELECT_COUNT = Options.key('use_select_count').booleanType().defaultTo(false).describe('Oracle only; accepted for compatibility');
export const SKIP_ANALYZE = Options.key('skip_analyze').booleanType().defaultTo(false).describe('Oracle only; accepted for compatibility');

// sink
export const GENERATE_SINK_SQL = Options.key('generate_sink_sql').booleanType().defaultTo(false).describe('Generate INSERT/UPSERT/DELETE from database + table');
export const DATABASE = Options.key('database').stringType().describe('Database of the sink table');
export const TABLE = Options.key('table').stringType().describe('Sink table: table or schema.table (default: the input table name)');
export const PRIMARY_KEYS = Options.key('primary_keys').listType().describe('Key columns: rows are upserted, DELETE rows delete by key');
export const ENABLE_UPSERT = Options.key('enable_upsert').booleanType().defaultTo(true).describe('Upsert by primary_keys (false: plain INSERT)');
export const SUPPORT_UPSERT_BY_QUERY_PRIMARY_KEY_EXIST = Options.key('support_upsert_by_query_primary_key_exist')
  .booleanType()
  .defaultTo(false)
  .describe('Accepted for compatibility; every supported database has native upsert');
export const BATCH_SIZE = Options.key('batch_size').intType().check(atLeast(1)).defaultTo(1000).describe('Rows per INSERT statement');
export const MAX_RETRIES = Options.key('max_retries').intType().check(atLeast(0)).defaultTo(0).describe('Retries of a failed connection attempt, with backoff');
export const IS_EXACTLY_ONCE = Options.key('is_exactly_once')
  .booleanType()
  .defaultTo(false)
  .describe('Accepted for compatibility: writes are always committed when the checkpoint (or the job) completes');
export const XA_DATA_SOURCE_CLASS_NAME = Options.key('xa_data_source_class_name').stringType().describe('Accepted for compatibility; no XA is used');
export const MAX_COMMIT_ATTEMPTS = Options.key('max_commit_attempts').intType().defaultTo(3).describe('Accepted for compatibility');
export const TRANSACTION_TIMEOUT_SEC = Options.key('transaction_timeout_sec').intType().defaultTo(-1).describe('Accepted for compatibility');
export const AUTO_COMMIT = Options.key('auto_commit').booleanType().defaultTo(true).describe('Accepted for compatibility');
export const FIELD_IDE = Options.key('field_ide').enumType('ORIGINAL', 'UPPERCASE', 'LOWERCASE').describe('Case of generated column and table names');
export const CREATE_INDEX = Options.key('create_index').booleanType().defaultTo(true).describe('Create the primary key when creating the table');
export const CUSTOM_SQL = Options.key('custom_sql').stringType().describe('SQL run before writing when data_save_mode = CUSTOM_PROCESSING');

export type SchemaSaveMode = 'RECREATE_SCHEMA' | 'CREATE_SCHEMA_WHEN_NOT_EXIST' | 'ERROR_WHEN_SCHEMA_NOT_EXIST' | 'IGNORE';
export type DataSaveMode = 'DROP_DATA' | 'APPEND_DATA' | 'CUSTOM_PROCESSING' | 'ERROR_WHEN_DATA_EXISTS';

export const SCHEMA_SAVE_MODE = Options.key('schema_save_mode')
  .enumType<SchemaSaveMode>('RECREATE_SCHEMA', 'CREATE_SCHEMA_WHEN_NOT_EXIST', 'ERROR_WHEN_SCHEMA_NOT_EXIST', 'IGNORE')
  .defaultTo('CREATE_SCHEMA_WHEN_NOT_EXIST')
  .describe('What to do about the sink table before writing');
export const DATA_SAVE_MODE = Options.key('data_save_mode')
  .enumType<DataSaveMode>('DROP_DATA', 'APPEND_DATA', 'CUSTOM_PROCESSING', 'ERROR_WHEN_DATA_EXISTS')
  .defaultTo('APPEND_DATA')
  .describe('What to do about rows already in the sink table');
