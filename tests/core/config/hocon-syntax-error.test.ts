import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ErrorCodes, SeatideError } from '../../../core/errors';
import { formatPosition, syntaxError } from '../../../core/config/hocon-syntax-error';

const s = suite('hocon-syntax-error');

s('names file, line and column first, with the CONFIG-02 code and structured details', () => {
  const e = syntaxError({ file: 'jobs/a.conf', line: 3, column: 14 }, "expected '}'");
  assert.instance(e, SeatideError);
  assert.is(e.errorCode, ErrorCodes.CONFIG_SYNTAX);
  assert.is(e.text, "jobs/a.conf:3:14: expected '}'");
  assert.equal(e.context, { file: 'jobs/a.conf', line: 3, column: 14 });
  assert.is(formatPosition({ file: 'x', line: 1, column: 2 }), 'x:1:2');
});

s.run();
