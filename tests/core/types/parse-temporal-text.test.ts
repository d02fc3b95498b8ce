import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDateText, parseTimeText, parseTimestampText } from '../../../core/types/parse-temporal-text';
import { thrown } from '../../support/connector-harness';

const s = suite('parse-temporal-text');

s('dates in every SeaTunnel format', () => {
  for (const t of ['2012-12-21', '2012/12/21', '2012.12.21', '20121221', '2012年12月21日']) assert.is(parseDateText(t)?.toString(), '2012-12-21', t);
  assert.is(parseDateText('2012-12-21 10:00:00'), undefined);
  assert.is(parseDateText('12/21/2012'), undefined);
  assert.match(thrown(() => parseDateText('2023-02-30'))!.message, 'invalid day');
});

s('times need seconds unless ISO-local', () => {
  assert.is(parseTimeText('12:34:56')?.toString(), '12:34:56');
  assert.is(parseTimeText('12:34:56.123456789')?.nano, 123456789);
  assert.is(parseTimeText('12:34:56.5')?.nano, 500000000);
  assert.is(parseTimeText('12:34'), undefined);
  assert.is(parseTimeText('12:34', true)?.toString(), '12:34');
  assert.match(thrown(() => parseTimeText('25:00:00'))!.message, 'invalid time');
});

s('timestamps with space or T, slashes, dots, fractions, compact and Chinese forms', () => {
  const want = '2012-12-21T12:34:56';
  for (const t of ['2012-12-21 12:34:56', '2012-12-21T12:34:56', '2012/12/21 12:34:56', '2012.12.21 12:34:56', '20121221123456', '2012年12月21日 12时34分56秒']) {
    assert.is(parseTimestampText(t)?.toString(), want, t);
  }
  assert.is(parseTimestampText('2023-06-26T02:51:09.032')?.toString(), '2023-06-26T02:51:09.032');
  assert.is(parseTimestampText('2023-06-26 02:51:09.000001')?.toString(), '2023-06-26T02:51:09.000001');
  assert.is(parseTimestampText('2012/12/21T12:34:56'), undefined);
  assert.is(parseTimestampText('2012-12-21 12:34'), undefined);
  assert.is(parseTimestampText('2012-12-21'), undefined);
});

s.run();
