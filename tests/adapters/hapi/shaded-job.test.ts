import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Options } from '../../../core/options/option';
import { OptionRule } from '../../../core/options/option-rule';
import type { SinkFactory } from '../../../core/plugin/contracts';
import { V1, eventually, testServer } from './support/test-server';

const s = suite('shaded job');

const SECRET = 'hunter22-very-secret';
const USER = 'db-admin-user';
const PASSWORD = Options.key('password').stringType();
const USERNAME = Options.key('username').stringType();

/** A sink that needs the decrypted secrets to "connect", and carelessly quotes them in its log and errors. */
const seen: { password?: string; username?: string } = {};
const vault: SinkFactory = {
  kind: 'sink',
  identifier: 'Vault',
  optionRule: OptionRule.builder().required(PASSWORD, USERNAME).build(),
  create(ctx) {
    seen.password = ctx.options.get(PASSWORD);
    seen.username = ctx.options.get(USERNAME);
    ctx.logger.info(`connecting as ${seen.username} with ${seen.password}`);
    return {
      createWriter: () => ({
        write(batch) {
          if (batch.some((r) => r.fields[0] === 3n)) throw new Error(`login refused for ${seen.username}/${seen.password}`);
        },
        close() {},
      }),
    };
  },
};

const b64 = (v: string) => Buffer.from(v, 'utf8').toString('base64');

s('a job whose secrets are shaded runs with them decrypted, and no plaintext reaches a response or a log', async () => {
  const t = await testServer({ plugins: [vault] });
  try {
    const config = {
      env: { 'job.mode': 'BATCH', 'shade.identifier': 'base64' },
      source: [{ plugin_name: 'Seq', rows: 10, batch: 1, table: 'fake' }],
      sink: [{ plugin_name: 'Vault', username: b64(USER), password: b64(SECRET) }],
    };
    const submitted = await t.request('POST', `${V1}/submit-job?jobName=vault`, config);
    assert.is(submitted.status, 200, submitted.text);
    const id = String(submitted.lossless().jobId);
    await eventually(async () => (await t.request('GET', `/job-info/${id}`)).json().jobStatus === 'FAILED');
    assert.is(seen.password, SECRET, 'the plugin got the decrypted password');
    assert.is(seen.username, USER);
    const everything = [
      (await t.request('GET', `/job-info/${id}`)).text,
      (await t.request('GET', `${V1}/running-job/${id}`)).text,
      (await t.request('GET', `/finished-jobs`)).text,
      (await t.request('GET', `${V1}/finished-jobs/FAILED`)).text,
      (await t.request('GET', `/logs/${id}?format=json`)).text,
      JSON.stringify(t.logs),
    ].join('\n');
    assert.match(everything, /login refused/, 'the failure itself is reported');
    for (const [i, part] of everything.split("\n").entries()) if (part.includes(SECRET)) console.log("LEAK in part", i, part.slice(Math.max(0, part.indexOf(SECRET) - 300), part.indexOf(SECRET) + 50));
    assert.not.ok(everything.includes(SECRET), "the password leaked");
    assert.not.ok(everything.includes(USER), 'the user name leaked');
  } finally {
    await t.close();
  }
});

s.run();
