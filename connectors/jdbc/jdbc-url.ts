import { ErrorCodes, SeatideError } from '../../core/errors';

export type JdbcDatabase = 'postgresql' | 'mysql' | 'sqlite';

/** Where a JDBC URL points, without any secret: `display` is safe to print in messages and logs. */
export interface JdbcTarget {
  readonly database: JdbcDatabase;
  readonly host: string;
  readonly port: number;
  /** The database (catalog) named in the URL path; the file path for SQLite. */
  readonly dbName: string;
  /** URL query parameters (`?user=..&currentSchema=..`), decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** `postgresql://127.0.0.1:5432/test`, `sqlite:/tmp/a.db`. */
  readonly display: string;
}

/** The driver class names SeaTunnel configs use, by the database they reach. */
const DRIVERS: Readonly<Record<string, JdbcDatabase>> = {
  'org.postgresql.driver': 'postgresql',
  'com.mysql.cj.jdbc.driver': 'mysql',
  'com.mysql.jdbc.driver': 'mysql',
  'org.mariadb.jdbc.driver': 'mysql',
  'org.sqlite.jdbc': 'sqlite',
};

const DEFAULT_PORTS: Readonly<Record<string, number>> = { postgresql: 5432, mysql: 3306 };

function fail(text: string, option: string): never {
  throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `Jdbc: ${text}`, { details: { plugin: 'Jdbc', option } });
}

/**
 * Parses `jdbc:postgresql://host:port/db?k=v`, `jdbc:mysql://...`, `jdbc:mariadb://...` and
 * `jdbc:sqlite:/path` (or `jdbc:sqlite::memory:`), and checks that `driver` names a driver for the same
 * database. Throws API-02 naming the option for anything else; secrets in the URL never reach the message.
 */
export function parseJdbcUrl(url: string, driver: string): JdbcTarget {
  const trimmed = url.trim();
  const m = /^jdbc:([a-z0-9]+):(.*)$/i.exec(trimmed);
  if (!m) fail(`url must start with 'jdbc:<database>:', got '${redactUrl(trimmed)}'`, 'url');
  const scheme = m[1].toLowerCase();
  const database: JdbcDatabase | undefined =
    scheme === 'postgresql' ? 'postgresql' : scheme === 'mysql' || scheme === 'mariadb' ? 'mysql' : scheme === 'sqlite' ? 'sqlite' : undefined;
  if (!database) fail(`unsupported database '${scheme}' in url; supported: postgresql, mysql, mariadb, sqlite`, 'url');
  const expected = DRIVERS[driver.trim().toLowerCase()];
  if (!expected) fail(`unsupported driver '${driver}'; supported: org.postgresql.Driver, com.mysql.cj.jdbc.Driver, org.mariadb.jdbc.Driver, org.sqlite.JDBC`, 'driver');
  if (expected !== database) fail(`driver '${driver}' does not match the ${scheme} url`, 'driver');

  if (database === 'sqlite') {
    const rest = m[2];
    const q = rest.indexOf('?');
    const path = q >= 0 ? rest.slice(0, q) : rest;
    if (!path) fail('sqlite url needs a file path: jdbc:sqlite:/path/to/file.db', 'url');
    return { database, host: '', port: 0, dbName: path, params: q >= 0 ? parseQuery(rest.slice(q + 1)) : {}, display: `sqlite:${path}` };
  }

  const hm = /^\/\/([^/?]*)(?:\/([^?]*))?(?:\?(.*))?$/.exec(m[2]);
  if (!hm) fail(`cannot read host and database from url '${redactUrl(trimmed)}'`, 'url');
  // Several hosts (failover lists) are not supported: take the first.
  const hostPart = hm[1].split(',')[0].replace(/^.*@/, '');
  const hp = /^(\[[^\]]+\]|[^:]*)(?::(\d+))?$/.exec(hostPart);
  const host = (hp?.[1] || 'localhost').replace(/^\[|\]$/g, '');
  const port = hp?.[2] ? Number(hp[2]) : DEFAULT_PORTS[database];
  const dbName = decodeURIComponent(hm[2] ?? '');
  return { database, host, port, dbName, params: parseQuery(hm[3] ?? ''), display: `${database}://${host}:${port}/${dbName}` };
}

function parseQuery(q: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of q.split(/[&;]/)) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const k = decodeURIComponent(eq >= 0 ? part.slice(0, eq) : part);
    out[k] = decodeURIComponent(eq >= 0 ? part.slice(eq + 1) : '');
  }
  return out;
}

/** The URL with password parameters and user-info masked, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/[^/@?]*@/, '//******@').replace(/((?:^|[?&;])password=)[^&;]*/gi, '$1******');
}
