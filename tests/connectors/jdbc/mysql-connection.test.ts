import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { typeToString } from '../../../core/types/data-type';
import { parseJdbcUrl } from '../../../connectors/jdbc/jdbc-url';
import { openMysqlConnection } from '../../../connectors/jdbc/mysql-connection';
import { mysqlUrl, withMysql, withMysqlDatabase } from '../../support/services';

const s = suite('mysql-connection');

s('FLOAT values read exactly (binary protocol), BIGINT and DECIMAL keep every digit', async () => {
  await withMysqlDatabase(async (db) => {
    await withMysql((c) => c.query(`CREATE TABLE ${db}.t (f FLOAT NOT NULL, b BIGINT, d DECIMAL(30, 10))`));
    await withMysql((c) => c.query(`INSERT INTO ${db}.t VALUES (3.1415927, -9223372036854775808, 12345678901234567890.0123456789)`));
    const conn = await openMysqlConnection(parseJdbcUrl(mysqlUrl(db), 'org.mariadb.jdbc.Driver'), { user: 'root', properties: {}, connectTimeoutMs: 5000 });
    try {
      const cols = await conn.describe('SELECT * FROM t');
      assert.equal(cols.map((c) => [c.name, typeToString(c.type), c.nullable]), [['f', 'FLOAT', false], ['b', 'BIGINT', true], ['d', 'Decimal(30, 10)', true]]);
      assert.equal(cols[0].origin, { database: db, table: 't' });
      const rows = [];
      for await (const batch of conn.stream('SELECT * FROM t', [], cols, 10, 't')) rows.push(...batch);
      assert.is(rows[0].fields[0], Math.fround(3.1415927), 'the text protocol would print 3.14159');
      assert.is(rows[0].fields[1], -9223372036854775808n);
      assert.is(String(rows[0].fields[2]), '12345678901234567890.0123456789');
    } finally {
      await conn.close();
    }
  });
});

s('execute counts affected rows; commit and rollback end transactions', async () => {
  await withMysqlDatabase(async (db) => {
    const conn = await openMysqlConnection(parseJdbcUrl(mysqlUrl(db), 'org.mariadb.jdbc.Driver'), { user: 'root', properties: {}, connectTimeoutMs: 5000 });
    try {
      await conn.execute('CREATE TABLE t (a INT)');
      await conn.begin();
      assert.is(await conn.execute('INSERT INTO t VALUES (?), (?)', [1, 2]), 2);
      await conn.rollback();
      await conn.begin();
      await conn.execute('INSERT INTO t VALUES (3)');
      await conn.commit();
      assert.equal(await conn.query('SELECT a FROM t'), [[3]]);
    } finally {
      await conn.close();
    }
  });
});

s.run();
