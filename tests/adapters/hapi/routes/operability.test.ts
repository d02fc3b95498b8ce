import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { testServer } from '../support/test-server';

const s = suite('routes/operability');

s('health answers UP; ready answers READY once started and 503 once stopping', async () => {
  const t = await testServer();
  try {
    assert.is((await t.request('GET', '/health')).text, '{"status":"UP"}');
    assert.is((await t.request('GET', '/ready')).text, '{"status":"READY"}');
    t.server.plugins.seatide.node.ready = false;
    const r = await t.request('GET', '/ready');
    assert.is(r.status, 503);
    assert.equal(r.json(), { status: 'fail', message: 'The node is starting or shutting down.' });
  } finally {
    await t.close();
  }
});

s('openapi.json documents every endpoint of both flavors with its parameters and body', async () => {
  const t = await testServer();
  try {
    const doc = (await t.request('GET', '/openapi.json')).json();
    assert.is(doc.openapi, '3.0.3');
    const paths = Object.keys(doc.paths);
    for (const p of ['running-jobs', 'job-info/{jobId}', 'running-job/{jobId}', 'finished-jobs/{state}', 'system-monitoring-information', 'submit-job', 'submit-jobs', 'stop-job', 'stop-jobs', 'encrypt-config', 'overview', 'update-tags', 'logs', 'logs/{name}']) {
      assert.ok(paths.includes(`/${p}`), p);
      assert.ok(paths.includes(`/hazelcast/rest/maps/${p}`), `v1 ${p}`);
    }
    for (const p of ['/health', '/ready', '/openapi.json']) assert.ok(paths.includes(p), p);
    const submit = doc.paths['/submit-job'].post;
    assert.equal(submit.parameters.map((p: { name: string }) => p.name), ['jobId', 'jobName', 'isStartWithSavePoint', 'format']);
    assert.equal(submit.parameters[3].schema.enum, ['json', 'hocon']);
    assert.equal(submit.requestBody.content['application/json'].schema.required, ['source', 'sink']);
    assert.ok(submit.requestBody.content['application/hocon']);
    assert.is(doc.paths['/hazelcast/rest/maps/submit-job'].post.deprecated, true);
    assert.ok(doc.paths['/hazelcast/rest/maps/submit-job'].put, 'v1 takes PUT as POST');
    const jobInfo = doc.paths['/job-info/{jobId}'].get;
    assert.equal(jobInfo.parameters.map((p: { name: string; in: string }) => [p.name, p.in]), [['jobId', 'path']]);
    assert.equal(doc.paths['/stop-job'].post.requestBody.content['application/json'].schema.required, ['jobId']);
    assert.is(doc.paths['/stop-job'].post.responses['400'].content['application/json'].schema.$ref, '#/components/schemas/Failure');
    assert.ok(!paths.some((p) => p.includes('unmatched')), 'catch-all routes are not endpoints');
  } finally {
    await t.close();
  }
});

s.run();
