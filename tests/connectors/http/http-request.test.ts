import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { HttpNetworkError, displayUrl, fibonacci, httpRequest } from '../../../connectors/http/http-request';
import { closedPort, withHttpServer } from '../../support/services';

const s = suite('http-request');

const spec = { method: 'GET' as const, headers: {}, params: {}, connectTimeoutMs: 1000, socketTimeoutMs: 1000, retry: 0, backoffMultiplierMs: 10, backoffMaxMs: 25 };

s('fibonacci pauses and display urls', () => {
  assert.equal([1, 2, 3, 4, 5, 6].map(fibonacci), [1, 1, 2, 3, 5, 8]);
  assert.is(displayUrl('http://h:1/p?token=x#f'), 'http://h:1/p');
});

s('DELETE carries params in the query, PUT as a form; the status and text come back', async () => {
  await withHttpServer((req, res) => {
    res.statusCode = req.method === 'PUT' ? 201 : 204;
    res.end(req.method === 'PUT' ? 'made' : undefined);
  }, async (url, requests) => {
    const del = await httpRequest({ ...spec, url, method: 'DELETE', params: { id: '7' } });
    const put = await httpRequest({ ...spec, url, method: 'PUT', params: { id: '8' } });
    assert.equal([del, put], [{ status: 204, text: '' }, { status: 201, text: 'made' }]);
    assert.is(requests[0].url.searchParams.get('id'), '7');
    assert.is(requests[1].body, 'id=8');
  });
});

s('network errors are retried `retry` attempts in all, then surface as HttpNetworkError', async () => {
  const port = await closedPort();
  const warnings: string[] = [];
  const logger = { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {}, child() { return this; } };
  const e = await httpRequest({ ...spec, url: `http://127.0.0.1:${port}/`, retry: 4 }, undefined, logger).then(() => undefined, (x: unknown) => x);
  assert.instance(e, HttpNetworkError);
  assert.match((e as Error).message, /ECONNREFUSED/);
  assert.equal(warnings.map((w) => /next attempt in (\d+) ms/.exec(w)?.[1]), ['10', '10', '20']);
});

s('an aborted request stops at once', async () => {
  await withHttpServer(() => undefined, async (url) => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const started = Date.now();
    await httpRequest({ ...spec, url, retry: 5 }, ac.signal).catch(() => undefined);
    assert.ok(Date.now() - started < 1000);
  });
});

s.run();
