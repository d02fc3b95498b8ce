import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import { tokenize, type Token } from '../../../core/config/hocon-tokenizer';

const s = suite('hocon-tokenizer');

const kinds = (text: string, syntax: 'conf' | 'json' = 'conf') => tokenize(text, 't.conf', syntax).map((t) => t.kind);
const toks = (text: string): Token[] => tokenize(text, 't.conf', 'conf').filter((t) => t.kind !== 'eof');
const fails = (text: string, pattern: RegExp, syntax: 'conf' | 'json' = 'conf') => {
  try {
    tokenize(text, 't.conf', syntax);
  } catch (e) {
    assert.instance(e, SeatideError);
    assert.is((e as SeatideError).code, 'CONFIG-02');
    assert.match((e as SeatideError).message, pattern);
    return;
  }
  assert.unreachable(`expected a syntax error for ${JSON.stringify(text)}`);
};

s('splits punctuation, values and line breaks, with line and column', () => {
  assert.equal(kinds('a = 1\nb { c: [x, y] }'), [
    'unquoted', 'equals', 'number', 'newline',
    'unquoted', 'openCurly', 'unquoted', 'colon', 'openSquare', 'unquoted', 'comma', 'unquoted', 'closeSquare', 'closeCurly', 'eof',
  ]);
  const b = toks('a = 1\n  bb = 2').find((t) => t.text === 'bb')!;
  assert.equal([b.line, b.column], [2, 3]);
});

s('keeps whitespace between two simple values as unquoted text, drops it elsewhere', () => {
  assert.equal(toks('a = x  y').map((t) => [t.kind, t.text]), [['unquoted', 'a'], ['equals', '='], ['unquoted', 'x'], ['unquoted', '  '], ['unquoted', 'y']]);
  assert.equal(kinds('a = { }  [ ]'), ['unquoted', 'equals', 'openCurly', 'closeCurly', 'openSquare', 'closeSquare', 'eof']);
  assert.equal(toks('a = "q" ${b}').map((t) => t.kind), ['unquoted', 'equals', 'string', 'unquoted', 'substitution']);
});

s('drops # and // comments up to the line end, in CONF only', () => {
  assert.equal(kinds('a = 1 # note\n// more\nb = x//y'), ['unquoted', 'equals', 'number', 'newline', 'newline', 'unquoted', 'equals', 'unquoted', 'eof']);
  fails('{"a": 1} # no', /reserved character '#'/, 'json');
});

s("reads numbers as Typesafe does: int, long, double, whole doubles as integers", () => {
  const n = (text: string) => toks(`x = ${text}`)[2];
  assert.is(n('42').number, 42);
  assert.is(n('-7').number, -7);
  assert.is(n('-0').number, 0);
  assert.is(n('9007199254740993').number, 9007199254740993n);
  assert.is(n('9223372036854775807').number, 9223372036854775807n);
  assert.is(n('1.5').number, 1.5);
  assert.is(n('1.0').number, 1);
  assert.is(n('1e3').number, 1000);
  assert.is(n('1e18').number, 1000000000000000000n);
  assert.is(n('1e19').number, 1e19);
  assert.is(n('1.0').text, '1.0');
});

s('falls back to unquoted text when a number does not parse', () => {
  for (const text of ['9223372036854775808', '1.2.3', '2024-01-01', '-', '1e', '127.0.0.1']) {
    const t = toks(`x = ${text}`)[2];
    assert.equal([t.kind, t.text], ['unquoted', text], text);
  }
  fails('x = 1+2', /reserved character '\+'/);
  assert.equal(toks('x = 10s').slice(2).map((t) => [t.kind, t.text]), [['number', '10'], ['unquoted', 's']]);
});

s('stops unquoted text as soon as it reads true, false or null', () => {
  assert.equal(toks('x = trueish').slice(2).map((t) => t.kind), ['boolean', 'unquoted']);
  assert.equal(toks('x = nullable').slice(2).map((t) => [t.kind, t.text]), [['null', 'null'], ['unquoted', 'able']]);
  assert.is(toks('x = false')[2].bool, false);
});

s('decodes JSON escapes in quoted strings and rejects bad ones with their position', () => {
  assert.is(toks(String.raw`x = "a\"b\\c\/d\n\t\u00e9"`)[2].text, 'a"b\\c/d\n\té');
  fails(String.raw`x = "bad \q"`, /t\.conf:1:10: invalid escape '\\q'/);
  fails('x = "abc', /t\.conf:1:5: end of input inside a quoted string/);
  fails('x = "a\tb"', /t\.conf:1:7: control character U\+0009/);
  fails('x = "\\u12"', /malformed \\u escape/);
});

s('reads triple-quoted strings raw, across lines, keeping extra closing quotes', () => {
  const [, , t, nl, after] = toks('x = """a "b" \\n\nc""""\ny = 1');
  assert.is(t.text, 'a "b" \\n\nc"');
  assert.is(nl.kind, 'newline');
  assert.equal([after.text, after.line], ['y', 3]);
  fails('x = """open', /1:5: end of input inside a """ string/);
});

s('parses substitution paths with -> and the optional marker', () => {
  const [, , a, , b, , c, , d] = toks('x = ${env->job.mode} ${?maybe} ${ "q.k"->z } ${q.k->z}');
  assert.equal([a.kind, a.path, a.optional], ['substitution', ['env', 'job.mode'], false]);
  assert.equal([b.path, b.optional], [['maybe'], true]);
  // SeaTunnel splits on '->' inside one unquoted token only; after a quote, '-' starts its own token
  assert.equal(c.path, ['q.k->z']);
  assert.equal(d.path, ['q.k', 'z']);
  fails('x = ${}', /expected a key or path/);
  fails('x = ${a', /1:5: substitution '\$\{' is not closed/);
  fails('x = $a', /'\$' must be followed by '\{'/);
  fails('x = ${a->}', /leading, trailing or doubled '->'/);
});

s('rejects + without = and reserved characters outside quotes', () => {
  fails('x + 1', /1:3: '\+' must be followed by '='/);
  fails('x = a*b', /1:6: reserved character '\*'/);
  assert.equal(kinds('x += 1'), ['unquoted', 'plusEquals', 'number', 'eof']);
});

s('treats CR, tabs, no-break spaces and the BOM as whitespace', () => {
  assert.equal(kinds('\ufeffa\t=\u00a01\r\n'), ['unquoted', 'equals', 'number', 'newline', 'eof']);
});

s.run();
