import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { sql, sqlError, text } from './sql-harness';

const s = suite('cast');

s('the e2e casts: ids, numeric text, decimals (rounded CEILING), epoch millis, yyyymmdd and hhmmss ints', () => {
  assert.equal([text('cast(l as string)'), text('cast(i as double)'), text("cast('12.4' as double)"), text("cast('12.4' as decimal(10, 2))"), text('cast(1687747869032 as decimal(17, 4))')],
    ['10000000000', '7.0', '12.4', '12.40', '1687747869032.0000']);
  assert.equal([text('cast(20230625 as date)'), text('cast(235109 as time)'), text('cast(ts as date)'), text('cast(dt as timestamp)'), text('cast(ts as time)')],
    ['2023-06-25', '23:51:09', '2021-04-15', '2021-04-15T00:00', '13:34:45.235']);
  assert.equal([text('cast(1.231 as decimal(5, 2))'), text('cast(-1.239 as decimal(5, 2))'), sql('cast(s as varchar(20))').typeName], ['1.24', '-1.23', 'STRING']);
});

s('numbers narrow by truncation with range checks; text must be an integer for integer types', () => {
  assert.equal([text('cast(2.9 as int)'), text('cast(-2.9 as bigint)'), text('cast(dec as smallint)'), text("cast(' 12' as double)"), text("cast('-7' as tinyint)")], ['2', '-2', '12', '12.0', '-7']);
  assert.equal([text('cast(b as int)'), text("cast('TRUE' as boolean)"), text('cast(0 as boolean)'), text('cast(f as double)'), text('cast(d as float)')], ['1', 'true', 'false', '1.5', '2.5']);
  assert.match(sqlError("cast('abc' as int)"), /Cannot cast 'abc' to INT: For input string: "abc"/);
  assert.match(sqlError("cast('1.5' as int)"), /For input string: "1.5"/);
  assert.match(sqlError('cast(300 as tinyint)'), /Cannot cast 300 to TINYINT: numeric value out of range/);
  assert.match(sqlError('cast(l as int)'), /numeric value out of range/);
  assert.match(sqlError("cast('x' as double)"), /Cannot cast 'x' to DOUBLE/);
  assert.match(sqlError('cast(123.45 as decimal(4, 2))'), /out of range/);
});

s('dates, times and timestamps from ISO text; bytes as UTF-8 both ways; null stays null', () => {
  assert.equal([text("cast('2021-04-15' as date)"), text("cast('2021-04-15 01:02:03.5' as timestamp)"), text("cast('2021-04-15T01:02' as datetime)"), text("cast('01:02:03' as time)")],
    ['2021-04-15', '2021-04-15T01:02:03.500', '2021-04-15T01:02', '01:02:03']);
  assert.equal([[...(sql("cast('hé' as bytes)").value as Uint8Array)], text('cast(bin as string)').length, text("cast(cast('abc' as bytes) as string)")], [[104, 195, 169], 3, 'abc']);
  for (const t of ['int', 'string', 'date', 'decimal(5, 1)', 'bytes', 'boolean', 'timestamp']) assert.is(sql(`cast(n as ${t})`).value, null, t);
  assert.match(sqlError("cast('2021-02-30' as date)"), /Cannot cast '2021-02-30' to DATE/);
  assert.match(sqlError('cast(99999999 as date)'), /invalid month 99/);
});

s('impossible conversions and unknown targets fail at create', () => {
  assert.match(sqlError('cast(dt as int)'), /SQL type check failed.*Unsupported CAST from DATE to INT/);
  assert.match(sqlError('cast(tm as date)'), /Unsupported CAST from TIME to DATE/);
  assert.match(sqlError('cast(i as map)'), /Unsupported CAST AS type: map/);
  assert.match(sqlError('cast(i as decimal)'), /Decimal type should assign precision and scale information/);
  assert.match(sqlError('cast(i as decimal(50, 2))'), /invalid DECIMAL\(50, 2\)/);
});

s.run();
