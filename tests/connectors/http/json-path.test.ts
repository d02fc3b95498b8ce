import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'lossless-json';
import { compileJsonPath } from '../../../connectors/http/json-path';

const s = suite('json-path');

const doc = {
  store: {
    book: [
      { category: 'reference', author: 'Nigel Rees', title: 'Sayings of the Century', price: 8.95 },
      { category: 'fiction', author: 'Evelyn Waugh', title: 'Sword of Honour', price: 12.99 },
      { category: 'fiction', author: 'Herman Melville', title: 'Moby Dick', isbn: '0-553-21311-3', price: 8.99 },
    ],
    bicycle: { color: 'red', price: 19.95 },
  },
  'odd.key': { "it's": 1 },
};
const read = (path: string, d: unknown = doc) => compileJsonPath(path).read(d);

s('child, index, wildcard, slice and union selectors', () => {
  assert.equal(read('$.store.bicycle.color'), ['red']);
  assert.equal(read("$['store']['bicycle']['price']"), [19.95]);
  assert.equal(read('$.store.book[*].author'), ['Nigel Rees', 'Evelyn Waugh', 'Herman Melville']);
  assert.equal(read('$.store.book.*.price'), [8.95, 12.99, 8.99]);
  assert.equal(read('$.store.book[-1].title'), ['Moby Dick']);
  assert.equal(read('$.store.book[0,2].price'), [8.95, 8.99]);
  assert.equal(read('$.store.book[1:].price'), [12.99, 8.99]);
  assert.equal(read('$.store.book[:2].category'), ['reference', 'fiction']);
  assert.equal(read('$.store.book[::2].price'), [8.95, 8.99]);
  assert.equal(read("$['odd.key'][\"it's\"]"), [1]);
  assert.equal(read('$'), [doc]);
});

s('deep scan finds every match in document order', () => {
  assert.equal(read('$..price'), [8.95, 12.99, 8.99, 19.95]);
  assert.equal(read('$..book[2].isbn'), ['0-553-21311-3']);
  assert.is(read('$..*').length > 15, true);
});

s('a missing last property is null, a missing middle one matches nothing', () => {
  assert.equal(read('$.store.book[*].isbn'), [null, null, '0-553-21311-3']);
  assert.equal(read('$.nothing.here'), []);
  assert.equal(read('$.store.nothing'), [null]);
  assert.equal(read('$.store.book[7]'), []);
});

s('definite paths are told apart; exact numbers stay leaves', () => {
  assert.is(compileJsonPath('$.a.b[0]').definite, true);
  assert.is(compileJsonPath('$.a[*]').definite, false);
  assert.is(compileJsonPath('$..a').definite, false);
  const big = parse('{"a":{"value":[12345678901234567890]}}');
  assert.equal(read('$..value', big).length, 1);
});

s('filters, scripts and malformed paths are rejected with the position', () => {
  assert.throws(() => compileJsonPath('$.a[?(@.price < 10)]'), /filters and expressions are not supported/);
  assert.throws(() => compileJsonPath('$.a[(@.length-1)]'), /filters and expressions/);
  assert.throws(() => compileJsonPath('store.book'), /a path starts with '\$'/);
  assert.throws(() => compileJsonPath('$.a[1'), /missing '\]'/);
  assert.throws(() => compileJsonPath('$.a[::0]'), /step cannot be 0/);
});

s.run();
