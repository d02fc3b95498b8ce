import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compileJavaRegex, javaReplace, javaReplacement, javaSplit } from '../../transforms/java-regex';
import { thrown } from './transform-harness';

const s = suite('java-regex');
const split = (text: string, re: string, limit = 0) => javaSplit(text, compileJavaRegex(re), limit);

s("String.split rules: trailing empties dropped at limit 0, kept with a limit; no leading empty for zero-width matches", () => {
  assert.equal(split('a,b,,', ','), ['a', 'b']);
  assert.equal(split('a,b,,', ',', 10), ['a', 'b', '', '']);
  assert.equal(split('a,b,c', ',', 2), ['a', 'b,c']);
  assert.equal(split(',a', ','), ['', 'a']);
  assert.equal(split('abc', ''), ['a', 'b', 'c']);
  assert.equal(split('abc', 'x'), ['abc']);
  assert.equal(split('', ','), ['']);
});

s('Java-only syntax: inline flags, \\Q..\\E, \\p{Alpha}, possessive quantifiers, atomic groups, \\A \\z', () => {
  assert.ok(compileJavaRegex('(?i)abc').regex.test('ABC'));
  assert.ok(compileJavaRegex('\\Qa.b\\E').regex.test('a.b'));
  assert.not.ok(compileJavaRegex('^\\Qa.b\\E$').regex.test('axb'));
  assert.ok(compileJavaRegex('^\\p{Alpha}+$').regex.test('Abc'));
  assert.not.ok(compileJavaRegex('^\\p{Alpha}+$').regex.test('a1'));
  assert.ok(compileJavaRegex('^[\\p{Digit}x]+$').regex.test('1x2'));
  assert.ok(compileJavaRegex('^a++b$').regex.test('aab'));
  assert.ok(compileJavaRegex('^(?>ab)c$').regex.test('abc'));
  assert.ok(compileJavaRegex('\\Aab\\z').regex.test('ab'));
  assert.is(compileJavaRegex('(a)(b(c))').groupCount, 3);
  assert.match(thrown(() => compileJavaRegex('[a&&b]'))?.message ?? '', /intersection is not supported/);
  assert.match(thrown(() => compileJavaRegex('(a'))?.message ?? '', /invalid regular expression '\(a'/);
});

s('replacement strings: $n (as many digits as name a group), ${name}, backslash escapes', () => {
  const p = compileJavaRegex('(a)(b)');
  assert.is(javaReplace('abab', p, '$2$1'), 'baba');
  assert.is(javaReplace('abab', p, '$2$1', true), 'baab');
  assert.is(javaReplace('ab', p, '$10'), 'a0', '$10 is group 1 then 0 with two groups');
  assert.is(javaReplace('ab', p, '\\$1'), '$1');
  assert.is(javaReplace('ab', compileJavaRegex('(?<x>a)b'), '[${x}]'), '[a]');
  assert.match(thrown(() => javaReplacement('$3', 2))?.message ?? '', /No group 3/);
  assert.match(thrown(() => javaReplacement('a$', 1))?.message ?? '', /group index is missing/);
});

s.run();
