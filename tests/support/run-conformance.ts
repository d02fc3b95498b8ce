import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** SeaTunnel's conformance material, beside the project as `../shared/conformance`. */
export const CONFORMANCE_DIR = path.resolve('..', 'shared', 'conformance');
export const hasConformance = (): boolean => fs.existsSync(CONFORMANCE_DIR);

export interface ConformanceResult {
  readonly passed: number;
  readonly failed: number;
  readonly output: string;
}

/**
 * Runs one of SeaTunnel's conformance scripts against the built CLI. The e2e script places its scratch
 * directory under the system temp dir and rewrites every `/tmp/` in configs to it, so that directory must
 * not itself contain `/tmp/`: it is put under the home directory instead.
 */
export function runConformance(script: string, args: string[], timeoutMs: number): ConformanceResult {
  const scratch = fs.mkdtempSync(path.join(os.homedir(), '.seatide-conformance-'));
  try {
    const r = spawnSync(process.execPath, [path.join(CONFORMANCE_DIR, script), ...args], {
      encoding: 'utf8',
      timeout: timeoutMs,
      env: { ...process.env, TMPDIR: scratch, TZ: 'UTC' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    const m = /(\d+) passed, (\d+) failed/.exec(output.trim().split('\n').pop() ?? '');
    if (!m) throw new Error(`${script} ${args.join(' ')} printed no summary (exit ${r.status ?? r.signal}):\n${output.slice(-3000)}`);
    return { passed: Number(m[1]), failed: Number(m[2]), output };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The built CLI must be newer than every source file, or the scripts would test stale code. */
export function assertBuilt(): void {
  const main = path.resolve('dist', 'adapters', 'cli', 'main.js');
  if (!fs.existsSync(main)) throw new Error('dist/ is missing: run `npm run build` first');
}
