import type { ErrorCode } from '../../core/errors';
import type { Logger } from '../../core/logging/logger';
import { sleep } from '../../core/time/sleep';
import { causeText, connectorError } from '../common/connector-error';
import type { ConnectOptions, JdbcConnection } from './jdbc-connection';
import type { JdbcTarget } from './jdbc-url';

export interface OpenOptions extends ConnectOptions {
  readonly role: 'source' | 'sink';
  readonly code: ErrorCode;
  /** Further attempts after a transient failure (refused, reset, timed out), with growing pauses. */
  readonly retries?: number;
  readonly logger?: Logger;
  readonly signal?: AbortSignal;
}

const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'PROTOCOL_CONNECTION_LOST', '57P03', '53300']);

function isTransient(e: unknown): boolean {
  if (e instanceof AggregateError) return e.errors.some(isTransient);
  const code = (e as { code?: unknown })?.code;
  return (typeof code === 'string' && TRANSIENT.has(code)) || /timeout/i.test(causeText(e));
}

/**
 * Opens a connection to `target` with the driver of its database. A failure becomes SOURCE-02 / SINK-02
 * naming the plugin, the host:port and the driver's reason, never the password.
 */
export async function openConnection(target: JdbcTarget, options: OpenOptions): Promise<JdbcConnection> {
  const retries = options.retries ?? 0;
  for (let attempt = 0; ; attempt++) {
    try {
      // Drivers load on first use: a job that never touches MySQL does not pay for loading mysql2.
      switch (target.database) {
        case 'postgresql': return await (require('./pg-connection') as typeof import('./pg-connection')).openPgConnection(target, options);
        case 'mysql': return await (require('./mysql-connection') as typeof import('./mysql-connection')).openMysqlConnection(target, options);
        case 'sqlite': return await (require('./sqlite-connection') as typeof import('./sqlite-connection')).openSqliteConnection(target, options);
      }
    } catch (e) {
      if (attempt < retries && isTransient(e) && !options.signal?.aborted) {
        const pause = Math.min(1000 * 2 ** attempt, 10_000);
        options.logger?.warn(`Jdbc ${options.role}: connecting to ${target.display} failed (${causeText(e)}); retry ${attempt + 1} of ${retries} in ${pause} ms`);
        await sleep(pause, options.signal);
        continue;
      }
      const who = options.user ?? options.properties.user;
      throw connectorError(options.code, 'Jdbc', options.role, target.display, `cannot connect${who ? ` as user '${who}'` : ''}`, e, options.password ?? options.properties.password);
    }
  }
}
