import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../../core/errors';
import { parseAst, type AstField, type AstObject, type AstValue } from '../../../core/config/hocon-parser';
import { tokenize, type Syntax } from '../../../core/config/hocon-tokenizer';

const s = suite('hocon-parser');

const ast = (text: string, syntax: Syntax = 'conf') => parseAst(tokenize(text, 'p.conf', syntax), 'p.conf', syntax);
const fields = (text: string): AstField[] => (ast(text) as AstObject).items as AstField[];
const fails = (text: string, pattern: RegExp, syntax: Syntax = 'conf') => {
  try {
    ast(text, syntax);
  } catch (e) {
    assert.instance(e, SeatideError);
    assert.is((e as SeatideError).code, 'CONFIG-02');
    assert.match((e as SeatideError).message, pattern);
    return;
  }
  assert.unreachable(`expected a syntax error for ${JSON.stringify(text)}`);
};
/** A compact rendering of a value node for assertions. */
const show = (v: AstValue): unknown => {
  switch (v.kind) {
    case 'simple': return v.token.kind === 'unquoted' ? `u:${v.token.text}` : v.token.text;
    case 'object': return Object.fromEntries((v.items as AstField[]).map((f) => [f.path.join('->'), show(f.value)]));
    case 'array': return v.elements.map(show);
    case 'concat': return { concat: v.parts.map(show) };
  }
};

s('reads a root object without braces, keeping fields and duplicates in order', () => {
  const f = fields('a = 1\nb: x\nc { d = 2 }\na += 3');
  assert.equal(f.map((x) => [x.path, x.separator]), [[['a'], 'equals'], [['b'], 'colon'], [['c'], 'object'], [['a'], 'plusEquals']]);
  assert.equal(show(f[2].value), { d: '2' });
  assert.equal([f[1].line, f[1].column], [2, 1]);
});

s('accepts a root object in braces and values on the line after the separator', () => {
  assert.equal(show(ast('{ a =\n  1, b = 2 }')), { a: '1', b: '2' });
});

s('groups values on one line into a concatenation, but not across lines', () => {
  const [f] = fields('a = "x"${b} y\nc = 1');
  assert.equal(show(f.value), { concat: ['x', '${b}', 'u: ', 'u:y'] });
  assert.equal(show(fields('a = [1] [2]')[0].value), { concat: [['1'], ['2']] });
});

s('lets newlines or commas separate elements and allows one trailing comma in lists', () => {
  assert.equal(show(ast('a = [1, 2,\n 3\n 4,]')), { a: ['1', '2', '3', '4'] });
  assert.equal(show(ast('a { x = 1, y = 2\n z = 3 }')), { a: { x: '1', y: '2', z: '3' } });
  fails('a = [1,,2]', /p\.conf:1:8: expected a list element after ',', got ','/);
});

s('requires a comma between two fields on one line (two plugins side by side)', () => {
  fails('transform { Sql { query = "a" } Sql { query = "b" } }', /p\.conf:1:33: expected '}', ',' or a new line after the value of 'Sql', got 'Sql'/);
  assert.is(fields('transform { Sql { query = "a" }, Sql { query = "b" } }').length, 1);
});

s('reports unbalanced braces and brackets with what was expected', () => {
  fails('a {\n b = 1\n', /p\.conf:3:1: end of input: expected '\}' to close the object opened at line 1, column 3/);
  fails('a = 1 }', /p\.conf:1:7: unbalanced '\}'/);
  fails('a = [1, 2', /expected ',' or '\]' in a list, got end of input/);
  fails('{ a = 1 } b = 2', /p\.conf:1:11: unexpected 'b' after the end of the root object/);
  fails('a = ]', /p\.conf:1:5: expected a value, got '\]'/);
  fails('a 1 2', /key 'a 1 2' must be followed by '=', ':', '\+=' or '\{', got end of input/);
  fails('= 1', /p\.conf:1:1: expected a key, got '='/);
});

s('reads include statements in all their forms', () => {
  const items = (ast('include "a.conf"\ninclude required("b")\ninclude file("c.conf")\ninclude required(file("d"))\ninclude url("http://x/y")\ninclude classpath("z")') as AstObject).items;
  assert.equal(items.map((i) => (i.kind === 'include' ? [i.target, i.name, i.required] : i.kind)), [
    ['heuristic', 'a.conf', false], ['heuristic', 'b', true], ['file', 'c.conf', false],
    ['file', 'd', true], ['url', 'http://x/y', false], ['classpath', 'z', false],
  ]);
  fails('include 1', /'include' must be followed by a quoted file name, got number 1/);
  fails('include foo("x")', /'include' expects "name", file\("name"\)/);
  fails('include required("x"', /expected '\)' to close 'include required\('/);
  assert.equal(fields('"include" = 1')[0].path, ['include']);
});

s('is strict in JSON syntax', () => {
  assert.equal(show(ast('{"a": {"b": [1, "x"]}, "c->d": null}', 'json')), { a: { b: ['1', 'x'] }, 'c->d': 'null' });
  fails('{"a" = 1}', /key 'a' must be followed by ':', got '='/, 'json');
  fails('{"a": 1,}', /expected a field name after ',', got '\}'/, 'json');
  fails('{"a": [1,]}', /expected a list element after ','/, 'json');
  fails('{"a": 1, "a": 2}', /duplicate key 'a'/, 'json');
  fails('{a: 1}', /'a' is not valid JSON/, 'json');
  fails('{"a": ${b}}', /substitutions such as \$\{b\} are not allowed in JSON/, 'json');
  fails('{"a": 1 2}', /expected '\}', ',' or a new line after the value of 'a'/, 'json');
  fails('"a": 1', /a JSON document must hold an object or an array/, 'json');
  fails('', /empty JSON document/, 'json');
  fails('{"n": 12345678901234567890}', /integer outside the 64-bit range/, 'json');
});

s.run();
