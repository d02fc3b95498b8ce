import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TablePath, catalogTable, column, tableSchema } from '../../../core/catalog/catalog-table';
import { SeatideError } from '../../../core/errors';
import { Types, arrayType, decimalType, mapType, rowType } from '../../../core/types/data-type';
import { Decimal } from '../../../core/types/decimal';
import { RowKind, SeaTunnelRow } from '../../../core/types/row';
import { LocalDate, LocalDateTime } from '../../../core/types/temporal';
import { valuesEqual } from '../../../core/types/values-equal';
import { redisSink } from '../../../connectors/redis/redis-sink';
import { redisSource } from '../../../connectors/redis/redis-source';
import { REDIS, closedPort, createSink, createSource, readRows, withRedisPrefix, writeAll } from '../../support/services';

const s = suite('redis-sink');

const table = catalogTable(
  new TablePath(undefined, undefined, 'people'),
  tableSchema([
    column('id', Types.BIGINT),
    column('name', Types.STRING),
    column('amount', decimalType(20, 4)),
    column('born', Types.DATE),
    column('seen', Types.TIMESTAMP),
    column('photo', Types.BYTES),
    column('tags', arrayType(Types.STRING)),
    column('attrs', mapType(Types.STRING, Types.INT)),
    column('address', rowType(['city', 'zip'], [Types.STRING, Types.INT])),
  ]),
);

const SCHEMA = {
  fields: {
    id: 'bigint', name: 'string', amount: 'decimal(20, 4)', born: 'date', seen: 'timestamp', photo: 'bytes',
    tags: 'array<string>', attrs: 'map<string, int>', address: { city: 'string', zip: 'int' },
  },
};

const people = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    new SeaTunnelRow(
      [
        BigInt(i) * 1_000_000_000_007n, `name ${i} ✓ 😀`, Decimal.parse(`${i}.${String(i % 10000).padStart(4, '0')}`), new LocalDate(2000, 1 + (i % 12), 1 + (i % 28)),
        LocalDateTime.of(2024, 2, 29, i % 24, i % 60, i % 60, (i % 1000) * 1_000_000), new Uint8Array([i % 256, 0, 255]), [`t${i}`, 'x'],
        new Map([['a', i]]), new SeaTunnelRow([`city${i}`, 10000 + i]),
      ],
      RowKind.INSERT,
      'people',
    ),
  );

const sameRows = (actual: SeaTunnelRow[], expected: SeaTunnelRow[]) => {
  const key = (r: SeaTunnelRow) => String(r.fields[0]);
  const byKey = new Map(actual.map((r) => [key(r), r]));
  assert.is(actual.length, expected.length);
  for (const e of expected) {
    const a = byKey.get(key(e));
    assert.ok(a, `row ${key(e)} read back`);
    e.fields.forEach((v, i) => assert.ok(valuesEqual(a!.fields[i], v, table.schema.columns[i].type), `row ${key(e)} field ${table.schema.columns[i].name}: ${String(a!.fields[i])} vs ${String(v)}`));
  }
};

s('key: one JSON value per row under the value of the key field; read back through the source', async () => {
  await withRedisPrefix(async (prefix, redis) => {
    const rows = people(250).map((r) => r.copy([`${prefix}${r.fields[0]}`, ...r.fields.slice(1)]));
    const keyed = catalogTable(table.tablePath, tableSchema([column('id', Types.STRING), ...table.schema.columns.slice(1)]));
    await writeAll(await createSink(redisSink, { ...REDIS, key: 'id', data_type: 'key', batch_size: 64 }, [keyed]), [rows]);
    const stored = JSON.parse((await redis.get(`${prefix}7000000000049`))!);
    assert.equal(stored.address, { city: 'city7', zip: 10007 });
    assert.is(stored.amount, 7.0007);
    const source = await createSource(redisSource, { ...REDIS, keys: `${prefix}*`, data_type: 'key', format: 'json', schema: { fields: { ...SCHEMA.fields, id: 'string' } }, batch_size: 50 });
    const back = await readRows(source);
    assert.is(back.length, 250);
    assert.ok(back.every((r) => r.tableId === 'default.default.default'));
    const expected = new Map(rows.map((r) => [r.fields[0], r]));
    for (const r of back) r.fields.forEach((v, i) => assert.ok(valuesEqual(v, expected.get(r.fields[0])!.fields[i], keyed.schema.columns[i].type)));
  });
});

s('list, set and zset collect every row under one key; hash holds the fields', async () => {
  await withRedisPrefix(async (prefix, redis) => {
    const rows = people(40);
    for (const type of ['list', 'set', 'zset']) {
      await writeAll(await createSink(redisSink, { ...REDIS, key: `${prefix}${type}`, data_type: type }, [table]), [rows.slice(0, 20), rows.slice(20)]);
      const source = await createSource(redisSource, { ...REDIS, keys: `${prefix}${type}`, data_type: type, format: 'json', schema: SCHEMA });
      sameRows(await readRows(source), rows);
    }
    const list = await redis.lrange(`${prefix}list`, 0, -1);
    assert.is(JSON.parse(list[0]).id, 39 * 1_000_000_000_007, 'LPUSH puts the last row first, as SeaTunnel');
    const scores = await redis.zrange(`${prefix}zset`, 0, -1, 'WITHSCORES');
    assert.is(scores[1], '1');

    await writeAll(await createSink(redisSink, { ...REDIS, key: `${prefix}hash`, data_type: 'hash' }, [table]), [rows.slice(3, 4)]);
    const hash = await redis.hgetall(`${prefix}hash`);
    assert.is(hash.name, 'name 3 ✓ 😀');
    assert.is(hash.address, '{"city":"city3","zip":10003}');
    const source = await createSource(redisSource, { ...REDIS, keys: `${prefix}hash`, data_type: 'hash', format: 'json', schema: SCHEMA });
    sameRows(await readRows(source), rows.slice(3, 4));
  });
});

s('expire sets a time to live; db_num picks the database', async () => {
  await withRedisPrefix(async (prefix, redis) => {
    await writeAll(await createSink(redisSink, { ...REDIS, key: `${prefix}ttl`, data_type: 'list', expire: 300, db_num: 3 }, [table]), [people(2)]);
    await redis.select(0);
    assert.is(await redis.exists(`${prefix}ttl`), 0);
    await redis.select(3);
    const ttl = await redis.ttl(`${prefix}ttl`);
    assert.ok(ttl > 250 && ttl <= 300, `ttl ${ttl}`);
  });
});

s('format text writes the fields joined by the delimiter, a single column as it is', async () => {
  await withRedisPrefix(async (prefix, redis) => {
    const two = catalogTable(table.tablePath, tableSchema([column('a', Types.INT), column('b', Types.STRING)]));
    await writeAll(await createSink(redisSink, { ...REDIS, key: `${prefix}t`, data_type: 'list', format: 'text', field_delimiter: '|' }, [two]), [[new SeaTunnelRow([1, 'x y'], RowKind.INSERT, 'people')]]);
    assert.equal(await redis.lrange(`${prefix}t`, 0, -1), ['1|x y']);
  });
});

s('a refused connection fails with SINK-02 naming Redis, host:port and the cause, not the password', async () => {
  const port = await closedPort();
  const sink = await createSink(redisSink, { host: '127.0.0.1', port, key: 'k', data_type: 'key', auth: 'Redis-Secret-77' }, [table]);
  const writer = await sink.createWriter({ subtaskIndex: 0, parallelism: 1, signal: new AbortController().signal, logger: { debug() {}, info() {}, warn() {}, error() {}, child() { return this; } } });
  const err = await Promise.resolve(writer.write(people(1))).then(() => undefined, (e: unknown) => e);
  assert.instance(err, SeatideError);
  const e = err as SeatideError;
  assert.is(e.code, 'SINK-02');
  assert.match(e.message, `Redis sink at 127.0.0.1:${port}/0`);
  assert.match(e.message, /ECONNREFUSED/);
  assert.not.match(e.message, 'Redis-Secret-77');
  await writer.close();
});

s('hash with format text is refused at creation', async () => {
  const err = await createSink(redisSink, { ...REDIS, key: 'k', data_type: 'hash', format: 'text' }, [table]).then(() => undefined, (e: unknown) => e);
  assert.is((err as SeatideError).code, 'API-02');
  assert.match((err as SeatideError).message, 'needs format json');
});

s.run();
