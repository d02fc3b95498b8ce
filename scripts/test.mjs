#!/usr/bin/env node
// Runs the uvu suites under tests/ (TypeScript through the tsx loader) and closes with one line
// 'N passed, M failed' summed over every suite file, each file in its own process so that a
// crash or a leaked handle in one suite cannot hide the others.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const filter = process.argv[2] ? new RegExp(process.argv[2]) : null;
const files = [];
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.test.ts') && (!filter || filter.test(p))) files.push(p);
  }
};
walk('tests');
files.sort();

let passed = 0;
let failed = 0;
const broken = [];
for (const file of files) {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], {
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, TZ: process.env.TZ ?? 'UTC', FORCE_COLOR: '0' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const out = `${r.stdout}${r.stderr}`;
  const total = Number(/Total:\s+(\d+)/.exec(r.stdout)?.[1] ?? 0);
  const ok = Number(/Passed:\s+(\d+)/.exec(r.stdout)?.[1] ?? 0);
  const skipped = Number(/Skipped:\s+(\d+)/.exec(r.stdout)?.[1] ?? 0);
  const bad = total - ok - skipped;
  passed += ok;
  failed += bad;
  if (r.status !== 0 || bad > 0 || total === 0) {
    if (bad === 0) failed += 1; // a suite that crashed or ran nothing counts as one failure
    broken.push(file);
    process.stdout.write(`\n✘ ${file} (exit ${r.status ?? r.signal})\n${out.trim().split('\n').slice(-60).join('\n')}\n`);
  } else {
    process.stdout.write(`✔ ${file}: ${ok} passed (${((Date.now() - started) / 1000).toFixed(1)}s)\n`);
  }
}
if (broken.length) console.log(`\nfailing suites: ${broken.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
