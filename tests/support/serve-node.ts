import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { parse } from 'lossless-json';

/** Black-box helpers: a `seatide serve` child process (the built CLI) on a free port, and HTTP calls to it. */

export const ROOT = path.resolve(__dirname, '../..');

export interface Node {
  readonly child: ChildProcessWithoutNullStreams;
  readonly base: string;
  stderr(): string;
  exited: Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function startServe(dataDir: string, extra: string[] = []): Promise<Node> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/seatide.js', 'serve', '--port', String(port), '--data-dir', dataDir, ...extra], { cwd: ROOT, env: { ...process.env } });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = Date.now();
  while (!err.includes('listening on')) {
    if (child.exitCode !== null) throw new Error(`seatide serve exited with ${child.exitCode}:\n${err}`);
    if (Date.now() - started > 20_000) throw new Error(`seatide serve did not start:\n${err}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, base: `http://127.0.0.1:${port}`, stderr: () => err, exited };
}

export async function call(node: Node, method: string, p: string, body?: unknown) {
  const r = await fetch(`${node.base}${p}`, { method, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, text, type: r.headers.get('content-type'), json: () => JSON.parse(text), lossless: () => parse(text) as any };
}

export async function eventually<T>(check: () => Promise<T>, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function stopServe(node: Node): Promise<number | null> {
  node.child.kill('SIGTERM');
  return node.exited;
}


/** Kills a node at once (SIGKILL) unless it has exited, and waits for it: a crash, or cleanup after a failure. */
export async function killServe(node: Node | undefined): Promise<void> {
  if (!node || node.child.exitCode !== null) return;
  node.child.kill('SIGKILL');
  await node.exited;
}
