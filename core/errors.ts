/**
 * The one error catalog of the runtime. Codes follow SeaTunnel where SeaTunnel has one (API-02, COMMON-07,
 * ASSERT-01, TRANSFORM_COMMON-01, ...) so that messages read the same to users moving over; codes SeaTunnel
 * lacks use our stable prefixes (CONFIG-*, PLUGIN-*, SHADE-*, SOURCE-*, SINK-*, TRANSFORM-*, JOB-*).
 * `status` is the HTTP status the REST adapter answers with when the error reaches a request.
 */
export interface ErrorCode {
  readonly code: string;
  readonly description: string;
  readonly status: number;
}

const def = (code: string, description: string, status = 400): ErrorCode => Object.freeze({ code, description, status });

export const ErrorCodes = Object.freeze({
  // configuration files and text
  CONFIG_NOT_FOUND: def('CONFIG-01', 'Config file not found'),
  CONFIG_SYNTAX: def('CONFIG-02', 'Config syntax error'),
  CONFIG_UNRESOLVED: def('CONFIG-03', 'Config substitution not resolved'),
  CONFIG_INVALID: def('CONFIG-04', 'Config is invalid'),
  CONFIG_VARIABLE: def('CONFIG-05', 'Config variable is invalid'),
  CONFIG_INCLUDE: def('CONFIG-06', 'Config include failed'),
  // options and plugins (SeaTunnel's API codes)
  CONFIG_VALIDATE: def('API-01', 'Configuration item validate failed'),
  OPTION_VALIDATE: def('API-02', 'Option item validate failed'),
  FACTORY_INIT: def('API-06', 'Factory initialize failed'),
  SAVE_MODE: def('API-09', 'Handle save mode failed'),
  SINK_HAS_DATA: def('API-10', 'The target data source already has data'),
  SINK_TABLE_NOT_EXIST: def('API-11', 'The sink table not exist'),
  PLUGIN_NOT_FOUND: def('PLUGIN-01', 'Plugin not found'),
  PLUGIN_DUPLICATE: def('PLUGIN-02', 'Plugin already registered', 500),
  PLUGIN_INVALID: def('PLUGIN-03', 'Plugin definition is invalid', 500),
  PLUGIN_MODULE: def('PLUGIN-04', 'Plugin module could not be loaded'),
  // job graph
  JOB_DEFINE: def('JOB-01', 'Job definition check failed'),
  JOB_NOT_FOUND: def('JOB-02', 'Job not found', 404),
  JOB_STATE: def('JOB-03', 'Job is in the wrong state'),
  JOB_FAILED: def('JOB-04', 'Job failed', 500),
  JOB_CANCELED: def('JOB-05', 'Job was canceled', 500),
  // types and values (SeaTunnel's COMMON codes)
  ILLEGAL_ARGUMENT: def('COMMON-06', 'Illegal argument'),
  UNSUPPORTED_DATA_TYPE: def('COMMON-07', 'Unsupported data type'),
  UNSUPPORTED_ENCODING: def('COMMON-08', 'Unsupported encoding'),
  FILE_OPERATION: def('COMMON-01', 'File operation failed', 500),
  JSON_OPERATION: def('COMMON-02', 'JSON convert/parse operation failed'),
  CONVERT_VALUE: def('COMMON-16', 'Value conversion failed'),
  WRITE_ROW: def('COMMON-23', 'Write SeaTunnelRow failed', 500),
  // plugin runtime failures
  SOURCE_READ: def('SOURCE-01', 'Source reader operation failed', 500),
  SOURCE_CONNECT: def('SOURCE-02', 'Source connection failed', 500),
  SINK_WRITE: def('SINK-01', 'Sink writer operation failed', 500),
  SINK_CONNECT: def('SINK-02', 'Sink connection failed', 500),
  SINK_COMMIT: def('SINK-03', 'Sink commit failed', 500),
  TRANSFORM_FAILED: def('TRANSFORM-01', 'Transform failed', 500),
  FIELD_NOT_FOUND: def('TRANSFORM_COMMON-01', 'Input field not found in upstream schema'),
  FIELDS_NOT_FOUND: def('TRANSFORM_COMMON-02', 'Input fields not found in upstream schema'),
  SQL_PARSE: def('COMMON-05', 'SQL parse or validate failed'),
  JSONPATH_COLUMNS_EMPTY: def('JSONPATH_ERROR_CODE-01', 'JsonPathTransform config columns must not empty'),
  JSONPATH_SRC_FIELD_EMPTY: def('JSONPATH_ERROR_CODE-02', 'JsonPathTransform src_field must not empty'),
  JSONPATH_PATH_EMPTY: def('JSONPATH_ERROR_CODE-03', 'JsonPathTransform config field path must not empty'),
  JSONPATH_DEST_FIELD_EMPTY: def('JSONPATH_ERROR_CODE-04', 'JsonPathTransform dest_field must not empty'),
  JSONPATH_INVALID: def('JSONPATH_ERROR_CODE-05', 'JsonPathTransform path is invalid'),
  JSONPATH_DEST_TYPE_EMPTY: def('JSONPATH_ERROR_CODE-06', 'JsonPathTransform dest_type must not empty'),
  ASSERT_RULE: def('ASSERT-01', 'Rule validate failed', 500),
  ASSERT_TYPE: def('ASSERT-02', 'Types not supported'),
  ASSERT_CATALOG: def('ASSERT-03', 'Catalog table failed', 500),
  // config shades
  SHADE_NOT_FOUND: def('SHADE-01', 'Config shade not found'),
  SHADE_FAILED: def('SHADE-02', 'Config shade failed'),
  SHADE_KEY: def('SHADE-03', 'Config shade key missing or invalid'),
  // checkpoints
  CHECKPOINT_FAILED: def('CHECKPOINT-01', 'Checkpoint failed', 500),
  CHECKPOINT_PREPARED_LOST: def('CHECKPOINT-02', 'Work prepared by a checkpoint did not survive the node', 500),
  CHECKPOINT_NOT_FOUND: def('CHECKPOINT-03', 'No checkpoint or savepoint to resume from'),
  CHECKPOINT_MISMATCH: def('CHECKPOINT-04', 'Checkpoint does not fit the job'),
  // REST adapter
  REST_NOT_FOUND: def('REST-01', 'No such endpoint', 404),
  REST_METHOD: def('REST-02', 'Method not allowed on this endpoint', 405),
  REST_NOT_READY: def('REST-03', 'Node is not ready', 503),
  // internal faults
  INTERNAL: def('INTERNAL-01', 'Internal error', 500),
});

export type ErrorCodeName = keyof typeof ErrorCodes;

/**
 * A runtime error with a code from the catalog. The message reads as SeaTunnel's do:
 * `ErrorCode:[API-02], ErrorDescription:[Option item validate failed] - <text>`.
 * `context` carries structured details (plugin, option, file, line) for adapters; it never holds secrets.
 * (Not named `details`: test reporters such as uvu's treat an error's `details` as a diff string.)
 */
export class SeatideError extends Error {
  override readonly name = 'SeatideError';
  readonly errorCode: ErrorCode;
  readonly text: string;
  readonly context: Readonly<Record<string, unknown>>;

  constructor(errorCode: ErrorCode, text: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(`ErrorCode:[${errorCode.code}], ErrorDescription:[${errorCode.description}] - ${text}`, { cause: options.cause });
    this.errorCode = errorCode;
    this.text = text;
    this.context = Object.freeze({ ...(options.details ?? {}) });
  }

  get code(): string {
    return this.errorCode.code;
  }
}

export const isSeatideError = (e: unknown): e is SeatideError => e instanceof SeatideError;

/** The message of any thrown value, for logs and job error fields; never "null" or "undefined". */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** Wraps a failure from plugin code with the plugin's identity, keeping an existing code. */
export function wrapPluginError(e: unknown, code: ErrorCode, kind: string, identifier: string): SeatideError {
  if (e instanceof SeatideError) return e;
  return new SeatideError(code, `${kind} '${identifier}': ${messageOf(e)}`, { cause: e, details: { plugin: identifier, kind } });
}
