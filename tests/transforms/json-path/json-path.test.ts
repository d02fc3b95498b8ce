import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PathNotFoundError, compileJsonPath } from '../../../transforms/json-path/json-path';
import { parseLenientJson } from '../../../transforms/json-path/lenient-json';
import { thrown } from '../transform-harness';

const s = suite('json-path');
const doc = parseLenientJson(`{"store": {"book": [
  {"category": "reference", "author": "Rees", "title": "Sayings", "price": 8.95},
  {"category": "fiction", "author": "Waugh", "title": "Sword", "price": 12.99, "isbn": "0-553"},
  {"category": "fiction", "author": "Tolkien", "title": "Rings", "price": 22.99, "isbn": "0-395"}],
  "bicycle": {"color": "red", "price": 19.95}}, "expensive": 10, "a.b": "dotted"}`);
const read = (p: string) => JSON.parse(JSON.stringify(compileJsonPath(p).read(doc)));

s('definite paths return one value', () => {
  assert.equal([read('$.store.bicycle.color'), read("$['store']['book'][0].author"), read('$.store.book[-1].title'), read("$['a.b']"), read('$')?.expensive], ['red', 'Rees', 'Rings', 'dotted', 10]);
  assert.ok(compileJsonPath('$.a[0]').definite);
});

s('indefinite paths return every match: wildcards, unions, slices, deep scan, filters', () => {
  assert.equal(read('$.store.book[*].author'), ['Rees', 'Waugh', 'Tolkien']);
  assert.equal(read('$.store.book[0,2].title'), ['Sayings', 'Rings']);
  assert.equal(read("$.store.bicycle['color','price']"), ['red', 19.95]);
  assert.equal(read('$.store.book[1:].price'), [12.99, 22.99]);
  assert.equal(read('$.store.book[:-2].price'), [8.95]);
  assert.equal(read('$..price'), [8.95, 12.99, 22.99, 19.95]);
  assert.equal(read('$.store.book[?(@.isbn)].title'), ['Sword', 'Rings']);
  assert.equal(read('$.store.book[?(@.price < $.expensive)].title'), ['Sayings']);
  assert.equal(read("$.store.book[?(@.category == 'fiction' && @.price > 20)].author"), ['Tolkien']);
  assert.equal(read('$.store.book[?(@.author =~ /^T.*n$/)].title'), ['Rings']);
  assert.equal(read('$.store.book[?(!(@.price > 10))].title'), ['Sayings']);
  assert.equal(read('$.nothing[*]'), []);
  assert.not.ok(compileJsonPath('$..x').definite);
});

s('a definite path that leads nowhere throws PathNotFoundError; a null leaf is null', () => {
  for (const p of ['$.nope', '$.store.book[9]', '$.store.bicycle.color.x', '$.expensive[0]']) {
    assert.ok(thrown(() => compileJsonPath(p).read(doc)) instanceof PathNotFoundError, p);
  }
  assert.is(thrown(() => compileJsonPath('$.store.nope').read(doc))?.message, "No results for path: $['store']['nope']");
  assert.is(compileJsonPath('$.a').read(parseLenientJson('{"a": null}')), null);
});

s('syntax errors name the position; functions and code are not evaluated', () => {
  assert.match(thrown(() => compileJsonPath('store.book'))?.message ?? '', /Invalid path 'store.book' at position 0: a path starts with '\$'/);
  assert.match(thrown(() => compileJsonPath('$.a['))?.message ?? '', /expected an index, a name, \* or a filter/);
  assert.match(thrown(() => compileJsonPath('$.a.length()'))?.message ?? '', /path functions such as length\(\) are not supported/);
  assert.match(thrown(() => compileJsonPath('$[?(@.a == process.exit())]'))?.message ?? '', /expected @, \$, a string, a number/);
  assert.match(thrown(() => compileJsonPath('$[0:1:0]'))?.message ?? '', /slice step must be positive/);
});

s.run();
