import type { Redis } from 'ioredis';
import { ErrorCodes, SeatideError } from '../../core/errors';
import type { ReadonlyConfig } from '../../core/options/readonly-config';
import { connectorError } from '../common/connector-error';
import * as O from './redis-options';

export interface RedisEndpoint {
  readonly host: string;
  readonly port: number;
  readonly user?: string;
  readonly password?: string;
  readonly db: number;
  readonly connectTimeoutMs: number;
  /** `host:port/db` for messages. */
  readonly display: string;
}

export function redisEndpoint(options: ReadonlyConfig, role: 'source' | 'sink'): RedisEndpoint {
  if (options.get(O.MODE) === 'CLUSTER') {
    throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `${role} 'Redis': mode CLUSTER is not supported; connect to a single node`, {
      details: { plugin: 'Redis', option: 'mode' },
    });
  }
  const host = options.get(O.HOST)!;
  const port = options.get(O.PORT)!;
  const db = options.get(O.DB_NUM);
  return {
    host, port, db,
    user: options.get(O.USER),
    password: options.get(O.AUTH),
    connectTimeoutMs: options.get(O.CONNECT_TIMEOUT_MS),
    display: `${host}:${port}/${db}`,
  };
}

/**
 * Connects and authenticates. The first connection is not retried (a wrong host or password fails at
 * once, with the server's reason); once connected, a dropped connection is re-established with growing
 * pauses, up to 10 times, and the commands issued meanwhile wait for it.
 */
export async function openRedis(e: RedisEndpoint, role: 'source' | 'sink'): Promise<Redis> {
  let connected = false;
  let lastError: Error | undefined;
  // ioredis loads on first use, not when the runtime registers its plugins.
  const { Redis: RedisClient } = require('ioredis') as typeof import('ioredis');
  const client = new RedisClient({
    host: e.host,
    port: e.port,
    username: e.user,
    password: e.password,
    db: e.db,
    lazyConnect: true,
    connectTimeout: e.connectTimeoutMs,
    maxRetriesPerRequest: 3,
    retryStrategy: (times) => (connected && times <= 10 ? Math.min(100 * 2 ** times, 5000) : null),
  });
  client.on('error', (err: Error) => {
    lastError = err;
  });
  try {
    await client.connect();
    connected = true;
    return client;
  } catch (err) {
    client.disconnect();
    const cause = lastError && /closed/i.test((err as Error).message) ? lastError : err;
    throw connectorError(role === 'source' ? ErrorCodes.SOURCE_CONNECT : ErrorCodes.SINK_CONNECT, 'Redis', role, e.display, 'cannot connect', cause, e.password);
  }
}

/** SCAN's TYPE filter of a data type. */
export const scanType = (t: O.RedisDataType): string => (t === 'KEY' ? 'string' : t.toLowerCase());
