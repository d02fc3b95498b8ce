import type { Logger } from '../../core/logging/logger';
import { sleep } from '../../core/time/sleep';
import { causeText } from '../common/connector-error';
import type { HttpMethod } from './http-options';

export interface HttpRequestSpec {
  readonly url: string;
  readonly method: HttpMethod;
  readonly headers: Readonly<Record<string, string>>;
  readonly params: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly connectTimeoutMs: number;
  readonly socketTimeoutMs: number;
  /** Attempts in all (SeaTunnel's stopAfterAttempt(retry)); below 1 means one attempt. */
  readonly retry: number;
  readonly backoffMultiplierMs: number;
  readonly backoffMaxMs: number;
}

export interface HttpResponse {
  readonly status: number;
  readonly text: string;
}

/** A request that never got a response: refused, reset, timed out. Worth another attempt. */
export class HttpNetworkError extends Error {
  override readonly name = 'HttpNetworkError';
}

/** The url without its query, for messages: query strings often carry tokens. */
export const displayUrl = (url: string): string => url.replace(/[?#].*$/, '');

/**
 * Sends a request with Node's fetch. GET, DELETE and HEAD carry `params` in the query; POST, PUT and PATCH
 * send them as a form, or else `body` as JSON (SeaTunnel's HttpClientProvider). A network failure is tried
 * again up to `retry` attempts in all, pausing `multiplier × fib(n)` ms (capped at `max`) after the n-th
 * failed attempt, as Guava's fibonacciWait in SeaTunnel; an HTTP error status is an answer, not retried.
 */
export async function httpRequest(spec: HttpRequestSpec, signal?: AbortSignal, logger?: Logger): Promise<HttpResponse> {
  const attempts = Math.max(1, spec.retry);
  for (let attempt = 1; ; attempt++) {
    try {
      return await once(spec, signal);
    } catch (e) {
      if (!(e instanceof HttpNetworkError) || attempt >= attempts || signal?.aborted) throw e;
      const pause = Math.min(spec.backoffMultiplierMs * fibonacci(attempt), spec.backoffMaxMs);
      logger?.warn(`Http: [${attempt}] request ${displayUrl(spec.url)} failed (${e.message}); next attempt in ${pause} ms`);
      await sleep(pause, signal);
    }
  }
}

export function fibonacci(n: number): number {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}

async function once(spec: HttpRequestSpec, outer?: AbortSignal): Promise<HttpResponse> {
  const url = new URL(spec.url);
  const headers = new Headers(spec.headers);
  let body: string | undefined;
  const params = Object.entries(spec.params);
  if (spec.method === 'GET' || spec.method === 'DELETE' || spec.method === 'HEAD') {
    for (const [k, v] of params) url.searchParams.set(k, v);
  } else if (params.length) {
    body = new URLSearchParams(params).toString();
    if (!headers.has('content-type')) headers.set('content-type', 'application/x-www-form-urlencoded; charset=UTF-8');
  } else {
    body = spec.body ?? '';
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }

  const controller = new AbortController();
  let timedOut = '';
  const arm = (ms: number, what: string) =>
    setTimeout(() => {
      timedOut = what;
      controller.abort();
    }, ms);
  const onOuter = () => controller.abort();
  outer?.addEventListener('abort', onOuter, { once: true });
  let timer = arm(spec.connectTimeoutMs + spec.socketTimeoutMs, `no response within ${spec.connectTimeoutMs + spec.socketTimeoutMs} ms`);
  try {
    const res = await fetch(url, { method: spec.method, headers, body, signal: controller.signal, redirect: 'follow' });
    clearTimeout(timer);
    timer = arm(spec.socketTimeoutMs, `response body not read within ${spec.socketTimeoutMs} ms`);
    const text = await res.text();
    return { status: res.status, text };
  } catch (e) {
    if (outer?.aborted) throw e;
    throw new HttpNetworkError(timedOut || causeText((e as Error).cause ?? e));
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuter);
  }
}
