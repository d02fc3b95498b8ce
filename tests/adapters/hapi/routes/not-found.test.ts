import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { V1, testServer } from '../support/test-server';

const s = suite('routes/not-found');

s('unknown paths answer 404 and known paths with another method 405, with the failure body', async () => {
  const t = await testServer();
  try {
    const cases: [string, string, number, string][] = [
      ['GET', '/nope', 404, 'No endpoint GET /nope. The endpoints are listed at /openapi.json.'],
      ['GET', `${V1}/nope`, 404, `No endpoint GET ${V1}/nope. The endpoints are listed at /openapi.json.`],
      ['POST', `${V1}/nope/x`, 404, `No endpoint POST ${V1}/nope/x. The endpoints are listed at /openapi.json.`],
      ['GET', '/', 404, 'No endpoint GET /. The endpoints are listed at /openapi.json.'],
      ['GET', '/submit-job', 405, 'GET is not supported by /submit-job; use POST.'],
      ['GET', `${V1}/stop-job`, 405, `GET is not supported by ${V1}/stop-job; use POST or PUT.`],
      ['DELETE', '/running-jobs', 405, 'DELETE is not supported by /running-jobs; use GET.'],
    ];
    for (const [method, url, status, message] of cases) {
      const r = await t.request(method, url);
      assert.is(r.status, status, `${method} ${url}`);
      assert.is(r.text, JSON.stringify({ status: 'fail', message }), `${method} ${url}`);
    }
    assert.is((await t.request('GET', '/submit-job')).headers.allow, 'POST');
  } finally {
    await t.close();
  }
});

s.run();
