import type Joi from 'joi';
import { Options } from '../../core/options/option';

/** Options of the Http source and sink (SeaTunnel's HttpConfig). */

const atLeast = (n: number) => (s: Joi.Schema): Joi.Schema => (s as Joi.NumberSchema).min(n);

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD' | 'PATCH';

export const URL = Options.key('url').stringType().describe('Request url');
export const METHOD = Options.key('method').enumType<HttpMethod>('GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH').defaultTo('GET').describe('Request method');
export const HEADERS = Options.key('headers').mapType().describe('Request headers');
export const PARAMS = Options.key('params').mapType().describe('Query parameters (GET, DELETE) or form fields (POST, PUT)');
export const BODY = Options.key('body').stringType().describe('Request body (JSON), when there are no params');
export const FORMAT = Options.key('format').enumType('JSON', 'TEXT').defaultTo('TEXT').describe('text: one `content` row per response; json: rows by schema');
export const CONTENT_FIELD = Options.key('content_field').stringType().describe('JSONPath selecting the records, e.g. $.data.items.*');
export const JSON_FIELD = Options.key('json_field').mapType().describe('Column name -> JSONPath; the paths must match equally many values');
export const PAGEING = Options.key('pageing').objectType().describe('{ page_field, total_page_size, batch_size, start_page_number }');
export const PAGE_FIELD = Options.key('page_field').stringType().defaultTo('page').describe('Request parameter carrying the page number');
export const TOTAL_PAGE_SIZE = Options.key('total_page_size').intType().defaultTo(0).describe('Pages to read (0: until a page has fewer than batch_size records)');
export const PAGE_BATCH_SIZE = Options.key('batch_size').intType().check(atLeast(1)).defaultTo(100).describe('Records of a full page');
export const START_PAGE_NUMBER = Options.key('start_page_number').intType().defaultTo(1).describe('First page number');
export const POLL_INTERVAL_MILLIS = Options.key('poll_interval_millis').intType().check(atLeast(0)).describe('STREAMING: pause between polls (default 1000)');
export const RETRY = Options.key('retry').intType().check(atLeast(0)).describe('Attempts of a request that fails on the network (connection refused, reset, timeout)');
export const RETRY_BACKOFF_MULTIPLIER_MS = Options.key('retry_backoff_multiplier_ms').intType().check(atLeast(0)).defaultTo(100).describe('Backoff unit: pauses grow as this times 1, 1, 2, 3, 5, ...');
export const RETRY_BACKOFF_MAX_MS = Options.key('retry_backoff_max_ms').intType().check(atLeast(0)).defaultTo(10_000).describe('Longest pause between attempts');
export const ENABLE_MULTI_LINES = Options.key('enable_multi_lines').booleanType().defaultTo(false).describe('Treat each response line as its own message');
export const CONNECT_TIMEOUT_MS = Options.key('connect_timeout_ms').intType().check(atLeast(1)).defaultTo(12_000).describe('Milliseconds to connect');
export const SOCKET_TIMEOUT_MS = Options.key('socket_timeout_ms').intType().check(atLeast(1)).defaultTo(60_000).describe('Milliseconds to wait for the response');
