import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TablePath, catalogTable, column, tableSchema } from '../../../core/catalog/catalog-table';
import { SeatideError } from '../../../core/errors';
import { Types, arrayType, decimalType, mapType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { RowKind, SeaTunnelRow } from '../../../core/types/row';
import { LocalDateTime, LocalTime } from '../../../core/types/temporal';
import { valuesEqual } from '../../../core/types/values-equal';
import { rabbitmqSink } from '../../../connectors/rabbitmq/rabbitmq-sink';
import { rabbitmqSource } from '../../../connectors/rabbitmq/rabbitmq-source';
import { RABBITMQ, closedPort, createSink, createSource, readRows, subtask, suffix, withQueue, writeAll } from '../../support/services';

const s = suite('rabbitmq-sink');

const base = { ...RABBITMQ, virtual_host: '/' };
const table = catalogTable(
  new TablePath(undefined, undefined, 'events'),
  tableSchema([
    column('id', Types.BIGINT),
    column('text', Types.STRING),
    column('amount', decimalType(38, 18)),
    column('at', Types.TIMESTAMP),
    column('t', Types.TIME),
    column('raw', Types.BYTES),
    column('list', arrayType(Types.DOUBLE)),
    column('m', mapType(Types.STRING, Types.STRING)),
  ]),
);
const SCHEMA = { fields: { id: 'bigint', text: 'string', amount: 'decimal(38, 18)', at: 'timestamp', t: 'time', raw: 'bytes', list: 'array<double>', m: 'map<string, string>' } };

const events = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    new SeaTunnelRow(
      [
        9_007_199_254_740_993n + BigInt(i), `événement ${i} 🎉`, Decimal.parse(`12345678901234567890.${String(i).padStart(18, '0')}`),
        LocalDateTime.of(2024, 12, 31, 23, 59, 59, 999_999_000), new LocalTime(1, 2, 3, 4000), new Uint8Array([0, i % 256, 255]), [0.1 * i, -1e300],
        new Map([['k', `v${i}`]]),
      ],
      RowKind.INSERT,
      'events',
    ),
  );

s('rows published as JSON come back through the source with every value exact', async () => {
  await withQueue(async (queue) => {
    const rows = events(200);
    await writeAll(await createSink(rabbitmqSink, { ...base, queue_name: queue }, [table]), [rows.slice(0, 150), rows.slice(150)]);
    const back = await readRows(await createSource(rabbitmqSource, { ...base, queue_name: queue, schema: SCHEMA, delivery_timeout: 300 }));
    assert.is(back.length, 200);
    const byId = new Map(back.map((r) => [r.fields[0], r]));
    for (const e of rows) {
      const a = byId.get(e.fields[0]);
      assert.ok(a, `row ${String(e.fields[0])}`);
      e.fields.forEach((v, i) => assert.ok(valuesEqual(a!.fields[i], v, table.schema.columns[i].type), `${table.schema.columns[i].name}: ${String(a!.fields[i])} vs ${String(v)}`));
    }
  });
});

s('with routing_key the sink publishes to the exchange; messages are persistent', async () => {
  await withQueue(async (queue, ch) => {
    const exchange = `seatide.x.${suffix()}`;
    await ch.assertExchange(exchange, 'direct', { durable: false, autoDelete: true });
    await ch.assertQueue(queue, { durable: true });
    await ch.bindQueue(queue, exchange, 'rk');
    try {
      const text = catalogTable(table.tablePath, tableSchema([column('a', Types.INT), column('b', Types.STRING)]));
      const sink = await createSink(rabbitmqSink, { ...base, queue_name: queue, exchange, routing_key: 'rk', format: 'text', field_delimiter: '\t' }, [text]);
      await writeAll(sink, [[new SeaTunnelRow([1, 'x'], RowKind.INSERT, 'events'), new SeaTunnelRow([2, null], RowKind.INSERT, 'events')]]);
      const first = await ch.get(queue, { noAck: true });
      const second = await ch.get(queue, { noAck: true });
      assert.ok(first && second);
      assert.is(first.content.toString(), '1\tx');
      assert.is(second.content.toString(), '2\t');
      assert.is(first.properties.deliveryMode, 2);
    } finally {
      await ch.deleteExchange(exchange).catch(() => undefined);
    }
  });
});

s('a refused connection fails with SINK-02 naming RabbitMQ and host:port, not the password', async () => {
  const port = await closedPort();
  const sink = await createSink(rabbitmqSink, { ...base, port, queue_name: 'q', username: 'guest', password: 'Hidden-Pass-99' }, [table]);
  const writer = await sink.createWriter(subtask());
  const err = await Promise.resolve(writer.write(events(1))).then(() => undefined, (e: unknown) => e as SeatideError);
  assert.is(err?.code, 'SINK-02');
  assert.match(err!.message, `RabbitMQ sink at 127.0.0.1:${port}/`);
  assert.match(err!.message, /ECONNREFUSED/);
  assert.not.match(err!.message, 'Hidden-Pass-99');
  await writer.close();
});

s('a queue declared with other arguments fails with SINK-01 and the broker reason', async () => {
  await withQueue(async (queue, ch) => {
    await ch.assertQueue(queue, { durable: false });
    const sink = await createSink(rabbitmqSink, { ...base, queue_name: queue, durable: true }, [table]);
    const writer = await sink.createWriter(subtask());
    const err = await Promise.resolve(writer.write(events(1))).then(() => undefined, (e: unknown) => e as SeatideError);
    assert.is(err?.code, 'SINK-01');
    assert.match(err!.message, /PRECONDITION_FAILED|inequivalent arg 'durable'/);
    await writer.close();
  });
});

s.run();
