import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ReadonlyConfig } from '../../../core/options/readonly-config';
import { openRedis, redisEndpoint, scanType } from '../../../connectors/redis/redis-client';
import { REDIS } from '../../support/services';

const s = suite('redis-client');

const owner = { kind: 'source', identifier: 'Redis' };

s('the endpoint names host:port/db; cluster mode is refused; SCAN types', () => {
  const e = redisEndpoint(new ReadonlyConfig({ ...REDIS, db_num: 2, auth: 'x' }, owner), 'source');
  assert.equal([e.display, e.db, e.password], ['127.0.0.1:6379/2', 2, 'x']);
  assert.throws(() => redisEndpoint(new ReadonlyConfig({ ...REDIS, mode: 'cluster' }, owner), 'sink'), /mode CLUSTER is not supported/);
  assert.equal(['KEY', 'HASH', 'ZSET'].map((t) => scanType(t as 'KEY')), ['string', 'hash', 'zset']);
});

s('a connection selects db_num and comes back after the server drops it', async () => {
  const client = await openRedis(redisEndpoint(new ReadonlyConfig({ ...REDIS, db_num: 3 }, owner), 'sink'), 'sink');
  try {
    const id = await client.client('ID');
    assert.match(String(await client.client('INFO')), 'db=3');
    const admin = await openRedis(redisEndpoint(new ReadonlyConfig({ ...REDIS }, owner), 'sink'), 'sink');
    await admin.client('KILL', 'ID', String(id));
    admin.disconnect();
    assert.is(await client.ping(), 'PONG', 'the command waited for the reconnection');
    assert.match(String(await client.client('INFO')), 'db=3');
  } finally {
    client.disconnect();
  }
});

s.run();
