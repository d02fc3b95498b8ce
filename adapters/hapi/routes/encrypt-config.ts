import type { ServerRoute } from '@hapi/hapi';
import Joi from 'joi';
import { readJsonObject } from '../read-body';
import { type RouteContext, forEachFlavor, jsonReply, postMethods, rawPayload } from '../route-context';

/**
 * `encrypt-config`: the config with the sensitive options of each source, transform and sink encrypted by
 * the shade `env."shade.identifier"` names. The body is read losslessly and written back as SeaTunnel
 * writes it, so untouched values keep their form (`1.0` stays `1.0`, big integers keep their digits) and
 * keys their order. An unknown shade is an error that lists the registered ones, never a silent identity.
 */
export function encryptConfigRoutes(ctx: RouteContext): ServerRoute[] {
  return forEachFlavor((flavor, prefix) => [
    {
      method: postMethods(flavor),
      path: `${prefix}/encrypt-config`,
      options: {
        description: 'Encrypt the sensitive options of a job config',
        payload: rawPayload(ctx),
        plugins: {
          seatide: {
            body: Joi.object({ env: Joi.object({ 'shade.identifier': Joi.string() }).unknown(true), source: Joi.array().min(1).required(), sink: Joi.array().min(1).required() }).unknown(true),
            response: 'the config, sensitive options encrypted',
          },
        },
      },
      handler: (request, h) => jsonReply(h, ctx.runtime.encryptConfig(readJsonObject(request.payload, 'a job config'))),
    },
  ]);
}
