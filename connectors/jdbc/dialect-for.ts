import type { JdbcDatabase } from './jdbc-url';
import { mysqlDialect } from './mysql-dialect';
import { postgresDialect } from './postgres-dialect';
import type { SqlDialect } from './sql-dialect';
import { sqliteDialect } from './sqlite-dialect';

/** The SQL dialect of a database. */
export function dialectFor(database: JdbcDatabase): SqlDialect {
  switch (database) {
    case 'postgresql': return postgresDialect;
    case 'mysql': return mysqlDialect;
    case 'sqlite': return sqliteDialect;
  }
}
