import type { ServerRoute } from '@hapi/hapi';
import { ErrorCodes, SeatideError } from '../../../core/errors';
import { openApiDocument } from '../openapi';
import { type RouteContext, jsonReply } from '../route-context';

/**
 * For operators and load balancers: `health` (the process answers), `ready` (job history recovered and not
 * shutting down; 503 otherwise) and `openapi.json` (this API, generated from the routes).
 */
export function operabilityRoutes(ctx: RouteContext, pluginName: string): ServerRoute[] {
  return [
    {
      method: 'GET',
      path: '/health',
      options: { description: 'Liveness: 200 while the process serves requests', tags: ['ops'], plugins: { seatide: { response: '{"status":"UP"}' } } },
      handler: (_request, h) => jsonReply(h, { status: 'UP' }),
    },
    {
      method: 'GET',
      path: '/ready',
      options: {
        description: 'Readiness: 200 once job history is recovered, 503 before and while shutting down',
        tags: ['ops'],
        plugins: { seatide: { response: '{"status":"READY"}' } },
      },
      handler: (_request, h) => {
        if (!ctx.node.ready) throw new SeatideError(ErrorCodes.REST_NOT_READY, 'The node is starting or shutting down.');
        return jsonReply(h, { status: 'READY' });
      },
    },
    {
      method: 'GET',
      path: '/openapi.json',
      options: { description: 'This API as an OpenAPI 3 document', tags: ['ops'], plugins: { seatide: { response: 'an OpenAPI 3.0 document' } } },
      handler: (request, h) => jsonReply(h, openApiDocument(request.server, pluginName, ctx.node.build)),
    },
  ];
}
