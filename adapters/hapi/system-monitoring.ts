import fs from 'node:fs';
import type { Server as HttpServer, IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import os from 'node:os';
import { type EventLoopUtilization, type IntervalHistogram, PerformanceObserver, constants, monitorEventLoopDelay, performance } from 'node:perf_hooks';
import v8 from 'node:v8';

/** What the monitor needs to know about jobs and plugins; read at each request. */
export interface MonitoredNode {
  jobCounts(): { readonly pending: number; readonly running: number; readonly canceling: number };
  pluginCount(): number;
  /** For HEAD's leading keys. */
  readonly host: string;
  readonly port: number;
}

const UNITS = ['', 'K', 'M', 'G', 'T', 'P', 'E'];

const isRead = (req: IncomingMessage): boolean => req.method === 'GET' || req.method === 'HEAD';

/**
 * The readings behind `system-monitoring-information`, in SeaTunnel's keys, order and formats ("16.0G",
 * "23.54%", "110ms"). Every value is a reading of this process or machine. Hazelcast's executor and
 * operation queues have Node counterparts, documented in docs/rest-api.md: the event loop's active
 * resources, in-flight HTTP requests, timers, sockets, pending and running jobs. Queues a single-process
 * node does not have (map loaders, cluster operations, clock difference to a master) read 0, which is
 * what they hold. Loads and event-loop figures cover the time since the previous reading.
 */
export class SystemMonitor {
  private readonly gc = { minorCount: 0, minorMs: 0, majorCount: 0, majorMs: 0 };
  private observer?: PerformanceObserver;
  private delay?: IntervalHistogram;
  private last = { at: performance.now(), cpu: process.cpuUsage(), cpus: cpuTimes(), elu: performance.eventLoopUtilization() };
  private peakThreads = 0;
  private readonly requests = { inFlight: 0, reads: 0, writes: 0, completed: 0 };
  private readonly connections = { open: 0, total: 0, peers: new Map<string, number>() };

  constructor(private readonly node: MonitoredNode) {}

  /** Starts observing GC and event-loop delay; neither keeps the process alive. */
  start(): void {
    if (this.observer) return;
    this.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
        if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
          this.gc.minorCount++;
          this.gc.minorMs += entry.duration;
        } else {
          this.gc.majorCount++;
          this.gc.majorMs += entry.duration;
        }
      }
    });
    this.observer.observe({ entryTypes: ['gc'] });
    this.delay = monitorEventLoopDelay({ resolution: 10 });
    this.delay.enable();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.delay?.disable();
    this.delay = undefined;
  }

  /**
   * Counts the connections of the HTTP listener (open, accepted since start, distinct peers) and its requests
   * in flight. Counting on the listener, not in hapi's request lifecycle, keeps the counters off every
   * request's path through the framework.
   */
  watch(listener: HttpServer): void {
    // One handler for every response (it finds its request as `res.req`): nothing is allocated per request.
    const monitor = this;
    function ended(this: ServerResponse) {
      monitor.requestEnded(isRead(this.req));
    }
    listener.on('request', (req: IncomingMessage, res: ServerResponse) => {
      this.requestStarted(isRead(req));
      // A response closes once, so a plain listener does; `once` would wrap and later unhook it.
      res.on('close', ended);
    });
    listener.on('connection', (socket: Socket) => {
      const peer = socket.remoteAddress ?? 'unknown';
      this.connections.open++;
      this.connections.total++;
      this.connections.peers.set(peer, (this.connections.peers.get(peer) ?? 0) + 1);
      socket.once('close', () => {
        this.connections.open--;
        const left = (this.connections.peers.get(peer) ?? 1) - 1;
        if (left > 0) this.connections.peers.set(peer, left);
        else this.connections.peers.delete(peer);
      });
    });
  }

  private requestStarted(read: boolean): void {
    this.requests.inFlight++;
    if (read) this.requests.reads++;
    else this.requests.writes++;
  }

  private requestEnded(read: boolean): void {
    this.requests.inFlight--;
    if (read) this.requests.reads--;
    else this.requests.writes--;
    this.requests.completed++;
  }

  /** One member's map; `withNode` adds HEAD's isMaster/host/port in front (2.3.5 had none). */
  read(withNode: boolean): Record<string, string> {
    const now = performance.now();
    const cpu = process.cpuUsage();
    const cpus = cpuTimes();
    const elu = performance.eventLoopUtilization();
    const wallMicros = Math.max(1, (now - this.last.at) * 1000);
    const processors = os.availableParallelism();
    const processLoad = (100 * (cpu.user - this.last.cpu.user + cpu.system - this.last.cpu.system)) / (wallMicros * processors);
    const busy = cpus.total - this.last.cpus.total - (cpus.idle - this.last.cpus.idle);
    const systemLoad = cpus.total > this.last.cpus.total ? (100 * busy) / (cpus.total - this.last.cpus.total) : 0;
    const utilization = performance.eventLoopUtilization(elu, this.last.elu as EventLoopUtilization).utilization;
    this.last = { at: now, cpu, cpus, elu };

    const heap = v8.getHeapStatistics();
    const used = heap.used_heap_size;
    const swap = swapSpace();
    const threads = threadCount();
    this.peakThreads = Math.max(this.peakThreads, threads);
    const resources = process.getActiveResourcesInfo();
    const count = (test: (name: string) => boolean) => resources.filter(test).length;
    const jobs = this.node.jobCounts();
    const delay = this.delay;
    const delayMs = (ns: number) => `${(Number.isFinite(ns) ? ns / 1e6 : 0).toFixed(2)}ms`;

    const out: Record<string, string> = {};
    if (withNode) {
      out.isMaster = 'true';
      out.host = this.node.host;
      out.port = String(this.node.port);
    }
    Object.assign(out, {
      processors: String(processors),
      'physical.memory.total': toUnit(os.totalmem()),
      'physical.memory.free': toUnit(os.freemem()),
      'swap.space.total': toUnit(swap.total),
      'swap.space.free': toUnit(swap.free),
      'heap.memory.used': toUnit(used),
      'heap.memory.free': toUnit(heap.total_heap_size - used),
      'heap.memory.total': toUnit(heap.total_heap_size),
      'heap.memory.max': toUnit(heap.heap_size_limit),
      'heap.memory.used/total': percent((100 * used) / heap.total_heap_size),
      'heap.memory.used/max': percent((100 * used) / heap.heap_size_limit),
      'minor.gc.count': String(this.gc.minorCount),
      'minor.gc.time': `${Math.round(this.gc.minorMs)}ms`,
      'major.gc.count': String(this.gc.majorCount),
      'major.gc.time': `${Math.round(this.gc.majorMs)}ms`,
      'load.process': percent(processLoad),
      'load.system': percent(systemLoad),
      'load.systemAverage': os.loadavg()[0].toFixed(2),
      'thread.count': String(threads),
      'thread.peakCount': String(this.peakThreads),
      'cluster.timeDiff': '0',
      'event.q.size': String(resources.length),
      'executor.q.async.size': String(count((r) => r.includes('Req'))),
      'executor.q.client.size': String(this.requests.inFlight),
      'executor.q.client.query.size': String(this.requests.reads),
      'executor.q.client.blocking.size': String(this.requests.writes),
      'executor.q.query.size': String(this.requests.reads),
      'executor.q.scheduled.size': String(count((r) => r === 'Timeout' || r === 'Immediate')),
      'executor.q.io.size': String(count((r) => /^(TCP|Pipe|TTY|UDP)/.test(r))),
      'executor.q.system.size': '0',
      'executor.q.operations.size': String(jobs.pending),
      'executor.q.priorityOperation.size': String(jobs.canceling),
      'operations.completed.count': String(this.requests.completed),
      'executor.q.mapLoad.size': '0',
      'executor.q.mapLoadAllKeys.size': '0',
      'executor.q.cluster.size': '0',
      'executor.q.response.size': String(this.requests.inFlight),
      'operations.running.count': String(jobs.running),
      'operations.pending.invocations.percentage': percent(100 * utilization),
      'operations.pending.invocations.count': String(this.requests.inFlight),
      'proxy.count': String(this.node.pluginCount()),
      'clientEndpoint.count': String(this.connections.peers.size),
      'connection.active.count': String(this.connections.open),
      'client.connection.count': String(this.connections.open),
      'connection.count': String(this.connections.total),
      'eventLoop.delay.mean': delayMs(delay ? delay.mean : 0),
      'eventLoop.delay.p99': delayMs(delay ? delay.percentile(99) : 0),
      'eventLoop.delay.max': delayMs(delay ? delay.max : 0),
    });
    delay?.reset();
    return out;
  }
}

/** Hazelcast's numberToUnit: the largest 1024-power the value exceeds, one decimal ("16.0G"); plain below 1K. */
export function toUnit(bytes: number): string {
  for (let i = UNITS.length - 1; i > 0; i--) {
    const step = 1024 ** i;
    if (bytes > step) return `${(bytes / step).toFixed(1)}${UNITS[i]}`;
  }
  return String(Math.max(0, Math.trunc(bytes)));
}

/** `%.2f%%`: "23.54%". */
export const percent = (p: number): string => `${(Number.isFinite(p) ? p : 0).toFixed(2)}%`;

function cpuTimes(): { total: number; idle: number } {
  let total = 0;
  let idle = 0;
  for (const c of os.cpus()) {
    total += c.times.user + c.times.nice + c.times.sys + c.times.idle + c.times.irq;
    idle += c.times.idle;
  }
  return { total, idle };
}

/** Swap from /proc/meminfo where there is one (Linux); 0 elsewhere, as the JVM reports without swap. */
function swapSpace(): { total: number; free: number } {
  try {
    const text = fs.readFileSync('/proc/meminfo', 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { total: kb('SwapTotal'), free: kb('SwapFree') };
  } catch {
    return { total: 0, free: 0 };
  }
}

/** OS threads of this process: the JS thread, libuv's pool, V8's helpers. */
function threadCount(): number {
  try {
    return Number(/^Threads:\s+(\d+)/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 1);
  } catch {
    return 1;
  }
}
