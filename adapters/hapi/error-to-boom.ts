import Boom from '@hapi/boom';
import { ErrorCodes, SeatideError, messageOf } from '../../core/errors';

/** The header that carries the catalog code of a failure (`CONFIG-04`), beside SeaTunnel's plain body. */
export const ERROR_CODE_HEADER = 'seatide-error-code';

/**
 * The one mapping from failures to HTTP: a SeatideError answers with its catalog code's `status` and its
 * text; a Boom (hapi's own 404, 413, query validation) keeps its status; anything else is an internal fault,
 * a 500 that still says what went wrong. Handlers throw, they never pick a status themselves.
 */
export function errorToBoom(error: unknown): Boom.Boom {
  if (error instanceof SeatideError) {
    return new Boom.Boom(error.text || error.errorCode.description, { statusCode: error.errorCode.status, data: { code: error.code, details: error.context } });
  }
  if (Boom.isBoom(error)) {
    // hapi boomifies what a handler throws; a 500 without data is such an error, an internal fault.
    if (error.isServer && !error.data) error.data = { code: ErrorCodes.INTERNAL.code };
    return error;
  }
  const boom = Boom.boomify(error instanceof Error ? error : new Error(messageOf(error)), { statusCode: 500 });
  boom.data = { code: ErrorCodes.INTERNAL.code };
  return boom;
}

/** SeaTunnel's failure body, `{"status":"fail","message":"..."}`; the message is never empty. */
export function failBody(boom: Boom.Boom): { status: 'fail'; message: string } {
  const status = boom.output.statusCode;
  // hapi's own errors put the useful part (e.g. the 413 limit) in message; fall back to the reason phrase.
  const message = boom.message || String(boom.output.payload.message ?? '') || boom.output.payload.error || `HTTP ${status}`;
  return { status: 'fail', message };
}

/** The catalog code of a Boom made by {@link errorToBoom}, if any. */
export function errorCodeOf(boom: Boom.Boom): string | undefined {
  const data = boom.data as { code?: unknown } | null | undefined;
  return typeof data?.code === 'string' ? data.code : undefined;
}

/** An adapter-level bad request (empty body, malformed id, missing field): 400 through the catalog. */
export const badRequest = (text: string, details: Record<string, unknown> = {}): SeatideError =>
  new SeatideError(ErrorCodes.ILLEGAL_ARGUMENT, text, { details });
