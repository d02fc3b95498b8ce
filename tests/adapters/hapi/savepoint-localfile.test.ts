import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fakeSource } from '../../../connectors/fake/fake-source';
import { localFileSink } from '../../../connectors/file/local-file-sink';
import { V1, eventually, testServer } from './support/test-server';

/**
 * Through the REST API: a slow BATCH job (FakeSource with `split.read-interval`) writing text files with
 * LocalFile is stopped with a savepoint mid-way and resumed with `isStartWithSavePoint`; the files on disk
 * then hold every row exactly once.
 */
const s = suite('savepoint-localfile');

const ROWS = 120;

const job = (out: string, tmp: string) => ({
  env: { 'job.mode': 'BATCH', 'job.name': 'slow_files', parallelism: 2 },
  source: [{
    plugin_name: 'FakeSource', plugin_output: 'fake', 'row.num': ROWS / 2, 'split.num': 6, 'split.read-interval': 150,
    'string.length': 24, schema: { fields: { id: 'bigint', name: 'string' } },
  }],
  sink: [{ plugin_name: 'LocalFile', plugin_input: 'fake', path: out, tmp_path: tmp, file_format_type: 'text' }],
});

const linesIn = (dir: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir).flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean)) : [];

s('stop-job with a savepoint mid-way, then submit-job with isStartWithSavePoint: every row on disk exactly once', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-sp-'));
  const out = path.join(dir, 'out');
  const t = await testServer({ dataDir: path.join(dir, 'data'), plugins: [fakeSource, localFileSink] });
  try {
    const body = job(out, path.join(dir, 'tmp'));
    const submitted = await t.request('POST', `${V1}/submit-job`, body);
    assert.is(submitted.status, 200, submitted.text);
    const id = submitted.lossless().jobId.value as string;
    await eventually(async () => (await t.request('GET', `${V1}/job-info/${id}`)).json().metrics.SinkWriteCount >= 30);

    const stop = await t.request('POST', `${V1}/stop-job`, `{"jobId":${id},"isStopWithSavePoint":true}`);
    assert.is(stop.status, 200, stop.text);
    const stopped = await eventually(async () => {
      const info = (await t.request('GET', `${V1}/job-info/${id}`)).json();
      return info.jobStatus === 'SAVEPOINT_DONE' ? info : undefined;
    });
    const atSavepoint = linesIn(out);
    assert.is(String(atSavepoint.length), stopped.metrics.SinkWriteCount, 'what was written up to the savepoint is committed');
    assert.ok(atSavepoint.length > 0 && atSavepoint.length < ROWS, `stopped mid-way (${atSavepoint.length} rows)`);

    const resumed = await t.request('POST', `${V1}/submit-job?jobId=${id}&isStartWithSavePoint=true`, body);
    assert.is(resumed.status, 200, resumed.text);
    assert.is(resumed.lossless().jobId.value, id);
    await eventually(async () => (await t.request('GET', `${V1}/job-info/${id}`)).json().jobStatus === 'FINISHED');

    const all = linesIn(out);
    assert.is(all.length, ROWS, 'every row once');
    assert.is(new Set(all).size, ROWS, 'no row twice');
    assert.ok(atSavepoint.every((line) => all.includes(line)), 'the rows committed by the savepoint are kept, not rewritten');
    assert.equal(fs.readdirSync(path.join(dir, 'tmp', 'seatunnel')), [], 'no transaction directory is left behind');
  } finally {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

s.run();
