import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { typeToString } from '../../../core/types/data-type';
import { mysqlColumn } from '../../../connectors/jdbc/mysql-columns';

const s = suite('mysql-columns');

const f = (columnType: number, extra: Record<string, unknown> = {}) => mysqlColumn({ name: 'c', columnType, flags: 0, decimals: 0, columnLength: 11, characterSet: 63, ...extra });

s('integer widths, unsigned widening, TINYINT(1) and BIT(1) as BOOLEAN', () => {
  assert.is(typeToString(f(1, { columnLength: 1 }).type), 'BOOLEAN');
  assert.is(typeToString(f(1, { columnLength: 4 }).type), 'TINYINT');
  assert.is(typeToString(f(1, { columnLength: 3, flags: 32 }).type), 'SMALLINT');
  assert.is(typeToString(f(3, { flags: 32 }).type), 'BIGINT');
  assert.is(typeToString(f(8, { flags: 32 }).type), 'Decimal(20, 0)');
  assert.is(typeToString(f(16, { columnLength: 1 }).type), 'BOOLEAN');
  assert.is(typeToString(f(16, { columnLength: 8 }).type), 'BYTES');
  assert.is(f(1, { columnLength: 1 }).read(1), true);
  assert.is(f(16, { columnLength: 1 }).read(Buffer.from([0])), false);
});

s('decimal precision from the display length; strings and blobs by character set; NOT NULL flag', () => {
  assert.is(typeToString(f(246, { columnLength: 22, decimals: 5 }).type), 'Decimal(20, 5)');
  assert.is(typeToString(f(246, { columnLength: 10, decimals: 0, flags: 32 }).type), 'Decimal(10, 0)');
  const text = f(253, { columnLength: 200, characterSet: 224, flags: 1 });
  assert.equal([typeToString(text.type), text.columnLength, text.nullable], ['STRING', 50, false]);
  assert.is(typeToString(f(252, { characterSet: 63 }).type), 'BYTES');
  assert.is(typeToString(f(252, { characterSet: 224 }).type), 'STRING');
});

s('temporal text reads exactly; zero dates read as null', () => {
  assert.is(String(f(12, { decimals: 6 }).read('2024-01-02 03:04:05.123456')), '2024-01-02T03:04:05.123456');
  assert.is(f(12).read('0000-00-00 00:00:00'), null);
  assert.is(String(f(11, { decimals: 6 }).read('23:59:59.5')), '23:59:59.500');
  assert.throws(() => f(11).read('-01:00:00'), /not a time of day/);
  assert.is(String(f(10).read('2024-02-29')), '2024-02-29');
});

s.run();
