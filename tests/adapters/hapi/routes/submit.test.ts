import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { JobStatus } from '../../../../core/job/job-status';
import { OptionRule } from '../../../../core/options/option-rule';
import { V1, batchJob, eventually, removeDir, streamingJob, tempDir, testServer } from '../support/test-server';

const s = suite('routes/submit');

s('v1 answers the new id as a JSON number with every digit, v2 as a string; both run the job', async () => {
  const t = await testServer();
  try {
    const v1 = await t.request('POST', `${V1}/submit-job?jobName=rest_api_test`, batchJob(10));
    assert.is(v1.status, 200, v1.text);
    assert.match(v1.text, /^\{"jobId":\d{16,19},"jobName":"rest_api_test"\}$/);
    const v1Id = v1.lossless().jobId.value as string;
    const v2 = await t.request('POST', '/submit-job', batchJob(7, 'named_in_env'));
    assert.match(v2.text, /^\{"jobId":"\d{16,19}","jobName":"named_in_env"\}$/);
    const v2Id = v2.json().jobId as string;
    assert.is((await t.runtime.jobs.get(v1Id)!.result).status, JobStatus.FINISHED);
    assert.is((await t.runtime.jobs.get(v2Id)!.result).status, JobStatus.FINISHED);
    assert.is(t.probe.rows.length, 17);
  } finally {
    await t.close();
  }
});

s('a given jobId is used as is, with names in UTF-8', async () => {
  const t = await testServer();
  try {
    const r = await t.request('POST', `/submit-job?jobName=${encodeURIComponent('param_test测试')}&jobId=862969647010611202`, batchJob(3, 'test测试'));
    assert.is(r.text, '{"jobId":"862969647010611202","jobName":"param_test测试"}');
    assert.is((await t.runtime.jobs.get('862969647010611202')!.result).status, JobStatus.FINISHED);
  } finally {
    await t.close();
  }
});

s('reusing the id of a running job answers that job; the id of a finished one is refused', async () => {
  const t = await testServer();
  try {
    const first = await t.request('POST', '/submit-job?jobId=1000000000000000001', streamingJob('first'));
    assert.is(first.status, 200);
    const again = await t.request('POST', '/submit-job?jobId=1000000000000000001&jobName=other', streamingJob('second'));
    assert.is(again.text, '{"jobId":"1000000000000000001","jobName":"first"}');
    assert.is(t.runtime.jobs.running().length, 1);
    await t.request('POST', '/stop-job', '{"jobId":1000000000000000001}');
    await t.runtime.jobs.get('1000000000000000001')!.result;
    const refused = await t.request('POST', '/submit-job?jobId=1000000000000000001', streamingJob());
    assert.is(refused.status, 400);
    assert.is(refused.json().message, 'The job id 1000000000000000001 has already been submitted and is not starting with a savepoint.');
    assert.is(refused.headers['seatide-error-code'], 'JOB-03');
  } finally {
    await t.close();
  }
});

s('format=hocon takes a HOCON body', async () => {
  const t = await testServer();
  try {
    const hocon = `env {\n  job.mode = "BATCH"\n  job.name = hocon_job\n}\nsource {\n  Seq { rows = 5, table = fake, result_table_name = fake }\n}\nsink {\n  Collect { source_table_name = [fake] }\n}\n`;
    const r = await t.request('POST', `${V1}/submit-job?format=hocon`, hocon);
    assert.is(r.status, 200, r.text);
    assert.is(r.lossless().jobName, 'hocon_job');
    await t.runtime.jobs.get(r.lossless().jobId.value)!.result;
    assert.is(t.probe.rows.length, 5);
    const broken = await t.request('POST', '/submit-job?format=HOCON', 'source { Seq { rows = ');
    assert.is(broken.status, 400, broken.text);
    assert.is(broken.json().status, 'fail');
    const badFormat = await t.request('POST', '/submit-job?format=yaml', batchJob());
    assert.is(badFormat.status, 400);
    assert.match(badFormat.json().message, /"format" must be one of \[json, hocon\]/);
  } finally {
    await t.close();
  }
});

s('bad requests answer 400 with a message that says what is wrong, and record nothing', async () => {
  const t = await testServer();
  try {
    const cases: [string, unknown, RegExp | string][] = [
      ['/submit-job', '', 'Request body is empty.'],
      ['/submit-job', '   \n', 'Request body is empty.'],
      ['/submit-job', '{bad', 'Invalid JSON format in request body.'],
      ['/submit-job', '[1,2]', 'The request body must be a JSON object (a job config), got an array.'],
      ['/submit-job', '"text"', 'The request body must be a JSON object (a job config), got the string "text".'],
      ['/submit-job?isStartWithSavePoint=true', batchJob(), 'Please provide jobId when start with save point.'],
      ['/submit-job?jobId=abc', batchJob(), 'For input string: "abc"'],
      [`${V1}/submit-job?jobName=`, batchJob(), 'Invalid Params format in Params.'],
      ['/submit-job', { ...batchJob(), source: [] }, /Miss <Source> config! Please check the config file\./],
      ['/submit-job', { ...batchJob(), sink: [] }, /Miss <Sink> config!/],
      ['/submit-job', { ...batchJob(), source: [{ plugin_name: 'NoSuchSource' }] }, /NoSuchSource/],
      ['/submit-job', { ...batchJob(), sink: [{ plugin_name: 'NoSuchSink' }] }, /NoSuchSink/],
      ['/submit-job', { ...batchJob(), source: [{ plugin_name: 'Seq', rows: 'many' }] }, /'rows'.*Seq|Seq.*'rows'/],
      ['/submit-job', { ...batchJob(), source: [{ rows: 1 }] }, /plugin_name/],
    ];
    for (const [url, body, message] of cases) {
      const r = await t.request('POST', url, body);
      assert.is(r.status, 400, `${url} ${JSON.stringify(body)}: ${r.text}`);
      assert.equal(Object.keys(r.json()), ['status', 'message']);
      assert.is(r.json().status, 'fail');
      if (typeof message === 'string') assert.is(r.json().message, message);
      else assert.match(r.json().message, message);
    }
    assert.equal(await t.runtime.jobs.finished(), []);
    assert.is(t.runtime.jobs.running().length, 0);
    const list = (await t.request('GET', '/finished-jobs')).json();
    assert.equal(list, []);
  } finally {
    await t.close();
  }
});

s('v2 ignores an empty jobName or jobId parameter, v1 refuses it', async () => {
  const t = await testServer();
  try {
    const r = await t.request('POST', '/submit-job?jobName=&jobId=', batchJob(1, 'from_env'));
    assert.is(r.status, 200, r.text);
    assert.is(r.json().jobName, 'from_env');
  } finally {
    await t.close();
  }
});

s('a 64-bit integer in the config reaches the plugins exactly, as a bigint', async () => {
  let seen: unknown;
  const t = await testServer({
    plugins: [
      {
        kind: 'transform',
        identifier: 'Peek',
        optionRule: OptionRule.builder().build(),
        create(ctx) {
          seen = ctx.options.lookup('big');
          return { outputTable: ctx.inputTable, map: (row) => row };
        },
      },
    ],
  });
  try {
    const body = `{"env":{"job.mode":"BATCH"},"source":[{"plugin_name":"Seq","rows":1,"table":"fake","result_table_name":"fake"}],"transform":[{"plugin_name":"Peek","source_table_name":"fake","result_table_name":"out","big":733584788375666689}],"sink":[{"plugin_name":"Collect","source_table_name":["out"]}]}`;
    const r = await t.request('POST', '/submit-job', body);
    assert.is(r.status, 200, r.text);
    assert.is(seen, 733584788375666689n);
  } finally {
    await t.close();
  }
});

s('with a data dir, a 64-bit integer in the env is stored and shown with every digit, also after a restart', async () => {
  const dataDir = tempDir();
  try {
    const body = '{"env":{"job.mode":"BATCH","big":733584788375666689},"source":[{"plugin_name":"Seq","rows":1,"table":"fake","result_table_name":"fake"}],"sink":[{"plugin_name":"Collect"}]}';
    const first = await testServer({ dataDir });
    const r = await first.request('POST', '/submit-job', body);
    assert.is(r.status, 200, r.text);
    const id = r.json().jobId as string;
    await first.runtime.jobs.get(id)!.result;
    assert.is((await first.request('GET', `/job-info/${id}`)).json().jobDag.envOptions.big, '733584788375666689');
    await eventually(() => JSON.parse(fs.readFileSync(path.join(dataDir, 'jobs', `${id}.json`), 'utf8')).status === 'FINISHED');
    await first.close();
    const second = await testServer({ dataDir });
    try {
      assert.is((await second.request('GET', `/job-info/${id}`)).json().jobDag.envOptions.big, '733584788375666689');
    } finally {
      await second.close();
    }
  } finally {
    removeDir(dataDir);
  }
});

s('a job that fails does not take the node down and reports its cause', async () => {
  const t = await testServer();
  try {
    const config = { ...batchJob(20, 'doomed'), sink: [{ plugin_name: 'Collect', source_table_name: ['fake'], fail_at: 3 }] };
    const r = await t.request('POST', '/submit-job', config);
    assert.is(r.status, 200, r.text);
    const id = r.json().jobId as string;
    assert.is((await t.runtime.jobs.get(id)!.result).status, JobStatus.FAILED);
    const failed = (await t.request('GET', '/finished-jobs/failed')).json();
    assert.is(failed.length, 1);
    assert.match(failed[0].errorMsg, /boom at row 3/);
    const next = await t.request('POST', '/submit-job', batchJob(2));
    assert.is(next.status, 200);
  } finally {
    await t.close();
  }
});

s('submit-jobs submits in order and answers string ids; a bad element is refused before anything runs', async () => {
  const t = await testServer();
  try {
    const ok = await t.request('POST', `${V1}/submit-jobs`, [
      { ...batchJob(2), params: { jobId: '1100000000000000001', jobName: 'one' } },
      { ...batchJob(3), params: { jobName: 'two' } },
      batchJob(1, 'three'),
    ]);
    assert.is(ok.status, 200, ok.text);
    const list = ok.json();
    assert.equal(list.map((j: { jobName: string }) => j.jobName), ['one', 'two', 'three']);
    assert.is(list[0].jobId, '1100000000000000001');
    assert.ok(list.every((j: { jobId: unknown }) => typeof j.jobId === 'string'));
    assert.equal((await t.request('POST', '/submit-jobs', [])).json(), []);

    const before = t.runtime.jobs.finished.length;
    const bad = await t.request('POST', '/submit-jobs', [batchJob(1), 7]);
    assert.is(bad.status, 400);
    assert.is(bad.json().message, 'submit-jobs[1] must be a JSON object (a job config), got the number 7.');
    assert.is(t.runtime.jobs.finished.length, before);
    const failing = await t.request('POST', '/submit-jobs', [batchJob(1), { ...batchJob(1), source: [{ plugin_name: 'Nope' }] }]);
    assert.is(failing.status, 400);
    assert.match(failing.json().message, /^submit-jobs\[1\]: .*Nope/);
    const notArray = await t.request('POST', '/submit-jobs', batchJob(1));
    assert.match(notArray.json().message, /must be a JSON array/);
  } finally {
    await t.close();
  }
});

s.run();
