import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { likeToRegex } from '../../../transforms/sql/compile-condition';
import { sqlError, where } from './sql-harness';

const s = suite('compile-condition');

s("comparisons: a null side is false, except != which is true when exactly one side is null", () => {
  assert.equal(['i = 7', 'i = 7.0', 'l > i', 'd >= 2.5', "s < 'Z'", 'dec > 12', 'i <> 8', 'i != 7'].map((c) => where(c)), [true, true, true, true, true, true, true, false]);
  assert.equal(['n = n', 'n < 1', 'n > 1', 'n != 1', '1 != n', 'n != n', 'n <> n'].map((c) => where(c)), [false, false, false, true, true, false, false]);
  assert.equal(["dt = '2021-04-15'", "ts > cast('2021-01-01' as timestamp)", "tm < cast('14:00' as time)"].map((c) => where(c)), [false, true, true]);
  assert.match(sqlError("1 from t where dt < '2021-01-01' --"), /Filed types not matched, left is: LocalDate, right is: String/);
});

s('IN / NOT IN follow SeaTunnel with nulls; BETWEEN and NOT are two-valued', () => {
  assert.equal(['i in (1, 7)', 'i not in (1, 7)', 'i in (1.5, 7.0)', "s in ('x', 'Hello World')", 'n in (1, 2)', 'n not in (1, 2)', 'n in (null)', 'n not in (null, 1)'].map((c) => where(c)),
    [true, false, true, true, false, false, true, true]);
  assert.equal(['i between 7 and 8', 'i not between 1 and 6', 'n between 1 and 2', 'n not between 1 and 2', 'not i = 7', 'not n = 1', '(i = 7 or n = 1) and b'].map((c) => where(c)),
    [true, true, false, false, false, true, true]);
});

s("LIKE: only a leading/trailing % or _ is a wildcard; the rest of the pattern is a Java regex", () => {
  assert.equal(['%Din_', 'Wan_%', '%Yu%', '_a_', "'x'", 'a%b'].map(likeToRegex), ['.*Din.', 'Wan..*', '.*Yu.*', '.a.', 'x', 'a%b']);
  assert.equal(["s like 'Hello%'", "s like '%World'", "s like 'H_llo%'", "s like 'Hel+o.*'", "s not like '%x%'", "n like '%'", "n not like '%'", 'i like 7'].map((c) => where(c)),
    [true, true, false, true, true, false, false, true]);
});

s('boolean columns and functions are conditions; other types are not', () => {
  assert.equal([where('b'), where("regexp_like(s, 'o W')"), where('true'), where('false or b')], [true, true, true, true]);
  assert.match(sqlError('1 from t where i --'), /a condition must be a boolean expression, but 'i' is INT/);
});

s.run();
