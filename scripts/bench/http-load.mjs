// Small HTTP load helpers for `npm run bench`: keep-alive requests against 127.0.0.1 only, bounded in count
// and time.
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export function get(port, path) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
  });
}

export function post(port, path, body) {
  const data = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': data.length } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

/** Requests per second with `concurrency` requests in flight for `seconds` (at most `maxRequests`). */
export async function throughput(port, path, { concurrency = 32, seconds = 3, maxRequests = 500_000 } = {}) {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < until && done < maxRequests) {
      const r = await get(port, path);
      if (r.status !== 200) throw new Error(`GET ${path} answered ${r.status}`);
      done++;
    }
  }));
  return done / ((performance.now() - t0) / 1000);
}

/**
 * Latencies (ms) of one request at a time, every `everyMs`, for `seconds`, or until `keep(body)` says a
 * response no longer counts (the state being measured has ended).
 */
export async function latencies(port, path, { seconds = 5, everyMs = 20, keep = () => true } = {}) {
  const out = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const t = performance.now();
    const r = await get(port, path);
    if (r.status !== 200) throw new Error(`GET ${path} answered ${r.status}`);
    const ms = performance.now() - t;
    if (!keep(r.body)) break;
    out.push(ms);
    await new Promise((res) => setTimeout(res, everyMs));
  }
  return out.sort((a, b) => a - b);
}

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function waitFor(check, what, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export function closeAgent() {
  agent.destroy();
}
