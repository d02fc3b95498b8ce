import { isLosslessNumber } from 'lossless-json';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { bodyText, readJsonArray, readJsonBody, readJsonObject, toPlainConfig } from '../../../adapters/hapi/read-body';
import { SeatideError } from '../../../core/errors';

const s = suite('read-body');

const failure = (f: () => unknown): SeatideError => {
  try {
    f();
  } catch (e) {
    if (e instanceof SeatideError) return e;
    throw e;
  }
  throw new Error('expected a failure');
};

s('an absent, empty or blank body is "Request body is empty."', () => {
  for (const payload of [undefined, null, Buffer.alloc(0), Buffer.from(' \n\t')]) {
    const e = failure(() => bodyText(payload));
    assert.is(e.text, 'Request body is empty.');
    assert.is(e.errorCode.status, 400);
  }
});

s('malformed JSON and bytes that are not UTF-8 are "Invalid JSON format in request body."', () => {
  for (const payload of [Buffer.from('{bad'), Buffer.from('{"a":1,}'), Buffer.from([0x7b, 0xff, 0x7d])]) {
    assert.is(failure(() => readJsonBody(payload)).text, 'Invalid JSON format in request body.');
  }
});

s('numbers keep their digits', () => {
  const tree = readJsonObject(Buffer.from('{"jobId":733584788375666689,"d":1.0}'), 'x');
  assert.ok(isLosslessNumber(tree.jobId));
  assert.is((tree.jobId as { value: string }).value, '733584788375666689');
  assert.is((tree.d as { value: string }).value, '1.0');
});

s('the expected top-level kind is enforced with a message naming what came instead', () => {
  assert.is(failure(() => readJsonObject(Buffer.from('[1]'), 'a job config')).text, 'The request body must be a JSON object (a job config), got an array.');
  assert.is(failure(() => readJsonObject(Buffer.from('null'), 'a job config')).text, 'The request body must be a JSON object (a job config), got null.');
  assert.is(failure(() => readJsonArray(Buffer.from('{}'), 'of stops')).text, 'The request body must be a JSON array (of stops), got an object.');
  assert.equal(readJsonArray(Buffer.from('[]'), 'x'), []);
});

s('plain config: safe integers become numbers, larger 64-bit integers bigints, fractions doubles', () => {
  const tree = readJsonObject(Buffer.from('{"a":5,"b":733584788375666689,"c":-9223372036854775808,"d":1.5,"e":1e3,"f":99999999999999999999,"l":[1,{"x":2}],"s":"t","n":null,"t":true}'), 'x');
  assert.equal(toPlainConfig(tree), { a: 5, b: 733584788375666689n, c: -9223372036854775808n, d: 1.5, e: 1000, f: 1e20, l: [1, { x: 2 }], s: 't', n: null, t: true });
});

s('a "__proto__" key stays an ordinary key and never changes a prototype', () => {
  const plain = toPlainConfig(readJsonObject(Buffer.from('{"__proto__":{"polluted":true},"a":1}'), 'x'));
  assert.equal(Object.keys(plain), ['__proto__', 'a']);
  assert.is(Object.getPrototypeOf(plain), Object.prototype);
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  assert.is((plain as Record<string, unknown>).polluted, undefined);
});

s.run();
