import Hapi from '@hapi/hapi';
import Joi from 'joi';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { openApiDocument } from '../../../adapters/hapi/openapi';

const s = suite('openapi');

s('documents the tagged routes of one plugin, with path and query parameters and the body schema', async () => {
  const server = Hapi.server();
  await server.register({
    plugin: {
      name: 'demo',
      register(srv) {
        srv.route([
          {
            method: 'GET',
            path: '/things/{id*}',
            options: {
              description: 'a thing',
              tags: ['api', 'v2'],
              validate: { params: Joi.object({ id: Joi.string().description('its id') }), query: Joi.object({ full: Joi.boolean().required() }) },
              plugins: { seatide: { response: 'the thing' } },
            },
            handler: () => 'x',
          },
          {
            method: 'POST',
            path: '/things',
            options: { tags: ['api', 'v1'], plugins: { seatide: { response: 'ok', flavor: 'v1', body: Joi.object({ n: Joi.number().required() }) } } },
            handler: () => 'x',
          },
          { method: '*', path: '/{any*}', handler: () => 'x' },
        ]);
      },
    },
  });
  server.route({ method: 'GET', path: '/not-mine', options: { tags: ['api'] }, handler: () => 'x' });
  const doc = openApiDocument(server, 'demo', { projectVersion: '1.2.3', gitCommitAbbrev: 'abc1234' });
  assert.is(doc.info.version, '1.2.3');
  assert.equal(Object.keys(doc.paths).sort(), ['/things', '/things/{id}']);
  const get = doc.paths['/things/{id}'].get as Record<string, any>;
  assert.is(get.summary, 'a thing');
  assert.equal(get.tags, ['v2']);
  assert.equal(get.parameters, [
    { name: 'id', in: 'path', required: true, description: 'its id', schema: { type: 'string' } },
    { name: 'full', in: 'query', required: true, description: undefined, schema: { type: 'boolean' } },
  ]);
  assert.is(get.responses['200'].description, 'the thing');
  const post = doc.paths['/things'].post as Record<string, any>;
  assert.is(post.deprecated, true);
  assert.equal(post.requestBody.content['application/json'].schema, { type: 'object', properties: { n: { type: 'number' } }, required: ['n'], additionalProperties: false });
  assert.ok(post.responses['413']);
});

s.run();
