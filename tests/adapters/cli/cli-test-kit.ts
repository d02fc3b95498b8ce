import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CliIO } from '../../../adapters/cli/cli-command';

/** Helpers of the CLI command tests: an in-memory terminal, files in a scratch folder, the built CLI. */

const root = path.resolve(__dirname, '../../..');

/** A CliIO that keeps what a command prints. */
export function capture(): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTTY: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

/** The spawned CLI runs from dist/: rebuild when a file it runs is newer than its output. */
export function ensureBuilt(): void {
  const sources = [
    'adapters/cli/main.ts',
    'adapters/cli/commands/encrypt-command.ts',
    'adapters/cli/commands/decrypt-command.ts',
    'shade/apply-shade.ts',
    'shade/aes-gcm-shade.ts',
    'shade/index.ts',
    'core/plugin/load-plugin-module.ts',
    'core/config/load-config.ts',
  ];
  const stale = sources.some((src) => {
    const out = path.join(root, 'dist', src.replace(/\.ts$/, '.js'));
    return !existsSync(out) || statSync(out).mtimeMs < statSync(path.join(root, src)).mtimeMs;
  });
  if (stale) spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root });
}

/** `file` writes a file into `dir` and returns its path; `cli` runs bin/seatide.js with `dir` as working folder. */
export function inFolder(dir: string) {
  const file = (name: string, text: string): string => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const cli = (args: string[], env: Record<string, string | undefined> = {}) =>
    spawnSync(process.execPath, [path.join(root, 'bin/seatide.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  return { file, cli };
}
