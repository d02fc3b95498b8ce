import { SCHEMA, catalogTableFromConfig } from '../../core/catalog/schema-from-config';
import { ErrorCodes, SeatideError } from '../../core/errors';
import { OptionRule } from '../../core/options/option-rule';
import { ReadonlyConfig } from '../../core/options/readonly-config';
import type { Source, SourceFactory, SourceFactoryContext, SubtaskContext } from '../../core/plugin/contracts';
import * as O from './http-options';
import { HttpReader, type HttpReadPlan, type PageInfo } from './http-reader';
import type { HttpRequestSpec } from './http-request';
import { compileJsonPath } from './json-path';
import { MessageDecoder, contentTable } from '../common/message-format';

const DEFAULT_POLL_MS = 1000;

/**
 * Http source: requests `url` and turns each response into rows. Format text gives one `content` row per
 * response (or per line with `enable_multi_lines`); format json converts the JSON (an object is a row, an
 * array is rows) by `schema`, after `content_field` picks the records or `json_field` assembles them from
 * parallel JSONPaths. `pageing` walks pages through a request parameter until `total_page_size` pages or a
 * page shorter than `batch_size`. BATCH jobs read once; STREAMING jobs poll every `poll_interval_millis`.
 */
export const httpSource = {
  kind: 'source',
  guarantee: { level: 'at-least-once', note: 'requests are made again from the start after a resume' },
  identifier: 'Http',
  description: 'Reads JSON or text from an HTTP endpoint, with JSONPath selection, paging and retries',
  optionRule: OptionRule.builder()
    .required(O.URL)
    .optional(O.METHOD, O.HEADERS, O.PARAMS, O.FORMAT, O.BODY, O.PAGEING, O.JSON_FIELD, O.CONTENT_FIELD)
    .conditional(O.FORMAT, 'JSON', SCHEMA)
    .optional(O.POLL_INTERVAL_MILLIS, O.RETRY, O.RETRY_BACKOFF_MULTIPLIER_MS, O.RETRY_BACKOFF_MAX_MS, O.ENABLE_MULTI_LINES, O.CONNECT_TIMEOUT_MS, O.SOCKET_TIMEOUT_MS)
    .build(),

  create(ctx: SourceFactoryContext): Source {
    const options = ctx.options;
    const format = options.get(O.FORMAT);
    const hasSchema = options.lookup('schema') !== undefined;
    if (hasSchema && format !== 'JSON') {
      throw new SeatideError(ErrorCodes.ILLEGAL_ARGUMENT, `source 'Http': Unsupported data format [${format.toLowerCase()}], http connector only support json format now`, {
        details: { plugin: 'Http', option: 'format' },
      });
    }
    const table = hasSchema ? catalogTableFromConfig(options, ctx.outputName) : contentTable();
    const jsonFields = Object.entries(options.get(O.JSON_FIELD) ?? {});
    const contentField = options.get(O.CONTENT_FIELD);
    const compile = (path: string, option: string) => {
      try {
        return compileJsonPath(path);
      } catch (e) {
        throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `source 'Http': option '${option}': ${(e as Error).message}`, { details: { plugin: 'Http', option } });
      }
    };
    const bounded = ctx.job.jobMode === 'BATCH';
    const plan: HttpReadPlan = {
      request: requestSpec(options),
      decoder: new MessageDecoder(table, format === 'JSON' ? 'json' : 'text', 'Http'),
      contentField: format === 'JSON' && contentField ? compile(contentField, 'content_field') : undefined,
      jsonFields: format === 'JSON' && !contentField ? jsonFields.map(([name, path]) => ({ name, path: compile(path, `json_field.${name}`) })) : [],
      multiLines: options.get(O.ENABLE_MULTI_LINES),
      paging: pageInfo(options),
      bounded,
      pollMs: options.get(O.POLL_INTERVAL_MILLIS) ?? DEFAULT_POLL_MS,
    };
    return {
      tables: [table],
      boundedness: bounded ? 'BOUNDED' : 'UNBOUNDED',
      createReader: (sub: SubtaskContext) => new HttpReader(plan, sub),
    };
  },
} satisfies SourceFactory;

/** The request options shared by the Http source and sink. */
export function requestSpec(options: ReadonlyConfig): HttpRequestSpec {
  return {
    url: options.get(O.URL)!,
    method: options.get(O.METHOD),
    headers: options.get(O.HEADERS) ?? {},
    params: options.get(O.PARAMS) ?? {},
    body: options.get(O.BODY),
    connectTimeoutMs: options.get(O.CONNECT_TIMEOUT_MS),
    socketTimeoutMs: options.get(O.SOCKET_TIMEOUT_MS),
    retry: options.get(O.RETRY) ?? 0,
    backoffMultiplierMs: options.get(O.RETRY_BACKOFF_MULTIPLIER_MS),
    backoffMaxMs: options.get(O.RETRY_BACKOFF_MAX_MS),
  };
}

function pageInfo(options: ReadonlyConfig): PageInfo | undefined {
  const raw = options.get(O.PAGEING);
  if (!raw) return undefined;
  const page = new ReadonlyConfig(raw, options.owner);
  return {
    field: page.get(O.PAGE_FIELD),
    totalPages: page.get(O.TOTAL_PAGE_SIZE),
    batchSize: page.get(O.PAGE_BATCH_SIZE),
    start: page.get(O.START_PAGE_NUMBER),
  };
}
