import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { sql, sqlError, text } from '../sql-harness';

const s = suite('string-functions');

s('lengths, codes and case (result types as SeaTunnel: lengths BIGINT, ASCII INT)', () => {
  assert.equal([sql('ascii(s)').value, sql('ascii(s)').typeName], [72, 'INT']);
  assert.equal([sql('length(s)').value, sql('char_length(s)').typeName], [11n, 'BIGINT']);
  assert.equal([sql("octet_length('é')").value, sql("bit_length('é')").value], [2n, 16n]);
  assert.equal([text('upper(s)'), text('lcase(s)'), text('chr(66)'), text('char(i + 90)')], ['HELLO WORLD', 'hello world', 'B', 'a']);
});

s('null in, null out (and the exceptions: CONCAT skips nulls, LOCATE of null is 0)', () => {
  for (const f of ['upper(cast(n as string))', 'length(cast(n as string))', 'left(cast(n as string), 2)', 'lpad(cast(n as string), 3, \'x\')',
    'trim(cast(n as string))', "replace(cast(n as string), 'a', 'b')", 'soundex(cast(n as string))']) {
    assert.is(sql(f).value, null, f);
  }
  assert.is(text("concat('a', n, 'b', null)"), 'ab');
  assert.is(text("concat(n, null)"), '');
  assert.is(sql("locate('x', cast(n as string))").value, 0);
});

s('concatenation prints values as Java does', () => {
  assert.is(text("concat(i, '|', d, '|', f, '|', l, '|', dec, '|', b, '|', dt, '|', ts)"), '7|2.5|1.5|10000000000|12.34|true|2021-04-15|2021-04-15T13:34:45.235');
  assert.is(text("concat_ws('-', s, n, i)"), 'Hello World-7');
  assert.is(text("concat(cast(1 as double))"), '1.0');
});

s('positions, padding, trimming and substrings (H2 rules)', () => {
  assert.equal([sql("locate('o', s)").value, sql("locate('o', s, 6)").value, sql("instr(s, 'o')").value, sql("position('W' in s)").value, sql("locate('o', s, -1)").value], [5, 8, 5, 7, 8]);
  assert.equal([text("lpad('ab', 5, 'xy')"), text("rpad('ab', 1)"), text("lpad('ab', 4)"), text("rpad('ab', 4, '')")], ['xxxab', 'a', '  ab', 'ab  ']);
  assert.equal([text("trim('xxaxx', 'x')"), text("ltrim('  a ')"), text("rtrim('  a ')")], ['a', 'a ', '  a']);
  assert.equal([text('substring(s, 7)'), text('substr(s, -5, 3)'), text('substring(s, 0, 5)'), text('substring(s from 1 for 5)')], ['World', 'Wor', 'Hello', 'Hello']);
  assert.is(sql('substring(s, 20)').value, null);
  assert.equal([text('left(s, 100)'), text('right(s, 5)'), text('left(s, -1)')], ['Hello World', 'World', '']);
  assert.equal([text("insert(s, 1, 5, 'Bye')"), text("insert(s, 0, 1, 'x')"), text("insert(cast(n as string), 1, 1, 'x')")], ['Bye World', 'Hello World', 'x']);
});

s('repeat, replace, space, soundex, translate, hex', () => {
  assert.equal([text("repeat('ab', 3)"), text("repeat('ab', -1)"), text("replace(s, 'l')"), text("replace(s, 'l', 'L')")], ['ababab', '', 'Heo Word', 'HeLLo WorLd']);
  assert.equal([text('space(3)') + '|', text("soundex('Robert')"), text("soundex('Tymczak')"), text("translate(s, 'lo', 'L')")], ['   |', 'R163', 'T522', 'HeLLo WorLd']);
  assert.equal([text("rawtohex('A7')"), text("hextoraw('00410037')"), text('rawtohex(bin)')], ['00410037', 'A7', '010203']);
  assert.match(sqlError("hextoraw('041')"), /multiple of 4/);
});

s('TO_CHAR formats dates and times with a pattern and prints everything else', () => {
  assert.equal([text("to_char(ts, 'yyyy/MM/dd HH:mm')"), text('to_char(d)'), text('to_char(dec)'), text('to_char(ts)')], ['2021/04/15 13:34', '2.5', '12.34', '2021-04-15T13:34:45.235']);
});

s('wrong argument types and counts fail at create, naming the argument', () => {
  assert.match(sqlError('upper(i)'), /UPPER\(\) argument 1 must be a STRING, but 'i' is INT/);
  assert.match(sqlError("left(s, 'x')"), /LEFT\(\) argument 2 must be a number/);
  assert.match(sqlError('lpad(s)'), /LPAD\(\) takes 2 to 3 arguments, got 1/);
});

s.run();
