import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { sql, sqlError, text } from '../sql-harness';

const s = suite('regex-functions');

s('regular expressions use Java syntax and flags', () => {
  assert.is(text("regexp_replace(s, '(\\w+) (\\w+)', '$2 $1')"), 'World Hello');
  assert.is(text("regexp_replace(s, 'O', '0', 'i')"), 'Hell0 W0rld');
  assert.equal([sql("regexp_like(s, 'wor')").value, sql("regexp_like(s, 'wor', 'i')").value], [false, true]);
  assert.equal([text("regexp_substr(s, 'o.')"), text("regexp_substr(s, 'o.', 1, 2, null, 0)"), text("regexp_substr(s, '(l+)(o)', 1, 1, 'c', 1)")], ['o ', 'or', 'll']);
  assert.is(sql("regexp_substr(s, 'z+')").value, null);
  assert.match(sqlError("regexp_like(s, 'a', 'q')"), /Unsupported regexpMode arg: q/);
  assert.match(sqlError("regexp_like(s, '(')"), /invalid regular expression/);
});

s('null input gives null; a null replacement gives null; literal patterns compile once, column patterns per value', () => {
  assert.equal([sql("regexp_replace(cast(n as string), 'a', 'b')").value, sql("regexp_like(cast(n as string), 'a')").value, sql("regexp_substr(cast(n as string), 'a')").value], [null, null, null]);
  assert.is(sql("regexp_replace(s, 'o', cast(n as string))").value, null);
  assert.equal([text("regexp_like('abc', s)", [['s', 'string', '^a.c$']]), text("regexp_replace(s, s, 'x')", [['s', 'string', 'a.c']])], ['true', 'x']);
  assert.match(sqlError("regexp_replace(s, 'o', '$2')"), /No group 2/);
});

s.run();
