import type { ServerRoute } from '@hapi/hapi';
import { ErrorCodes, SeatideError } from '../../../core/errors';
import { V1_PREFIX } from '../route-context';

const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;

/**
 * Answers requests no route takes with the failure body every other error has: 405 naming the methods
 * that path does accept, or 404. Always under the v1 prefix (that namespace is ours); for every path when
 * `everywhere` is set, which suits a server of its own but not a host app with routes of its own.
 */
export function notFoundRoutes(everywhere: boolean, openApiPath: string): ServerRoute[] {
  const paths = everywhere ? ['/{unmatched*}'] : [`${V1_PREFIX}/{unmatched*}`, V1_PREFIX];
  return paths.map(
    (path): ServerRoute => ({
      method: '*',
      path,
      handler: (request) => {
        const method = request.method.toUpperCase();
        const allowed = METHODS.filter((m) => {
          const match = request.server.match(m, request.path);
          return match !== null && match.path !== request.route.path;
        }).map((m) => m.toUpperCase());
        if (allowed.length > 0) {
          throw new SeatideError(ErrorCodes.REST_METHOD, `${method} is not supported by ${request.path}; use ${allowed.join(' or ')}.`, { details: { allowed } });
        }
        throw new SeatideError(ErrorCodes.REST_NOT_FOUND, `No endpoint ${method} ${request.path}. The endpoints are listed at ${openApiPath}.`);
      },
    }),
  );
}
