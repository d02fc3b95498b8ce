#!/usr/bin/env node
// `npm run bench [-- --rows N] [-- --only NAME] [-- --json [FILE]]`: runs each case through the engine and
// through a baseline doing the same work in the same script, and prints one line per case with both times
// and their ratio (baseline time / engine time: 1.0 means as fast as the baseline, 0.5 means twice as slow).
// Figures depend on the machine; compare runs made on the same one.
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import { closeAgent, get, latencies, percentile, post, throughput, waitFor } from './bench/http-load.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : dflt;
};
const rows = Number(opt('--rows', '5000000'));
const only = opt('--only');
const jsonOut = args.includes('--json') ? opt('--json', path.join(root, 'bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)) : null;
const bin = path.join(root, 'bin', 'seatide.js');
const rssHook = path.join(root, 'scripts', 'bench', 'report-rss.cjs');
const loops = path.join(root, 'scripts', 'bench', 'baseline-loops.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seatide-bench-'));

if (!fs.existsSync(path.join(root, 'dist', 'adapters', 'cli', 'main.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}

function timed(argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TZ: 'UTC' } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}:\n${r.stderr.slice(-2000)}`);
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  const read = /FINISHED: ([\d,]+) rows read/.exec(r.stderr)?.[1];
  return { seconds, rssMb: rss, stdout: r.stdout, rowsRead: read === undefined ? undefined : Number(read.replaceAll(',', '')) };
}

const SCHEMA = 'schema = { fields { c_bigint = bigint, c_string = string, c_int = int, c_double = double, c_boolean = boolean } }';
function job(name, n, transform, env = '') {
  const file = path.join(tmp, `${name}.conf`);
  fs.writeFileSync(file, `env { job.mode = "BATCH", parallelism = 1${env ? `, ${env}` : ''} }
source { FakeSource { plugin_output = "fake", row.num = ${n}, ${SCHEMA} } }
transform { ${transform} }
sink { Console { log.print.data = false } }
`);
  return file;
}
/** Runs a job through the CLI; when `expectRows` is given, the job must have read exactly that many rows. */
const engine = (file, expectRows, extra = []) => {
  const r = timed(['--require', rssHook, bin, 'run', '--config', file, '--log-level', 'warn', ...extra]);
  if (expectRows !== undefined && r.rowsRead !== expectRows) throw new Error(`${file}: the job read ${r.rowsRead} rows, expected ${expectRows}`);
  return r;
};
const baseline = (which, n) => timed([loops, which, String(n)]);

const results = [];
function report(name, base, eng, target, extra = '') {
  const ratio = base.seconds / eng.seconds;
  const verdict = target === undefined ? '' : ratio >= target ? ` (target >= ${target}: met)` : ` (target >= ${target}: NOT met)`;
  console.log(`${name.padEnd(34)} baseline ${base.seconds.toFixed(2)}s  engine ${eng.seconds.toFixed(2)}s  ratio ${ratio.toFixed(2)}${verdict}${extra}`);
  results.push({ name, baselineSeconds: base.seconds, engineSeconds: eng.seconds, ratio, target, engineRssMb: eng.rssMb });
}

const freePort = () => new Promise((resolve) => {
  const srv = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = srv.address();
    srv.close(() => resolve(port));
  });
});

function startProcess(argv, readyLine) {
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC' } });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const ready = readyLine ? waitFor(() => output.includes(readyLine), argv.join(' ')) : Promise.resolve();
  return { child, ready, output: () => output };
}

async function restCases() {
  const port = await freePort();
  const node = startProcess([bin, 'serve', '--port', String(port), '--data-dir', path.join(tmp, 'node'), '--log-level', 'warn']);
  const v1 = '/hazelcast/rest/maps';
  try {
    await waitFor(async () => (await get(port, '/ready')).status === 200, 'the node to be ready');
    const small = { env: { 'job.mode': 'BATCH' }, source: [{ plugin_name: 'FakeSource', 'row.num': 1, schema: { fields: { a: 'int' } } }], sink: [{ plugin_name: 'Console', 'log.print.data': false }] };
    for (let i = 0; i < 100; i++) await post(port, `${v1}/submit-job`, small);
    await waitFor(async () => JSON.parse((await get(port, `${v1}/finished-jobs`)).body).length >= 100, '100 finished jobs');
    for (const route of [`${v1}/running-jobs`, `${v1}/finished-jobs`]) {
      const bodyFile = path.join(tmp, 'body.json');
      fs.writeFileSync(bodyFile, (await get(port, route)).body);
      const barePort = await freePort();
      const bare = startProcess([path.join(root, 'scripts', 'bench', 'bare-hapi.mjs'), String(barePort), route, bodyFile], 'ready');
      try {
        await bare.ready;
        await throughput(barePort, route, { seconds: 1 });
        await throughput(port, route, { seconds: 1 });
        // The load generator shares the machine with both servers: alternate short rounds and keep each side's
        // best, so a hiccup of the machine in one round does not decide the ratio.
        let base = 0;
        let eng = 0;
        for (let round = 0; round < 3; round++) {
          base = Math.max(base, await throughput(barePort, route, { seconds: 2 }));
          eng = Math.max(eng, await throughput(port, route, { seconds: 2 }));
        }
        const ratio = eng / base;
        // The target is set on running-jobs; finished-jobs (100 rendered records) is shown for information.
        const target = route.endsWith('running-jobs') ? 0.8 : undefined;
        const verdict = target === undefined ? '' : ` (target >= ${target}: ${ratio >= target ? 'met' : 'NOT met'})`;
        console.log(`${`GET ${route.replace(v1, '')} (100 finished jobs)`.padEnd(34)} bare Hapi ${base.toFixed(0)} req/s  node ${eng.toFixed(0)} req/s  ratio ${ratio.toFixed(2)}${verdict}`);
        results.push({ name: `rest ${route}`, baselineRps: base, engineRps: eng, ratio, target });
      } finally {
        bare.child.kill('SIGTERM');
      }
    }
    const idle = await latencies(port, `${v1}/running-jobs`, { seconds: 3 });
    const big = { env: { 'job.mode': 'BATCH' }, source: [{ plugin_name: 'FakeSource', 'row.num': 30_000_000, schema: { fields: { c_bigint: 'bigint', c_string: 'string', c_int: 'int', c_double: 'double', c_boolean: 'boolean' } } }], sink: [{ plugin_name: 'Console', 'log.print.data': false }] };
    const { jobId } = JSON.parse((await post(port, `${v1}/submit-job`, big)).body);
    await waitFor(async () => JSON.parse((await get(port, `${v1}/running-jobs`)).body).length === 1, 'the 30M-row job to run');
    // Only answers that still list the job count: they were served while it ran.
    const busy = await latencies(port, `${v1}/running-jobs`, { seconds: 8, keep: (body) => JSON.parse(body).length === 1 });
    await post(port, `${v1}/stop-job`, `{"jobId":${jobId}}`);
    const p99 = percentile(busy, 99);
    const enough = busy.length >= 100;
    console.log(`${'p99 of GET running-jobs'.padEnd(34)} idle ${percentile(idle, 99).toFixed(1)} ms, during a 30M-row job ${p99.toFixed(1)} ms over ${busy.length} requests (target < 100 ms: ${p99 < 100 && enough ? 'met' : 'NOT met'}${enough ? '' : ', too few samples'})`);
    results.push({ name: 'rest p99 under load', idleP99Ms: percentile(idle, 99), busyP99Ms: p99, requests: busy.length, target: 100 });
  } finally {
    node.child.kill('SIGTERM');
    closeAgent();
  }
}

/**
 * PostgreSQL to a csv file through the engine (Jdbc source, LocalFile sink) against psql's
 * `COPY (...) TO STDOUT` of the same rows into a file, on a table the bench creates and drops.
 */
function pgToFile() {
  const n = Math.min(rows, 2_000_000);
  const db = `seatide_bench_${process.pid}`;
  const psql = (sql, database = 'postgres') => {
    const r = spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', database, '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
    return r;
  };
  psql(`CREATE DATABASE ${db}`);
  try {
    psql(`CREATE TABLE t AS SELECT i::bigint AS id, md5(i::text) AS name, (i % 1000)::int AS score, (i * 1.5)::numeric(20,2) AS amount, now()::timestamp AS at FROM generate_series(1, ${n}) i`, db);
    const copyFile = path.join(tmp, 'copy.csv');
    const t0 = process.hrtime.bigint();
    const r = spawnSync('bash', ['-c', `psql -h 127.0.0.1 -U postgres -d ${db} -q -c "COPY (SELECT id, name, score, amount, at FROM t) TO STDOUT WITH (FORMAT csv)" > ${copyFile}`]);
    if (r.status !== 0) throw new Error(`COPY failed: ${r.stderr}`);
    const base = { seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
    const out = path.join(tmp, 'pg-out');
    const file = path.join(tmp, 'pg.conf');
    fs.writeFileSync(file, `env { job.mode = "BATCH", parallelism = 1 }
source { Jdbc { url = "jdbc:postgresql://127.0.0.1:5432/${db}", driver = "org.postgresql.Driver", user = "postgres", query = "SELECT id, name, score, amount, at FROM t", fetch_size = 5000 } }
sink { LocalFile { path = "${out}", file_format_type = "csv", tmp_path = "${path.join(tmp, 'pg-tmp')}" } }
`);
    const eng = engine(file, n);
    const rate = (sec) => `${Math.round(n / sec).toLocaleString('en-US')} rows/s`;
    report(`PostgreSQL ${n.toLocaleString('en-US')} rows -> csv file`, base, eng, undefined, `  (COPY ${rate(base.seconds)}, engine ${rate(eng.seconds)})`);
  } finally {
    psql(`DROP DATABASE IF EXISTS ${db}`);
  }
}

/** LocalFile csv -> json of a generated csv file (`--file-mb`, default 1024) against a plain stream pipeline. */
function csvToJson() {
  const targetBytes = Number(opt('--file-mb', '1024')) * 2 ** 20;
  const input = path.join(tmp, 'in', 'data.csv');
  fs.mkdirSync(path.dirname(input), { recursive: true });
  const fd = fs.openSync(input, 'w');
  let written = 0;
  let n = 0;
  while (written < targetBytes) {
    const chunk = [];
    for (let i = 0; i < 10000; i++, n++) chunk.push(`${n},name_${n % 9973}_${(n * 7919) % 100000},${n % 1000},${(n % 100000) / 100}`);
    const text = `${chunk.join('\n')}\n`;
    fs.writeSync(fd, text);
    written += Buffer.byteLength(text);
  }
  fs.closeSync(fd);
  const base = timed([path.join(root, 'scripts', 'bench', 'csv-to-json-baseline.mjs'), input, path.join(tmp, 'baseline.json')]);
  if (Number(base.stdout.trim()) !== n) throw new Error(`baseline wrote ${base.stdout.trim()} rows, expected ${n}`);
  fs.rmSync(path.join(tmp, 'baseline.json'), { force: true });
  const file = path.join(tmp, 'csv.conf');
  fs.writeFileSync(file, `env { job.mode = "BATCH", parallelism = 1 }
source { LocalFile { path = "${path.dirname(input)}", file_format_type = "csv", field_delimiter = ",", schema = { fields { id = bigint, name = string, score = int, amount = "decimal(12, 2)" } } } }
sink { LocalFile { path = "${path.join(tmp, 'json-out')}", file_format_type = "json", tmp_path = "${path.join(tmp, 'json-tmp')}" } }
`);
  const eng = engine(file, n);
  const mb = (written / 2 ** 20).toFixed(0);
  report(`LocalFile csv -> json, ${mb} MB`, base, eng, undefined, `  (${n.toLocaleString('en-US')} rows; pipeline ${(written / 2 ** 20 / base.seconds).toFixed(0)} MB/s, engine ${(written / 2 ** 20 / eng.seconds).toFixed(0)} MB/s)`);
}

const cases = {
  'fake-to-console': () => {
    const eng = engine(job('fake', rows, ''), rows);
    report(`FakeSource ${rows.toLocaleString('en-US')} rows -> Console`, baseline('drop', rows), eng, 0.5, `  peak RSS ${eng.rssMb.toFixed(0)} MB`);
  },
  'fake-sql': () => {
    const eng = engine(job('sql', rows, 'Sql { query = "select c_bigint, c_string, c_int + 1 as c_int1 from fake where c_int > 1073741823" }'), rows);
    report('  ... through Sql filter+projection', baseline('sql', rows), eng, 0.4);
  },
  'fake-fieldmapper': () => {
    const eng = engine(job('mapper', rows, 'FieldMapper { field_mapper = { c_bigint = id, c_string = name } }'), rows);
    report('  ... through FieldMapper', baseline('mapper', rows), eng, 0.4);
  },
  'fake-checkpoints': () => {
    // Informational: the cost of aligned checkpoints stored (fsynced) in a data directory, against the same job without.
    const plain = engine(job('plain', rows, ''), rows);
    const eng = engine(job('ckpt', rows, '', 'checkpoint.interval = 500'), rows, ['--data-dir', path.join(tmp, 'data')]);
    report('  ... with a checkpoint every 500 ms', plain, eng, undefined, '  (baseline: the same job without checkpoints)');
  },
  memory: () => {
    const small = Math.max(1, Math.floor(rows / 5));
    const a = engine(job('mem-small', small, ''), small);
    const b = engine(job('mem-large', rows, ''), rows);
    const growth = b.rssMb / a.rssMb;
    const ok = b.rssMb < 300 && growth < 1.5;
    console.log(`${'Peak RSS by row count'.padEnd(34)} ${small.toLocaleString('en-US')} rows ${a.rssMb.toFixed(0)} MB, ${rows.toLocaleString('en-US')} rows ${b.rssMb.toFixed(0)} MB, growth x${growth.toFixed(2)} (target < 300 MB and flat: ${ok ? 'met' : 'NOT met'})`);
    results.push({ name: 'memory', smallRows: small, smallRssMb: a.rssMb, largeRows: rows, largeRssMb: b.rssMb, growth });
  },
  rest: restCases,
  'pg-to-file': pgToFile,
  'csv-to-json': csvToJson,
};

console.log(`seatide bench: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
try {
  for (const [name, run] of Object.entries(cases)) if (!only || name.includes(only)) await run();
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
if (jsonOut) {
  fs.mkdirSync(path.dirname(jsonOut), { recursive: true });
  fs.writeFileSync(jsonOut, JSON.stringify({ date: new Date().toISOString(), cores: os.cpus().length, node: process.version, rows, results }, null, 2));
  console.log(`figures written to ${jsonOut}`);
}
