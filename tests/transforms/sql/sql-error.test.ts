import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SqlSyntaxError, SqlTypeError, SqlValidationError, toSeatideError } from '../../../transforms/sql/sql-error';

const s = suite('sql-error');
const pos = { line: 3, column: 7, offset: 20 };

s('each phase reads "SQL <phase> failed at line L, column C" under COMMON-05, with the query in the details', () => {
  const e = toSeatideError(new SqlSyntaxError("unexpected ')'", pos), 'select )');
  assert.is(e.message, "ErrorCode:[COMMON-05], ErrorDescription:[SQL parse or validate failed] - SQL parse failed at line 3, column 7: unexpected ')'");
  assert.equal([e.code, e.context.query, e.context.line], ['COMMON-05', 'select )', 3]);
  assert.is(toSeatideError(new SqlValidationError('Unsupported ORDER BY syntax', pos), 'q').text, 'SQL validate failed at line 3, column 7: Unsupported ORDER BY syntax');
  assert.is(toSeatideError(new SqlTypeError("can't find field [x]"), 'q').text, "SQL type check failed: can't find field [x]");
});

s.run();
