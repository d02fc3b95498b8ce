import Boom from '@hapi/boom';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { badRequest, errorCodeOf, errorToBoom, failBody } from '../../../adapters/hapi/error-to-boom';
import { ErrorCodes, SeatideError } from '../../../core/errors';

const s = suite('error-to-boom');

s("a SeatideError answers its catalog code's status with its text", () => {
  const cases: [SeatideError, number][] = [
    [new SeatideError(ErrorCodes.PLUGIN_NOT_FOUND, "Could not find any source plugin for identifier 'X'"), 400],
    [new SeatideError(ErrorCodes.OPTION_VALIDATE, "source 'Seq': option 'rows' expects an integer"), 400],
    [new SeatideError(ErrorCodes.REST_NOT_FOUND, 'No endpoint GET /x'), 404],
    [new SeatideError(ErrorCodes.REST_METHOD, 'GET is not supported'), 405],
    [new SeatideError(ErrorCodes.REST_NOT_READY, 'starting'), 503],
    [new SeatideError(ErrorCodes.SINK_WRITE, 'disk full'), 500],
  ];
  for (const [error, status] of cases) {
    const boom = errorToBoom(error);
    assert.is(boom.output.statusCode, status, error.code);
    assert.equal(failBody(boom), { status: 'fail', message: error.text });
    assert.is(errorCodeOf(boom), error.code);
  }
});

s("hapi's own errors keep their status and message", () => {
  const boom = errorToBoom(Boom.entityTooLarge('Payload content length greater than maximum allowed: 64'));
  assert.is(boom.output.statusCode, 413);
  assert.equal(failBody(boom), { status: 'fail', message: 'Payload content length greater than maximum allowed: 64' });
  assert.is(errorCodeOf(boom), undefined);
  assert.equal(failBody(Boom.notFound()), { status: 'fail', message: 'Not Found' });
});

s('anything else is an internal fault: 500 with its message, coded INTERNAL-01', () => {
  const boom = errorToBoom(new TypeError('x is not a function'));
  assert.is(boom.output.statusCode, 500);
  assert.equal(failBody(boom), { status: 'fail', message: 'x is not a function' });
  assert.is(errorCodeOf(boom), 'INTERNAL-01');
  // As hapi hands it over: already boomified by the router.
  const viaHapi = errorToBoom(Boom.boomify(new Error('ENOTDIR: not a directory')));
  assert.is(errorCodeOf(viaHapi), 'INTERNAL-01');
  assert.is(failBody(errorToBoom('a thrown string')).message, 'a thrown string');
});

s('badRequest is a 400 through the catalog', () => {
  const e = badRequest('jobId cannot be empty.', { field: 'jobId' });
  assert.is(errorToBoom(e).output.statusCode, 400);
  assert.equal(e.context, { field: 'jobId' });
});

s.run();
