import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import { typeToString } from '../../../core/types/data-type';
import { redisSource } from '../../../connectors/redis/redis-source';
import { REDIS, createSource, readBatches, readRows, suffix, withRedisPrefix } from '../../support/services';

const s = suite('redis-source');

s('without format every value is a `content` row; keys of other types are skipped', async () => {
  await withRedisPrefix(async (prefix, redis) => {
    for (let i = 0; i < 120; i++) await redis.set(`${prefix}k${i}`, `value ${i} — ✓`);
    await redis.rpush(`${prefix}alist`, 'not a string key');
    const source = await createSource(redisSource, { ...REDIS, keys: `${prefix}*`, data_type: 'key', batch_size: 25 });
    assert.equal(source.tables[0].schema.columns.map((c) => `${c.name} ${typeToString(c.type)}`), ['content STRING']);
    const perReader = await readBatches(source, 2);
    assert.is(perReader[1].length, 0, 'the key space is read by the first reader only');
    const values = perReader[0].flat().map((r) => r.fields[0] as string).sort();
    assert.is(values.length, 120);
    assert.ok(values.every((v) => v.startsWith('value ') && v.endsWith('— ✓')));
    assert.is(new Set(values).size, 120);
  });
});

s('hash_key_parse_mode all: a hash is one row; kv: each field is a row named by the first schema field', async () => {
  await withRedisPrefix(async (prefix, redis) => {
    await redis.hset(`${prefix}h1`, { name: 'tyrantlucifer', age: '26' });
    await redis.hset(`${prefix}h2`, { name: 'Zongwen', age: '27' });
    const all = await createSource(redisSource, { ...REDIS, keys: `${prefix}h*`, data_type: 'hash', format: 'json', schema: { fields: { name: 'string', age: 'int' } } });
    assert.equal((await readRows(all)).map((r) => r.fields).sort(), [['Zongwen', 27], ['tyrantlucifer', 26]]);

    await redis.hset(`${prefix}kv`, { '001': '{"name":"tyrantlucifer","age":26}', '002': '{"name":"Zongwen","age":26}' });
    const kv = await createSource(redisSource, {
      ...REDIS, keys: `${prefix}kv`, data_type: 'hash', format: 'json', hash_key_parse_mode: 'kv', schema: { fields: { hash_key: 'string', name: 'string', age: 'int' } },
    });
    const rows = (await readRows(kv)).map((r) => r.fields).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    assert.equal(rows, [['001', 'tyrantlucifer', 26], ['002', 'Zongwen', 26]]);
  });
});

s('format text with a schema splits each value on field_delimiter', async () => {
  await withRedisPrefix(async (prefix, redis) => {
    await redis.rpush(`${prefix}l`, '1;a;2024-01-02', '2;b;2024-03-04');
    const source = await createSource(redisSource, {
      ...REDIS, keys: `${prefix}l`, data_type: 'list', format: 'text', field_delimiter: ';', schema: { fields: { id: 'int', s: 'string', d: 'date' } },
    });
    assert.equal((await readRows(source)).map((r) => r.fields.map(String)), [['1', 'a', '2024-01-02'], ['2', 'b', '2024-03-04']]);
  });
});

s('a malformed JSON value fails with COMMON-02 naming the plugin and the value', async () => {
  await withRedisPrefix(async (prefix, redis) => {
    await redis.set(`${prefix}bad`, '{"id": 1,');
    const source = await createSource(redisSource, { ...REDIS, keys: `${prefix}bad`, data_type: 'key', format: 'json', schema: { fields: { id: 'int' } } });
    const err = await readRows(source).then(() => undefined, (e: unknown) => e);
    assert.is((err as SeatideError).code, 'COMMON-02');
    assert.match((err as SeatideError).message, `Redis JSON convert/parse '{"id": 1,'`);
  });
});

s('a wrong password fails with SOURCE-02 and the server reason, never the password', async () => {
  await withRedisPrefix(async (_prefix, redis) => {
    const user = `seatide_${suffix()}`;
    await redis.call('ACL', 'SETUSER', user, 'on', '>Right-Secret-123', '~*', '+@all');
    try {
      const source = await createSource(redisSource, { ...REDIS, keys: 'x*', data_type: 'key', user, auth: 'Wrong-Secret-456' });
      const err = await readRows(source).then(() => undefined, (e: unknown) => e);
      assert.instance(err, SeatideError);
      const e = err as SeatideError;
      assert.is(e.code, 'SOURCE-02');
      assert.match(e.message, 'Redis source at 127.0.0.1:6379/0');
      assert.match(e.message, /WRONGPASS/);
      assert.not.match(`${e.message} ${(e.cause as Error).message}`, 'Wrong-Secret-456');
      const ok = await createSource(redisSource, { ...REDIS, keys: 'no-such-key-*', data_type: 'key', user, auth: 'Right-Secret-123' });
      assert.equal(await readRows(ok), []);
    } finally {
      await redis.call('ACL', 'DELUSER', user);
    }
  });
});

s('format without schema (or schema without format) is refused by the option rule', async () => {
  const err = await createSource(redisSource, { ...REDIS, keys: 'x', data_type: 'key', format: 'json' }).then(() => undefined, (e: unknown) => e);
  assert.is((err as SeatideError).code, 'API-02');
  assert.match((err as SeatideError).message, "These options('format', 'schema') are bundled");
});

s.run();
