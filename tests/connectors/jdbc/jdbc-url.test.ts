import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import { parseJdbcUrl, redactUrl } from '../../../connectors/jdbc/jdbc-url';

const s = suite('jdbc-url');

s('PostgreSQL, MySQL and MariaDB urls give host, port, database and parameters', () => {
  const pg = parseJdbcUrl('jdbc:postgresql://db.local:6543/sales?currentSchema=s1&ssl=false', 'org.postgresql.Driver');
  assert.equal([pg.database, pg.host, pg.port, pg.dbName, pg.params, pg.display], ['postgresql', 'db.local', 6543, 'sales', { currentSchema: 's1', ssl: 'false' }, 'postgresql://db.local:6543/sales']);
  const my = parseJdbcUrl('jdbc:mysql://localhost/test?serverTimezone=GMT%2b8', 'com.mysql.cj.jdbc.Driver');
  assert.equal([my.database, my.host, my.port, my.dbName, my.params.serverTimezone], ['mysql', 'localhost', 3306, 'test', 'GMT+8']);
  const maria = parseJdbcUrl('jdbc:mariadb://[::1]:3307/x', 'org.mariadb.jdbc.Driver');
  assert.equal([maria.database, maria.host, maria.port], ['mysql', '::1', 3307]);
  assert.is(parseJdbcUrl('jdbc:postgresql://h/d', 'ORG.POSTGRESQL.DRIVER').port, 5432, 'driver names match case-insensitively');
});

s('SQLite urls name a file', () => {
  const t = parseJdbcUrl('jdbc:sqlite:/tmp/a b.db', 'org.sqlite.JDBC');
  assert.equal([t.database, t.dbName, t.display], ['sqlite', '/tmp/a b.db', 'sqlite:/tmp/a b.db']);
  assert.is(parseJdbcUrl('jdbc:sqlite::memory:', 'org.sqlite.JDBC').dbName, ':memory:');
});

s('unsupported databases, unknown drivers and mismatches fail with API-02 naming the option', () => {
  const cases: [string, string, RegExp, string][] = [
    ['jdbc:oracle:thin:@h:1521/x', 'oracle.jdbc.OracleDriver', /unsupported database 'oracle'/, 'url'],
    ['jdbc:postgresql://h/d', 'com.example.Driver', /unsupported driver 'com.example.Driver'/, 'driver'],
    ['jdbc:mysql://h/d', 'org.postgresql.Driver', /does not match the mysql url/, 'driver'],
    ['postgresql://h/d', 'org.postgresql.Driver', /must start with 'jdbc:/, 'url'],
  ];
  for (const [url, driver, message, option] of cases) {
    try {
      parseJdbcUrl(url, driver);
      assert.unreachable(url);
    } catch (e) {
      assert.instance(e, SeatideError);
      assert.is((e as SeatideError).code, 'API-02');
      assert.match((e as SeatideError).message, message);
      assert.is((e as SeatideError).context.option, option);
    }
  }
});

s('redactUrl hides passwords in parameters and user info', () => {
  assert.is(redactUrl('jdbc:mysql://u:pw@h/d?user=a&password=secret&x=1'), 'jdbc:mysql://******@h/d?user=a&password=******&x=1');
  try {
    parseJdbcUrl('nope:user=a&password=TopSecret', 'org.postgresql.Driver');
  } catch (e) {
    assert.not.match((e as Error).message, 'TopSecret');
  }
});

s.run();
