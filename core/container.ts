import 'reflect-metadata';
import { type DependencyContainer, container as rootContainer } from 'tsyringe';
import { builtinConnectors } from '../connectors';
import { builtinShades, identityShade } from '../shade';
import { builtinTransforms } from '../transforms';
import { silentLogger, createLogger } from './logging/logger';
import { PluginRegistry } from './plugin/registry';
import { FileCheckpointStorage } from './checkpoint/file-checkpoint-storage';
import { MemoryCheckpointStorage } from './checkpoint/checkpoint-storage';
import { FileJobStore } from './runtime/file-job-store';
import { LocalJobExecutor } from './runtime/job-executor';
import { JobManager } from './runtime/job-manager';
import { MemoryJobStore } from './runtime/job-store';
import { CHECKPOINT_STORAGE, JOB_EXECUTOR, JOB_MANAGER, JOB_STORE, LOGGER, LOG_LEVEL, LOG_SINK, PLUGIN_REGISTRY, RUNTIME_OPTIONS, type RuntimeOptions } from './tokens';

/**
 * The composition root: the one place that decides which implementation serves each token. Every runtime
 * gets its own child container, so two runtimes in one process (or two tests) share nothing.
 */
export function createContainer(options: RuntimeOptions = {}): DependencyContainer {
  const c = rootContainer.createChildContainer();
  c.register(RUNTIME_OPTIONS, { useValue: options });
  c.register(LOG_SINK, { useValue: options.logSink ?? (() => undefined) });
  c.register(LOG_LEVEL, { useValue: options.logLevel ?? 'info' });
  c.register(LOGGER, { useValue: options.logSink ? createLogger(options.logSink, options.logLevel ?? 'info') : silentLogger });
  const registry = new PluginRegistry();
  if (options.builtins !== false) registry.with(...builtinConnectors, ...builtinTransforms, ...builtinShades);
  if (options.plugins) registry.with(...options.plugins);
  // Every config names a shade, `default` when it names none; keep that one even without the built-ins.
  if (!registry.has('shade', identityShade.identifier)) registry.register(identityShade);
  c.register(PLUGIN_REGISTRY, { useValue: registry });
  c.register(JOB_STORE, { useValue: options.jobStore ?? (options.dataDir ? new FileJobStore(options.dataDir) : new MemoryJobStore()) });
  c.register(CHECKPOINT_STORAGE, {
    useValue: options.checkpointStorage ?? (options.dataDir ? new FileCheckpointStorage(options.dataDir) : new MemoryCheckpointStorage()),
  });
  c.register(JOB_EXECUTOR, { useValue: options.executor ?? new LocalJobExecutor(registry) });
  c.register(JOB_MANAGER, {
    useValue: new JobManager(registry, c.resolve(JOB_EXECUTOR), c.resolve(JOB_STORE), c.resolve(CHECKPOINT_STORAGE), {
      logSink: c.resolve(LOG_SINK),
      logLevel: c.resolve(LOG_LEVEL),
      historyExpireMinutes: options.historyExpireMinutes,
    }),
  });
  return c;
}
