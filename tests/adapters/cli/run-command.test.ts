import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../../../adapters/cli/main';
import type { CliIO } from '../../../adapters/cli/cli-command';

const s = suite('run-command');
const PLUGINS = path.resolve('tests/support/cli-test-plugins.ts');
let dir = '';

function capture(): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTTY: false, out: (t: string) => { io.stdout += t; }, err: (t: string) => { io.stderr += t; } };
  return io;
}

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

s.before.each(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-cli-'));
});
s.after.each(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

s('a job that finishes exits 0 and its rows are on disk', async () => {
  const out = path.join(dir, 'out.jsonl');
  const conf = write('job.conf', `env { parallelism = 2, job.mode = "BATCH" }
source { Seq { rows = "\${rowNum:3}" } }
sink { Lines { path = "${out}" } }`);
  const io = capture();
  const code = await main(['run', '--config', conf, '--plugins', PLUGINS, '-i', 'rowNum=5', '--log-level', 'warn'], io);
  assert.is(code, 0, io.stderr);
  const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
  assert.is(lines.length, 10, 'rowNum=5 rows from each of 2 readers');
  assert.match(io.stderr, /FINISHED: 10 rows read/);
});

s('a missing config file names the path and exits non-zero', async () => {
  const io = capture();
  const code = await main(['run', '--config', '/nonexistent/job.conf'], io);
  assert.is(code, 1);
  assert.match(io.stderr, /\/nonexistent\/job\.conf/);
});

s('a syntax error names the file and line', async () => {
  const conf = write('bad.conf', 'env {\n  parallelism = 1\n}\nsource {\n  Seq { rows = [1, 2 }\n}\n');
  const io = capture();
  const code = await main(['run', '--config', conf, '--plugins', PLUGINS], io);
  assert.is(code, 1);
  assert.match(io.stderr, new RegExp(`bad\\.conf:5`));
});

s('a wrong option type names the plugin and the option', async () => {
  const conf = write('job.conf', `env {}\nsource { Seq { rows = "lots" } }\nsink { Lines { path = "${dir}/x" } }`);
  const io = capture();
  const code = await main(['run', '--config', conf, '--plugins', PLUGINS], io);
  assert.is(code, 1);
  assert.match(io.stderr, /source 'Seq': option 'rows' expects an integer/);
});

s('an unknown plugin lists the ones that exist', async () => {
  const conf = write('job.conf', 'env {}\nsource { Sek {} }\nsink { Lines { path = "/tmp/x" } }');
  const io = capture();
  assert.is(await main(['run', '--config', conf, '--plugins', PLUGINS], io), 1);
  assert.match(io.stderr, /identifier 'Sek'.*Available source identifiers are:.*Seq/);
});

s('a failing job exits 1 with the cause', async () => {
  const conf = write('job.conf', 'env {}\nsource { Seq { rows = 3 } }\nsink { Lines { path = "/nonexistent-dir/out" } }');
  const io = capture();
  assert.is(await main(['run', '--config', conf, '--plugins', PLUGINS, '--log-level', 'error'], io), 1);
  assert.match(io.stderr, /FAILED/);
  assert.match(io.stderr, /ENOENT.*nonexistent-dir/);
});

s('--check validates without running', async () => {
  const out = path.join(dir, 'never.jsonl');
  const conf = write('job.conf', `env {}\nsource { Seq { rows = 3 } }\nsink { Lines { path = "${out}" } }`);
  const io = capture();
  assert.is(await main(['run', '--config', conf, '--plugins', PLUGINS, '--check'], io), 0);
  assert.match(io.stdout, /OK \(pipeline-1 \[Source\[0\]-Seq\], pipeline-1 \[Sink\[0\]-Lines-MultiTableSink\]\)/);
  assert.not.ok(fs.existsSync(out), 'no row was written');
});

s('on a terminal a long job shows a progress line with its rate', async () => {
  const out = path.join(dir, 'out.jsonl');
  const conf = write('slow.conf', `env { read_limit.rows_per_second = 20 }\nsource { Seq { rows = 30, batch = 1 } }\nsink { Lines { path = "${out}" } }`);
  const tty = Object.assign(capture(), { isTTY: true });
  assert.is(await main(['run', '--config', conf, '--plugins', PLUGINS, '--log-level', 'warn'], tty), 0, tty.stderr);
  assert.match(tty.stderr, /\r\d+ rows read \(\d+ rows\/s\), \d+ written, \d+\.\ds/);
});

s('plugins lists plugins and shows option docs', async () => {
  const io = capture();
  assert.is(await main(['plugins', 'Seq', '--plugins', PLUGINS], io), 0);
  assert.match(io.stdout, /Seq \(source\)/);
  assert.match(io.stdout, /rows \(int\) = 10/);
  const all = capture();
  assert.is(await main(['plugins', '--plugins', PLUGINS], all), 0);
  assert.match(all.stdout, /sources: .*Seq/);
});

s('unknown commands and flags are usage errors', async () => {
  const io = capture();
  assert.is(await main(['runn'], io), 2);
  assert.match(io.stderr, /unknown command 'runn'/);
  const io2 = capture();
  assert.is(await main(['run', '--config', 'x', '--bogus'], io2), 1);
  assert.match(io2.stderr, /--bogus/);
});

s.run();
