import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { sql, sqlError, text } from '../sql-harness';

const s = suite('datetime-functions');

s('DATEADD keeps the type, clamps month ends, wraps times, ignores units the value lacks', () => {
  assert.equal([text("dateadd(dt, 1, 'MONTH')"), text("dateadd(cast('2020-01-31' as date), 1, 'MONTH')"), text("dateadd(cast('2020-02-29' as date), 1, 'YEAR')")], ['2021-05-15', '2020-02-29', '2021-02-28']);
  assert.equal([text("timestampadd(ts, -2, 'WEEK')"), text("dateadd(ts, 1500, 'MILLISECOND')"), text("dateadd(tm, 11, 'HOUR')")], ['2021-04-01T13:34:45.235', '2021-04-15T13:34:46.735', '00:34:45']);
  assert.equal([text("dateadd(dt, 5, 'HOUR')"), text("dateadd(tm, 5, 'DAY')"), sql('dateadd(ts, 1)').typeName], ['2021-04-15', '13:34:45', 'TIMESTAMP']);
  assert.match(sqlError("dateadd(dt, 1, 'FORTNIGHT')"), /Unsupported dateTimeField: FORTNIGHT for function: DATEADD/);
});

s('DATEDIFF: YEAR and MONTH are Period parts, the rest truncated Duration totals', () => {
  const a = "cast('2021-04-15 13:34:45' as timestamp)";
  const b = "cast('2022-01-23 12:34:56' as timestamp)";
  assert.equal(['DAY', 'YEAR', 'MONTH', 'WEEK', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND'].map((u) => text(`datediff(${a}, ${b}, '${u}')`)),
    ['283', '0', '9', '40', '6791', '407460', '24447611', '24447611000']);
  assert.equal([text(`datediff(${b}, ${a}, 'HOUR')`), text("datediff(dt, cast('2020-04-16' as date), 'YEAR')"), sql('datediff(dt, dt)').typeName], ['-6791', '0', 'BIGINT']);
  assert.is(sql("datediff(tm, ts, 'DAY')").value, null);
  assert.match(sqlError("datediff(dt, dt, 'HOUR')"), /cannot measure HOUR/);
});

s('DATE_TRUNC zeroes the fields below the unit (and the fraction)', () => {
  assert.equal(['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND'].map((u) => text(`date_trunc(ts, '${u}')`)),
    ['2021-01-01T00:00', '2021-04-01T00:00', '2021-04-15T00:00', '2021-04-15T13:00', '2021-04-15T13:34', '2021-04-15T13:34:45']);
  assert.match(sqlError('date_trunc(dt)'), /DATE_TRUNC\(\) argument 1 must be a TIMESTAMP/);
});

s('field functions on dates and timestamps; hour/minute/second on times and timestamps', () => {
  const fields = ['year(dt)', 'quarter(ts)', 'month(ts)', 'monthname(dt)', 'day_of_month(dt)', 'day_of_week(ts)', 'day_of_year(ts)', 'dayname(dt)', 'week(dt)', 'hour(tm)', 'minute(ts)', 'second(ts)'];
  assert.equal(fields.map((f) => text(f)), ['2021', '2', '4', 'April', '15', '4', '105', 'Thursday', '16', '13', '34', '45']);
  assert.equal(["week(cast('2021-01-01' as date))", "week(cast('2021-01-04' as date))", "week(cast('2020-12-31' as date))"].map((f) => text(f)), ['1', '2', '54']);
  assert.match(sqlError('hour(dt)'), /HOUR\(\) argument 1 must be a TIME or TIMESTAMP/);
  assert.is(sql('year(cast(n as date))').value, null);
});

s('FORMATDATETIME / PARSEDATETIME / TO_DATE / IS_DATE with java.time patterns', () => {
  assert.equal([text("formatdatetime(ts, 'yyyy-MM-dd HH:mm:ss.S')"), text("formatdatetime(ts, 'EEE, d MMM yy h:mm a')"), text("formatdatetime(dt, 'D')")],
    ['2021-04-15 13:34:45.2', 'Thu, 15 Apr 21 1:34 PM', '105']);
  assert.equal([sql("parsedatetime('2021-04-08 13:34:45.235', 'yyyy-MM-dd HH:mm:ss.SSS')").text, sql("to_date('20210408', 'yyyyMMdd')").text, sql("to_date('13:34', 'HH:mm')").text],
    ['2021-04-08T13:34:45.235', '2021-04-08', '13:34']);
  assert.equal(["to_date('x', 'yyyy')", "to_date('x', 'yyyy-MM-dd HH:mm')", "to_date('x', 'HH:mm')"].map((e) => sql(e.replace("'x'", 'cast(n as string)')).typeName), ['DATE', 'TIMESTAMP', 'TIME']);
  assert.equal([sql("is_date('2021-02-30', 'yyyy-MM-dd')").value, sql("is_date('2021-13-01', 'yyyy-MM-dd')").value, sql("is_date('x', 'yyyy-MM-dd')").value, sql("is_date(cast(n as string), 'yyyy')").value],
    [true, false, false, true]);
  assert.is(sql("to_date('2021-02-30', 'yyyy-MM-dd')").text, '2021-02-28');
  assert.match(sqlError("formatdatetime(dt, 'HH')"), /Unsupported field: HourOfDay/);
  assert.match(sqlError("to_date('2021', 'dd')"), /Unknown pattern letter dd for function: TO_DATE/);
  assert.match(sqlError("to_date('2021-04-0x', 'yyyy-MM-dd')"), /could not be parsed at index 8/);
  assert.match(sqlError('to_date(s, s)'), /format must be a string literal/);
});

s('FROM_UNIXTIME in a given zone or the process zone; NOW and CURRENT_* are the current time', () => {
  assert.equal([text("from_unixtime(1672502400, 'yyyy-MM-dd HH:mm:ss', 'UTC+8')"), text("from_unixtime(l, 'yyyy-MM-dd HH:mm', 'Asia/Kolkata')"), text("from_unixtime(0, 'yyyy')")],
    ['2023-01-01 00:00:00', '2286-11-20 23:16', String(new Date(0).getFullYear())]);
  assert.match(sqlError("from_unixtime(1, 'yyyy', 'Mars/Base')"), /Unknown time-zone ID: Mars\/Base/);
  const now = Date.now();
  const ts = sql('now()').value as { toEpochMillis(o?: number): number };
  assert.ok(Math.abs(ts.toEpochMillis(-new Date().getTimezoneOffset()) - now) < 5000);
  assert.equal([sql('current_date').typeName, sql('current_time').typeName, sql('current_timestamp()').typeName], ['DATE', 'TIME', 'TIMESTAMP']);
});

s.run();
