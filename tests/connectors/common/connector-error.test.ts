import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ErrorCodes, SeatideError } from '../../../core/errors';
import { causeText, connectorError, scrub, sqlPreview } from '../../../connectors/common/connector-error';

const s = suite('connector-error');

s('causeText reads messages, codes and the parts of an AggregateError', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
  const refused6 = Object.assign(new Error('connect ECONNREFUSED ::1:1'), { code: 'ECONNREFUSED' });
  assert.is(causeText(new AggregateError([refused6, refused], '')), 'connect ECONNREFUSED ::1:1; connect ECONNREFUSED 127.0.0.1:1');
  assert.is(causeText(Object.assign(new Error(''), { code: 'ETIMEDOUT' })), 'ETIMEDOUT');
  assert.is(causeText('plain'), 'plain');
});

s('connectorError names plugin, role, target and doing, and masks the secret everywhere', () => {
  const e = connectorError(ErrorCodes.SINK_CONNECT, 'Jdbc', 'sink', 'mysql://h:3306/db', 'cannot connect', new Error("Access denied for user 'x' with Pa55word-Here"), 'Pa55word-Here');
  assert.is(e.code, 'SINK-02');
  assert.is(e.message, "ErrorCode:[SINK-02], ErrorDescription:[Sink connection failed] - Jdbc sink at mysql://h:3306/db: cannot connect: Access denied for user 'x' with ******");
  assert.not.match((e.cause as Error).message, 'Pa55word-Here');
  assert.equal(e.context, { plugin: 'Jdbc', kind: 'sink', target: 'mysql://h:3306/db' });
  const inner = new SeatideError(ErrorCodes.WRITE_ROW, 'already coded');
  assert.is(connectorError(ErrorCodes.SINK_WRITE, 'Jdbc', 'sink', 'x', 'y', inner), inner, 'a coded error passes through');
});

s('scrub leaves short secrets alone; sqlPreview shortens', () => {
  assert.is(scrub('a b c', 'b'), 'a b c');
  assert.is(sqlPreview(`SELECT\n  ${'x, '.repeat(200)}1`).length, 300);
});

s.run();
