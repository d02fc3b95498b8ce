import { parse } from 'lossless-json';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isTrue, jobIdOfBody, requireJobId } from '../../../adapters/hapi/request-job-id';
import { SeatideError } from '../../../core/errors';

const s = suite('request-job-id');

const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as SeatideError).text;
  }
  return 'no failure';
};

s('path and query ids are read as Long.parseLong reads them', () => {
  assert.is(requireJobId('733584788375666689'), '733584788375666689');
  assert.is(requireJobId('+5'), '5');
  assert.is(requireJobId('-5'), '-5');
  assert.is(message(() => requireJobId('abc')), 'For input string: "abc"');
  assert.is(message(() => requireJobId(' 5')), 'For input string: " 5"');
  assert.is(message(() => requireJobId('9223372036854775808')), 'For input string: "9223372036854775808"');
});

s('body ids: numbers of any size, numeric strings; the raw form is what stop-job echoes', () => {
  const body = parse('{"a":881432421482889220,"b":"+12","c":1.5,"d":8.8e17}') as Record<string, unknown>;
  assert.equal(jobIdOfBody(body.a), { id: '881432421482889220', raw: '881432421482889220' });
  assert.equal(jobIdOfBody(body.b), { id: '12', raw: '+12' });
  assert.is(message(() => jobIdOfBody(body.c)), 'For input string: "1.5"');
  assert.is(message(() => jobIdOfBody(body.d)), 'For input string: "8.8E17"');
  assert.is(message(() => jobIdOfBody(undefined)), 'jobId cannot be empty.');
  assert.is(message(() => jobIdOfBody(null)), 'jobId cannot be empty.');
});

s('isTrue reads Boolean.parseBoolean of the string form', () => {
  assert.ok(isTrue(true) && isTrue('true') && isTrue('TRUE'));
  assert.ok(!isTrue(false) && !isTrue('yes') && !isTrue(undefined) && !isTrue(null) && !isTrue(1));
});

s.run();
