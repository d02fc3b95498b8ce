import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

/**
 * SeaTunnel's streaming checkpoint case, as its CheckpointEnableIT runs it, through the CLI: the STREAMING
 * job `eng_ckpt_stream` (FakeSource, 5 splits of 20 rows 3 s apart, into LocalFile) is stopped with a
 * savepoint, restored from it and stopped with a savepoint again; then `eng_ckpt_stream_verify` reads the
 * sink directory with Assert: exactly 100 rows. Configs are read from the shared corpus, unmodified except
 * for the sink directory.
 */
const s = suite('ckpt-stream');

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/conformance/seatunnel-e2e/configs');
const SINK_DIR = '/tmp/seatunnel/config/checkpoint-streaming-enable-test-resources/sinkfile';

interface Run {
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs the CLI and sends SIGINT after `stopAfterMs` (once the job has started). */
async function runUntilInterrupted(args: string[], stopAfterMs: number): Promise<Run> {
  const child = spawn(process.execPath, ['bin/seatide.js', 'run', ...args], { cwd: ROOT, env: { ...process.env, TZ: 'UTC' } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const started = Date.now();
  while (!/Job \d+ started/.test(stderr)) {
    if (child.exitCode !== null || Date.now() - started > 20_000) throw new Error(`the job did not start:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, stopAfterMs));
  child.kill('SIGINT');
  return { code: await exited, stderr };
}

const rowsIn = (dir: string) => fs.readdirSync(dir).flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean)).length;

s.before(() => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist/adapters/cli/main.js')), 'build first: npx tsc -p tsconfig.json');
  assert.ok(fs.existsSync(CORPUS), `the shared corpus is expected at ${CORPUS}`);
});

s('eng_ckpt_stream: run, savepoint, restore, savepoint; eng_ckpt_stream_verify finds exactly 100 rows', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-ckpt-'));
  try {
    const sink = path.join(dir, 'sinkfile');
    const place = (id: string, text = fs.readFileSync(path.join(CORPUS, `${id}.conf`), 'utf8')) => {
      const file = path.join(dir, `${id}.conf`);
      fs.writeFileSync(file, text.replaceAll(SINK_DIR, sink));
      return file;
    };
    const stream = place('eng_ckpt_stream');
    const dataDir = path.join(dir, 'data');

    const first = await runUntilInterrupted(['--config', stream, '--stop-with-savepoint', '--data-dir', dataDir], 4000);
    assert.is(first.code, 0, first.stderr);
    assert.match(first.stderr, /SAVEPOINT_DONE/);
    const jobId = /Job (\d+) started/.exec(first.stderr)![1];
    const atSavepoint = rowsIn(sink);
    assert.ok(atSavepoint >= 20 && atSavepoint < 100, `the savepoint committed what was read (${atSavepoint} rows)`);

    // The remaining splits take about 3 s each; then the second savepoint commits the rest.
    const second = await runUntilInterrupted(['--config', stream, '--restore', jobId, '--stop-with-savepoint', '--data-dir', dataDir], 13_000);
    assert.is(second.code, 0, second.stderr);
    assert.match(second.stderr, new RegExp(`Job ${jobId} started from its savepoint`));
    assert.match(second.stderr, /resuming from savepoint/);
    assert.is(rowsIn(sink), 100);

    const verify = spawnSync(process.execPath, ['bin/seatide.js', 'run', '--config', place('eng_ckpt_stream_verify')], { cwd: ROOT, encoding: 'utf8' });
    assert.is(verify.status, 0, verify.stderr);
    // The check is real: the same verification with one row more expected fails.
    const mutant = fs.readFileSync(path.join(CORPUS, 'eng_ckpt_stream_verify.conf'), 'utf8').replace(/(rule_type = MIN_ROW\s+rule_value = )100/, '$1101');
    assert.is.not(mutant, fs.readFileSync(path.join(CORPUS, 'eng_ckpt_stream_verify.conf'), 'utf8'));
    const failing = spawnSync(process.execPath, ['bin/seatide.js', 'run', '--config', place('eng_ckpt_stream_verify', mutant)], { cwd: ROOT, encoding: 'utf8' });
    assert.is(failing.status, 1, failing.stderr);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

s.run();
