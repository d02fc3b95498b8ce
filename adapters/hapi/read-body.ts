import { isLosslessNumber, parse } from 'lossless-json';
import { ErrorCodes, SeatideError } from '../../core/errors';
import type { ConfigObject } from '../../core/options/readonly-config';
import { badRequest } from './error-to-boom';

const MAX_LONG = 9223372036854775807n;
const MIN_LONG = -9223372036854775808n;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The request body as text. Routes take the raw payload (`parse: false`) so that numbers can be read
 * losslessly; the Content-Type header is ignored, as SeaTunnel ignores it. Throws 400 `Request body is
 * empty.` for an absent or blank body, and `Invalid JSON format in request body.` for bytes that are not UTF-8.
 */
export function bodyText(payload: unknown): string {
  if (payload === null || payload === undefined) throw badRequest('Request body is empty.');
  let text: string;
  if (typeof payload === 'string') text = payload;
  else if (Buffer.isBuffer(payload)) {
    try {
      text = utf8.decode(payload);
    } catch {
      throw invalidJson();
    }
  } else throw new SeatideError(ErrorCodes.INTERNAL, 'the route must receive its body unparsed (payload.parse = false)');
  if (text.trim() === '') throw badRequest('Request body is empty.');
  return text;
}

/**
 * Parses a JSON body keeping every number's digits: numbers are lossless-json LosslessNumbers, so that
 * `{"jobId":733584788375666689}` is still 733584788375666689. Use {@link toPlainConfig} before handing
 * the tree to the runtime.
 */
export function readJsonBody(payload: unknown): unknown {
  const text = bodyText(payload);
  try {
    return parse(text);
  } catch {
    throw invalidJson();
  }
}

/** A JSON body that must be an object: a job config, a stop request, tags. */
export function readJsonObject(payload: unknown, what: string): ConfigObject {
  const tree = readJsonBody(payload);
  if (!isObject(tree)) throw badRequest(`The request body must be a JSON object (${what}), got ${kindOf(tree)}.`);
  return tree;
}

/** A JSON body that must be an array: submit-jobs, stop-jobs. */
export function readJsonArray(payload: unknown, what: string): unknown[] {
  const tree = readJsonBody(payload);
  if (!Array.isArray(tree)) throw badRequest(`The request body must be a JSON array (${what}), got ${kindOf(tree)}.`);
  return tree;
}

/**
 * A lossless tree as the plain config the runtime reads, with the number rules of the HOCON loader:
 * integers that fit a double exactly become numbers, larger 64-bit integers bigints, anything else
 * (fractions, exponents, integers past 64 bits) a double. Keys are copied as own properties, so a
 * `"__proto__"` key stays data.
 */
export function toPlainConfig(tree: ConfigObject): ConfigObject {
  return plain(tree) as ConfigObject;
}

function plain(value: unknown): unknown {
  if (isLosslessNumber(value)) return plainNumber(value.value);
  if (Array.isArray(value)) return value.map(plain);
  if (isObject(value)) {
    const out: ConfigObject = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, { value: plain(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

function plainNumber(text: string): number | bigint {
  if (/^-?\d+$/.test(text)) {
    const big = BigInt(text);
    if (big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(big);
    if (big >= MIN_LONG && big <= MAX_LONG) return big;
  }
  return Number(text);
}

export function isObject(v: unknown): v is ConfigObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isLosslessNumber(v);
}

/** How a JSON value reads in an error message. */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (isLosslessNumber(v)) return `the number ${v.value}`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v)}`;
  return String(v);
}

const invalidJson = () => new SeatideError(ErrorCodes.JSON_OPERATION, 'Invalid JSON format in request body.');
