import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TablePath, catalogTable, column, tableSchema } from '../../../core/catalog/catalog-table';
import { SeatideError } from '../../../core/errors';
import { Types, decimalType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { RowKind, SeaTunnelRow } from '../../../core/types/row';
import { LocalDate } from '../../../core/types/temporal';
import { httpSink } from '../../../connectors/http/http-sink';
import { closedPort, createSink, subtask, withHttpServer, writeAll } from '../../support/services';

const s = suite('http-sink');

const table = catalogTable(new TablePath(undefined, undefined, 'orders'), tableSchema([column('id', Types.BIGINT), column('amount', decimalType(20, 2)), column('day', Types.DATE)]));
const rows = [
  new SeaTunnelRow([9007199254740993n, Decimal.parse('12.30'), new LocalDate(2024, 2, 29)], RowKind.INSERT, 'orders'),
  new SeaTunnelRow([2n, null, null], RowKind.INSERT, 'orders'),
];

s('each row is POSTed as one JSON object with the configured headers, in order', async () => {
  await withHttpServer((_req, res) => res.end('ok'), async (url, requests) => {
    await writeAll(await createSink(httpSink, { url: `${url}/hook`, headers: { Authorization: 'Bearer x' } }, [table]), [rows]);
    assert.equal(requests.map((r) => [r.method, r.url.pathname, r.headers.authorization, r.headers['content-type']]), [
      ['POST', '/hook', 'Bearer x', 'application/json'],
      ['POST', '/hook', 'Bearer x', 'application/json'],
    ]);
    assert.equal(requests.map((r) => r.body), ['{"id":9007199254740993,"amount":12.30,"day":"2024-02-29"}', '{"id":2,"amount":null,"day":null}']);
  });
});

s('an error status is logged and the job goes on; an unreachable url fails with SINK-02', async () => {
  await withHttpServer((_req, res) => {
    res.statusCode = 500;
    res.end('boom');
  }, async (url, requests) => {
    const logged: string[] = [];
    const sink = await createSink(httpSink, { url }, [table]);
    const writer = await sink.createWriter({ ...subtask(), logger: { debug() {}, info() {}, warn() {}, error: (m: string) => logged.push(m), child() { return this; } } });
    await writer.write(rows);
    await writer.close();
    assert.is(requests.length, 2);
    assert.match(logged[0], 'http response status code:[500], content:[boom]');
  });
  const port = await closedPort();
  const err = await writeAll(await createSink(httpSink, { url: `http://127.0.0.1:${port}/x` }, [table]), [rows]).then(() => undefined, (e: unknown) => e as SeatideError);
  assert.is(err?.code, 'SINK-02');
  assert.match(err!.message, /ECONNREFUSED/);
});

s.run();
