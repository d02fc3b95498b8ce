import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Node, call, eventually, killServe, startServe, stopServe } from '../../support/serve-node';
import { pgUrl, withPg, withPgDatabase } from '../../support/services';

/**
 * A node killed with SIGKILL between two checkpoints of a running job, then started again on the same data
 * directory: the job resumes from its last completed checkpoint by itself, and its transactional sinks (a
 * PostgreSQL table and LocalFile text files) end up with every source row exactly once.
 */
const s = suite('serve-crash-resume');

const ROWS = 3000;

const job = (input: string, output: string, tmp: string, database: string) => ({
  env: { 'job.mode': 'BATCH', 'job.name': 'crash_me', 'checkpoint.interval': 300, 'read_limit.rows_per_second': 600 },
  source: [{ plugin_name: 'LocalFile', path: input, file_format_type: 'text', plugin_output: 'lines' }],
  sink: [
    { plugin_name: 'Jdbc', plugin_input: 'lines', url: pgUrl(database), driver: 'org.postgresql.Driver', user: 'postgres', generate_sink_sql: true, database, table: 'public.lines' },
    { plugin_name: 'LocalFile', plugin_input: 'lines', path: output, tmp_path: tmp, file_format_type: 'text' },
  ],
});

const countRows = (database: string) => withPg(async (c) => Number((await c.query('select count(*) as n from lines')).rows[0].n), database).catch(() => 0);

s('SIGKILL between checkpoints: after a restart the job resumes and writes every row exactly once', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-crash-'));
  const dataDir = path.join(dir, 'data');
  const input = path.join(dir, 'in');
  const output = path.join(dir, 'out');
  fs.mkdirSync(input);
  fs.writeFileSync(path.join(input, 'lines.txt'), Array.from({ length: ROWS }, (_, i) => `line-${i}\n`).join(''));
  let node: Node | undefined;
  try {
    await withPgDatabase(async (database) => {
      node = await startServe(dataDir);
      const submitted = await call(node, 'POST', '/submit-job', job(input, output, path.join(dir, 'tmp'), database));
      assert.is(submitted.status, 200, submitted.text);
      const jobId = submitted.json().jobId as string;

      // The first checkpoint committed its rows; the next batch is being written when the node dies.
      await eventually(async () => (await countRows(database)) > 0, 20_000);
      await new Promise((r) => setTimeout(r, 200));
      await killServe(node);
      const atCrash = await countRows(database);
      assert.ok(atCrash > 0 && atCrash < ROWS, `killed mid-way (${atCrash} rows committed)`);

      node = await startServe(dataDir);
      assert.match(node.stderr(), new RegExp(`job ${jobId} \\('crash_me'\\) resumed`));
      const done = await eventually(async () => (await call(node!, 'GET', `/job-info/${jobId}`)).json().jobStatus === 'FINISHED', 30_000);
      assert.ok(done);

      const dbRows = await withPg(async (c) => (await c.query('select content from lines')).rows.map((r: { content: string }) => r.content), database);
      const fileRows = fs.readdirSync(output).flatMap((f) => fs.readFileSync(path.join(output, f), 'utf8').split('\n').filter(Boolean));
      const expected = Array.from({ length: ROWS }, (_, i) => `line-${i}`).sort();
      assert.equal([...dbRows].sort(), expected, 'PostgreSQL holds every line once');
      assert.equal([...fileRows].sort(), expected, 'the files hold every line once');
      assert.equal(fs.readdirSync(path.join(dir, 'tmp', 'seatunnel')), [], 'no transaction directory is left behind');
      assert.is(await stopServe(node), 0, node.stderr());
      node = undefined;
    });
  } finally {
    await killServe(node);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

s.run();
