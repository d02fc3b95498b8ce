import net from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ErrorCodes, SeatideError } from '../../../core/errors';
import { parseJdbcUrl } from '../../../connectors/jdbc/jdbc-url';
import { openConnection } from '../../../connectors/jdbc/open-connection';
import { PG, closedPort } from '../../support/services';

const s = suite('open-connection');

const options = (retries: number) => ({ role: 'sink' as const, code: ErrorCodes.SINK_CONNECT, user: 'postgres', password: 'Unused-Pass-1', properties: {}, connectTimeoutMs: 2000, retries });

s('a refused connection is retried with a pause, and succeeds once the server is there', async () => {
  const port = await closedPort();
  // The "server" comes up 400 ms late: a TCP proxy to PostgreSQL on the port the first attempt found closed.
  let proxy: net.Server | undefined;
  const up = setTimeout(() => {
    proxy = net.createServer((client) => {
      const upstream = net.connect(PG.port, PG.host);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    }).listen(port, '127.0.0.1');
  }, 400);
  try {
    const started = Date.now();
    const conn = await openConnection(parseJdbcUrl(`jdbc:postgresql://127.0.0.1:${port}/test`, 'org.postgresql.Driver'), options(2));
    assert.equal(await conn.query('SELECT 1'), [[1]]);
    await conn.close();
    assert.ok(Date.now() - started >= 900, 'waited 1 s before the second attempt');
  } finally {
    clearTimeout(up);
    await new Promise((r) => (proxy ? proxy.close(r) : r(undefined)));
  }
});

s('without retries the first refusal fails at once with the target and the cause', async () => {
  const port = await closedPort();
  const started = Date.now();
  const e = await openConnection(parseJdbcUrl(`jdbc:postgresql://127.0.0.1:${port}/test`, 'org.postgresql.Driver'), options(0)).then(() => undefined, (x: unknown) => x as SeatideError);
  assert.ok(Date.now() - started < 900);
  assert.is(e?.code, 'SINK-02');
  assert.is(e?.message, `ErrorCode:[SINK-02], ErrorDescription:[Sink connection failed] - Jdbc sink at postgresql://127.0.0.1:${port}/test: cannot connect as user 'postgres': connect ECONNREFUSED 127.0.0.1:${port}`);
});

s.run();
