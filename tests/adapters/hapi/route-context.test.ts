import Hapi from '@hapi/hapi';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { V1_PREFIX, forEachFlavor, jsonReply, postMethods } from '../../../adapters/hapi/route-context';

const s = suite('route-context');

s('forEachFlavor makes each route under the v1 prefix and bare, tagged with its flavor', () => {
  const routes = forEachFlavor((flavor, prefix) => [{ method: postMethods(flavor), path: `${prefix}/x`, handler: () => flavor }]);
  assert.equal(routes.map((r) => [r.path, r.method]), [[`${V1_PREFIX}/x`, ['POST', 'PUT']], ['/x', 'POST']]);
  assert.equal(routes.map((r) => (r.options as { tags: string[] }).tags), [['api', 'v1'], ['api', 'v2']]);
  assert.equal(routes.map((r) => (r.options as { plugins: { seatide: { flavor: string } } }).plugins.seatide.flavor), ['v1', 'v2']);
});

s('jsonReply writes SeaTunnel JSON as application/json without a charset', async () => {
  const server = Hapi.server();
  server.route({ method: 'GET', path: '/', handler: (_r, h) => jsonReply(h, { jobId: 733584788375666689n, s: '\b' }) });
  const r = await server.inject('/');
  assert.is(r.headers['content-type'], 'application/json');
  assert.is(r.payload, '{"jobId":733584788375666689,"s":"\\u0008"}');
});

s.run();
