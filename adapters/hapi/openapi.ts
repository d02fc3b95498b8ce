import type { RequestRoute, Server } from '@hapi/hapi';
import Joi from 'joi';
import type { BuildInfo } from './node-state';
import { type JsonSchema, joiToJsonSchema, requiredKeys } from './joi-to-json-schema';

/** Routes tagged with this appear in the document. */
export const DOCUMENTED_TAGS = ['api', 'ops'] as const;

/**
 * An OpenAPI 3 document of the routes a plugin registered, generated from the routes themselves: hapi's
 * joi validation of path and query parameters, and each route's body schema and answer (RouteDoc). Built
 * on request from the route table, so a host's route prefix shows in every path.
 */
export function openApiDocument(server: Server, pluginName: string, build: BuildInfo) {
  const paths: Record<string, Record<string, unknown>> = {};
  const routes = server
    .table()
    .filter((r) => r.realm.plugin === pluginName && r.settings.tags?.some((t) => (DOCUMENTED_TAGS as readonly string[]).includes(t)));
  for (const route of routes) {
    const path = route.path.replace(/\{(\w+)[*?]?\d*\}/g, '{$1}');
    (paths[path] ??= {})[route.method] = operation(route);
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Seatide REST API',
      version: build.projectVersion,
      description:
        "SeaTunnel's REST API. Paths under /hazelcast/rest/maps (tag v1) answer with SeaTunnel 2.3.5's shapes; the same paths without the prefix (tag v2) with SeaTunnel HEAD's. Every failure answers {\"status\":\"fail\",\"message\":...} with the catalog code in the seatide-error-code header.",
    },
    paths,
    components: {
      schemas: {
        Failure: {
          type: 'object',
          required: ['status', 'message'],
          properties: { status: { type: 'string', enum: ['fail'] }, message: { type: 'string', description: 'what is wrong: the field, plugin or option at fault' } },
        },
      },
    },
  };
}

function operation(route: RequestRoute) {
  const settings = route.settings;
  const doc = settings.plugins?.seatide;
  const validate = settings.validate ?? {};
  const parameters = [
    ...parametersOf(validate.params, 'path'),
    ...parametersOf(validate.query, 'query'),
  ];
  const failure = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Failure' } } } });
  const op: Record<string, unknown> = {
    summary: settings.description,
    tags: (settings.tags ?? []).filter((t) => t !== 'api'),
    ...(doc?.flavor === 'v1' ? { deprecated: true } : {}),
    parameters,
    responses: {
      200: { description: doc?.response ?? 'OK' },
      400: failure('a bad request: the message names the field, plugin or option'),
      404: failure('no such endpoint'),
      ...(doc?.body ? { 413: failure('the body is larger than the limit') } : {}),
      500: failure('an internal fault'),
    },
  };
  if (doc?.body) {
    const content: Record<string, { schema: JsonSchema }> = { 'application/json': { schema: joiToJsonSchema(doc.body) } };
    if (doc.bodyTypes?.includes('hocon')) content['application/hocon'] = { schema: { type: 'string', description: 'a HOCON job config (with ?format=hocon)' } };
    op.requestBody = { required: true, content };
  }
  return op;
}

function parametersOf(schema: unknown, where: 'path' | 'query') {
  if (!Joi.isSchema(schema)) return [];
  const json = joiToJsonSchema(schema);
  const required = requiredKeys(schema);
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || required.has(name), description, schema: rest };
  });
}
