import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Options } from '../../../../core/options/option';
import { OptionRule } from '../../../../core/options/option-rule';
import type { SourceFactory } from '../../../../core/plugin/contracts';
import { seqSource } from '../../../support/test-plugins';
import { V1, batchJob, testServer } from '../support/test-server';

const s = suite('routes/logs');

s("logs/<jobId> returns the job's own lines; ?format=json its records", async () => {
  const t = await testServer();
  try {
    const a = (await t.request('POST', '/submit-job', batchJob(3, 'alpha'))).json().jobId as string;
    const b = (await t.request('POST', '/submit-job', batchJob(2, 'beta'))).json().jobId as string;
    await t.runtime.jobs.get(a)!.result;
    await t.runtime.jobs.get(b)!.result;
    const text = await t.request('GET', `/logs/${a}`);
    assert.is(text.status, 200);
    assert.match(String(text.headers['content-type']), /^text\/plain/);
    assert.match(text.text, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d INFO  .*job 'alpha'/m);
    assert.not.match(text.text, /beta/);
    const json = (await t.request('GET', `${V1}/logs/job-${b}.log?format=json`)).json();
    assert.ok(json.length > 0);
    assert.equal(Object.keys(json[0]), ['time', 'level', 'message', 'fields']);
    assert.ok(json.some((r: { message: string }) => r.message.includes("'beta'")));
  } finally {
    await t.close();
  }
});

s('logs lists the jobs with logs as HTML, or JSON with links that work', async () => {
  const t = await testServer();
  try {
    const id = (await t.request('POST', '/submit-job', batchJob(1, 'listed'))).json().jobId as string;
    await t.runtime.jobs.get(id)!.result;
    const html = await t.request('GET', '/logs');
    assert.match(String(html.headers['content-type']), /^text\/html/);
    assert.match(html.text, /^<html><head><title>Seatunnel log<\/title><\/head>/);
    assert.match(html.text, new RegExp(`<li><a href="[^"]+/logs/job-${id}\\.log">[^<]+-job-${id}\\.log</a></li>`));
    const [entry] = (await t.request('GET', `${V1}/logs?format=json`)).json();
    assert.equal(Object.keys(entry), ['node', 'logLink', 'logName']);
    assert.is(entry.logName, `job-${id}.log`);
    const follow = await t.request('GET', new URL(entry.logLink).pathname);
    assert.is(follow.status, 200);
    assert.match(follow.text, /listed/);
  } finally {
    await t.close();
  }
});

s('a secret a plugin quotes in its log is hidden', async () => {
  const PASSWORD = Options.key('password').stringType().defaultTo('');
  const leaky: SourceFactory = {
    kind: 'source',
    identifier: 'Leaky',
    optionRule: OptionRule.builder().optional(PASSWORD).build(),
    create(ctx) {
      ctx.logger.warn(`login refused for ${ctx.options.get(PASSWORD)}`, { tried: ctx.options.get(PASSWORD) });
      return seqSource().create(ctx);
    },
  };
  const t = await testServer({ plugins: [leaky] });
  try {
    const config = { ...batchJob(1, 'leaky'), source: [{ plugin_name: 'Leaky', password: 's3cret-value', rows: 1, table: 'fake', result_table_name: 'fake' }] };
    const r = await t.request('POST', '/submit-job', config);
    assert.is(r.status, 200, r.text);
    await t.runtime.jobs.get(r.json().jobId)!.result;
    const text = (await t.request('GET', `/logs/${r.json().jobId}`)).text;
    assert.match(text, /login refused for \*\*\*\*\*\*/);
    assert.not.match(text, /s3cret-value/);
  } finally {
    await t.close();
  }
});

s('an unknown job or a malformed id answers a failure', async () => {
  const t = await testServer();
  try {
    const unknown = await t.request('GET', '/logs/123');
    assert.is(unknown.status, 404);
    assert.match(unknown.json().message, /No log of job 123 on this node/);
    const bad = await t.request('GET', '/logs/abc');
    assert.is(bad.status, 400);
    assert.is(bad.json().message, 'For input string: "abc"');
  } finally {
    await t.close();
  }
});

s.run();
