import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import { Decimal } from '../../../core/types/decimal';
import { httpSource } from '../../../connectors/http/http-source';
import { closedPort, createSource, readBatches, readRows, subtask, withHttpServer } from '../../support/services';

const s = suite('http-source');

const json = (res: import('node:http').ServerResponse, body: unknown, status = 200) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};
const fails = (p: Promise<unknown>) => p.then(() => assert.unreachable('expected a failure') as never, (e: unknown) => e as SeatideError);

s('text format: one `content` row per response; params and headers reach the server', async () => {
  await withHttpServer((_req, res) => res.end('plain body — ✓'), async (url, requests) => {
    const source = await createSource(httpSource, { url: `${url}/api?fixed=1`, params: { q: 'a b' }, headers: { 'X-Token': 't0k' } });
    assert.equal(source.tables[0].schema.columns.map((c) => c.name), ['content']);
    assert.equal((await readRows(source)).map((r) => r.fields), [['plain body — ✓']]);
    assert.is(requests[0].method, 'GET');
    assert.is(requests[0].url.searchParams.get('q'), 'a b');
    assert.is(requests[0].url.searchParams.get('fixed'), '1');
    assert.is(requests[0].headers['x-token'], 't0k');
  });
});

s('json with content_field: the records picked by the path become typed rows, big numbers exact', async () => {
  const body = '{"data":{"items":[{"id":12345678901234567890123,"price":"10.50","name":"a"},{"id":2,"price":0.1,"name":"b","extra":true}]}}';
  await withHttpServer((_req, res) => json(res, body), async (url) => {
    const schema = { fields: { id: 'decimal(30, 0)', price: 'decimal(10, 2)', name: 'string' } };
    for (const content_field of ['$.data.items.*', '$.data.items', '$..items[*]']) {
      const rows = await readRows(await createSource(httpSource, { url, format: 'json', schema, content_field }));
      assert.equal(rows.map((r) => r.fields.map(String)), [['12345678901234567890123', '10.50', 'a'], ['2', '0.1', 'b']], content_field);
      assert.instance(rows[0].fields[0], Decimal);
    }
  });
});

s('json_field: parallel paths zip into rows; a missing leaf is null; unequal counts fail', async () => {
  const store = { store: { book: [{ title: 'A', price: 8.95 }, { title: 'B', price: 12.99, isbn: 'x-1' }] } };
  await withHttpServer((_req, res) => json(res, store), async (url) => {
    const source = await createSource(httpSource, {
      url, format: 'json', schema: { fields: { title: 'string', price: 'double', isbn: 'string' } },
      json_field: { title: '$.store.book[*].title', price: '$.store.book[*].price', isbn: '$.store.book[*].isbn' },
    });
    assert.equal((await readRows(source)).map((r) => r.fields), [['A', 8.95, null], ['B', 12.99, 'x-1']]);
    const uneven = await createSource(httpSource, { url, format: 'json', schema: { fields: { t: 'string', a: 'string' } }, json_field: { t: '$.store.book[*].title', a: '$.store.book[0].title' } });
    const e = await fails(readRows(uneven));
    assert.match(e.message, 'the number of parsing records is inconsistent');
  });
});

s('pageing: pages until total_page_size, or until a page is shorter than batch_size', async () => {
  const pages = (req: import('../../support/services').RecordedRequest, res: import('node:http').ServerResponse) => {
    const page = Number(req.url.searchParams.get('p'));
    const n = page < 4 ? 3 : 1; // pages 2 and 3 are full, page 4 is short
    json(res, Array.from({ length: n }, (_, i) => ({ page, i })));
  };
  await withHttpServer(pages, async (url, requests) => {
    const schema = { fields: { page: 'int', i: 'int' } };
    const short = await readBatches(await createSource(httpSource, { url, format: 'json', schema, pageing: { page_field: 'p', batch_size: 3, start_page_number: 2 } }));
    assert.equal(short[0].map((b) => b.length), [3, 3, 1], 'one batch per page');
    assert.equal(requests.map((r) => r.url.searchParams.get('p')), ['2', '3', '4']);
    requests.length = 0;
    const fixed = await readRows(await createSource(httpSource, { url, format: 'json', schema, pageing: { page_field: 'p', total_page_size: 2 } }));
    assert.equal(requests.map((r) => r.url.searchParams.get('p')), ['1', '2']);
    assert.is(fixed.length, 6);
  });
});

s('POST sends the body as JSON, or params as a form', async () => {
  await withHttpServer((_req, res) => res.end('ok'), async (url, requests) => {
    await readRows(await createSource(httpSource, { url, method: 'post', body: '{"query":"x"}' }));
    await readRows(await createSource(httpSource, { url, method: 'POST', params: { a: '1', b: 'é' } }));
    assert.is(requests[0].headers['content-type'], 'application/json');
    assert.is(requests[0].body, '{"query":"x"}');
    assert.match(String(requests[1].headers['content-type']), 'application/x-www-form-urlencoded');
    assert.is(requests[1].body, 'a=1&b=%C3%A9');
  });
});

s('network failures are retried with growing pauses; without retries the first one fails with SOURCE-02', async () => {
  const flaky = (_req: unknown, res: import('node:http').ServerResponse, n: number) => {
    if (n <= 2) res.socket?.destroy();
    else res.end('third time');
  };
  await withHttpServer(flaky, async (url, requests) => {
    const started = Date.now();
    const rows = await readRows(await createSource(httpSource, { url, retry: 3, retry_backoff_multiplier_ms: 150, retry_backoff_max_ms: 1000 }));
    assert.equal(rows.map((r) => r.fields), [['third time']]);
    assert.is(requests.length, 3);
    assert.ok(Date.now() - started >= 300, 'paused 150 ms × fib(1) + 150 ms × fib(2)');
  });
  await withHttpServer(flaky, async (url) => {
    const e = await fails(readRows(await createSource(httpSource, { url })));
    assert.is(e.code, 'SOURCE-02');
    assert.match(e.message, `Http source at ${url}`);
    assert.match(e.message, /socket|closed|ECONNRESET|terminated/i);
  });
});

s('a server that never answers hits the timeouts; an error status fails with SOURCE-01 and the content', async () => {
  await withHttpServer(() => undefined, async (url) => {
    const e = await fails(readRows(await createSource(httpSource, { url, connect_timeout_ms: 100, socket_timeout_ms: 150 })));
    assert.is(e.code, 'SOURCE-02');
    assert.match(e.message, 'no response within 250 ms');
  });
  await withHttpServer((_req, res) => json(res, { error: 'nope' }, 503), async (url) => {
    const e = await fails(readRows(await createSource(httpSource, { url: `${url}/x?token=SECRET-TOKEN` })));
    assert.is(e.code, 'SOURCE-01');
    assert.match(e.message, 'http response status code:[503], content:[{"error":"nope"}]');
    assert.not.match(e.message, 'SECRET-TOKEN');
  });
});

s('a refused connection fails with SOURCE-02 naming host:port and the cause', async () => {
  const port = await closedPort();
  const e = await fails(readRows(await createSource(httpSource, { url: `http://127.0.0.1:${port}/api` })));
  assert.is(e.code, 'SOURCE-02');
  assert.match(e.message, `Http source at http://127.0.0.1:${port}/api`);
  assert.match(e.message, /ECONNREFUSED/);
});

s('STREAMING polls every poll_interval_millis until the job stops; multi-line responses are one row per line', async () => {
  await withHttpServer((_req, res, n) => res.end(`a${n}\nb${n}\n`), async (url) => {
    const source = await createSource(httpSource, { url, enable_multi_lines: true, poll_interval_millis: 50 }, { jobMode: 'STREAMING' });
    assert.is(source.boundedness, 'UNBOUNDED');
    const stop = new AbortController();
    const reader = await source.createReader(subtask(0, 1, stop.signal));
    const got: string[] = [];
    for await (const b of reader.read()) {
      got.push(...b.map((r) => r.fields[0] as string));
      if (got.length >= 6) stop.abort();
    }
    assert.equal(got.slice(0, 6), ['a1', 'b1', 'a2', 'b2', 'a3', 'b3']);
  });
});

s('a schema needs format json; a filter path is refused', async () => {
  const e = await fails(createSource(httpSource, { url: 'http://127.0.0.1:1/', schema: { fields: { a: 'int' } } }));
  assert.match(e.message, 'Unsupported data format [text], http connector only support json format now');
  const f = await fails(createSource(httpSource, { url: 'http://127.0.0.1:1/', format: 'json', schema: { fields: { a: 'int' } }, content_field: '$.a[?(@.x > 1)]' }));
  assert.is(f.code, 'API-02');
  assert.match(f.message, 'filters and expressions are not supported');
});

s.run();
