import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { column } from '../../../core/catalog/catalog-table';
import { Types, mapType } from '../../../core/types/data-type';
import { LocalDateTime, LocalTime } from '../../../core/types/temporal';
import { mysqlDialect } from '../../../connectors/jdbc/mysql-dialect';
import { postgresDialect } from '../../../connectors/jdbc/postgres-dialect';
import { createTableSql, jsonText, numberPlaceholders, timeText, timestampText } from '../../../connectors/jdbc/sql-dialect';

const s = suite('sql-dialect');

s('numberPlaceholders numbers ? outside strings, quoted names and comments', () => {
  assert.is(
    numberPlaceholders("INSERT INTO \"a?\" VALUES (?, '?', ?) -- why?\n, ?", postgresDialect),
    "INSERT INTO \"a?\" VALUES ($1, '?', $2) -- why?\n, $3",
  );
  assert.is(numberPlaceholders("VALUES ('it''s ?', ?)", postgresDialect), "VALUES ('it''s ?', $1)");
  assert.is(numberPlaceholders('VALUES (?, ?)', mysqlDialect), 'VALUES (?, ?)');
});

s('createTableSql: NOT NULL for keys and non-null columns, the primary key, table options', () => {
  const sql = createTableSql(mysqlDialect, { database: 'd', table: 't' }, [column('id', Types.STRING), column('v', Types.INT, { nullable: false }), column('m', mapType(Types.STRING, Types.INT))], ['id']);
  assert.is(sql, 'CREATE TABLE `d`.`t` (\n  `id` VARCHAR(255) NOT NULL,\n  `v` INT NOT NULL,\n  `m` JSON,\n  PRIMARY KEY (`id`)\n) DEFAULT CHARSET = utf8mb4');
});

s('temporal and JSON texts for parameters', () => {
  assert.is(timeText(new LocalTime(1, 2)), '01:02:00');
  assert.is(timeText(new LocalTime(1, 2, 3, 120_000)), '01:02:03.00012');
  assert.is(timestampText(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_000)), '2024-02-29 23:59:59.999999');
  assert.is(jsonText(mapType(Types.STRING, Types.BIGINT))(new Map([['a', 12345678901234567890n]])), '{"a":"12345678901234567890"}');
});

s.run();
