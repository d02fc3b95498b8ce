/** The keys of one system-monitoring-information member in SeaTunnel 2.3.5's seed, in its order. */
export const SEED_KEYS = [
  'processors', 'physical.memory.total', 'physical.memory.free', 'swap.space.total', 'swap.space.free', 'heap.memory.used', 'heap.memory.free',
  'heap.memory.total', 'heap.memory.max', 'heap.memory.used/total', 'heap.memory.used/max', 'minor.gc.count', 'minor.gc.time', 'major.gc.count',
  'major.gc.time', 'load.process', 'load.system', 'load.systemAverage', 'thread.count', 'thread.peakCount', 'cluster.timeDiff', 'event.q.size',
  'executor.q.async.size', 'executor.q.client.size', 'executor.q.client.query.size', 'executor.q.client.blocking.size', 'executor.q.query.size',
  'executor.q.scheduled.size', 'executor.q.io.size', 'executor.q.system.size', 'executor.q.operations.size', 'executor.q.priorityOperation.size',
  'operations.completed.count', 'executor.q.mapLoad.size', 'executor.q.mapLoadAllKeys.size', 'executor.q.cluster.size', 'executor.q.response.size',
  'operations.running.count', 'operations.pending.invocations.percentage', 'operations.pending.invocations.count', 'proxy.count',
  'clientEndpoint.count', 'connection.active.count', 'client.connection.count', 'connection.count',
];
