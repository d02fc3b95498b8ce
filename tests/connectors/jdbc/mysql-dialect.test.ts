import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { column } from '../../../core/catalog/catalog-table';
import { Types, arrayType, decimalType } from '../../../core/types/data-type';
import { LocalDateTime, LocalTime } from '../../../core/types/temporal';
import { mysqlDialect as d } from '../../../connectors/jdbc/mysql-dialect';
import { withMysql, withMysqlDatabase } from '../../support/services';

const s = suite('mysql-dialect');

s('upsert clause, string sizes, key columns and wide decimals', () => {
  assert.is(d.upsertSuffix(['id', 'v'], ['id']), ' ON DUPLICATE KEY UPDATE `v` = VALUES(`v`)');
  const t = (type: Parameters<typeof column>[1], extra = {}, key = false) => d.columnType(column('c', type, extra), key);
  assert.equal([t(Types.STRING), t(Types.STRING, { columnLength: 100 }), t(Types.STRING, { columnLength: 1000 }), t(Types.STRING, {}, true), t(Types.BYTES, {}, true), t(decimalType(80, 40))], [
    'LONGTEXT', 'VARCHAR(100)', 'TEXT', 'VARCHAR(255)', 'VARBINARY(255)', 'DECIMAL(65, 30)',
  ]);
});

s('written parameters land as the same values in MariaDB', async () => {
  await withMysqlDatabase(async (db) => {
    await withMysql(async (c) => {
      await c.query(`CREATE TABLE ${db}.t (b BOOLEAN, big BIGINT, tm TIME(6), ts DATETIME(6), arr JSON)`);
      const w = (type: Parameters<typeof d.writer>[0], v: unknown) => d.writer(type)(v);
      await c.query(`INSERT INTO ${db}.t VALUES (?, ?, ?, ?, ?)`, [
        w(Types.BOOLEAN, true), w(Types.BIGINT, -9223372036854775808n), w(Types.TIME, new LocalTime(23, 59, 59, 999_999_000)),
        w(Types.TIMESTAMP, LocalDateTime.of(2038, 1, 19, 3, 14, 8, 1000)), w(arrayType(Types.INT), [1, null, 3]),
      ]);
      const [rows] = await c.query(`SELECT b, CAST(big AS CHAR) AS big, CAST(tm AS CHAR) AS tm, CAST(ts AS CHAR) AS ts, CONCAT(arr) AS arr FROM ${db}.t`);
      assert.equal((rows as unknown[])[0], { b: 1, big: '-9223372036854775808', tm: '23:59:59.999999', ts: '2038-01-19 03:14:08.000001', arr: '[1,null,3]' });
    });
  });
});

s.run();
