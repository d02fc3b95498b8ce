import type { InjectionToken } from 'tsyringe';
import type { LogLevel, LogSink, Logger } from './logging/logger';
import type { PluginRegistry } from './plugin/registry';
import type { CheckpointStorage } from './checkpoint/checkpoint-storage';
import type { JobExecutor } from './runtime/job-executor';
import type { JobManager } from './runtime/job-manager';
import type { JobStore } from './runtime/job-store';

/** Injection tokens: interfaces vanish at run time, so each gets a symbol. */
export const PLUGIN_REGISTRY: InjectionToken<PluginRegistry> = Symbol('PluginRegistry');
export const JOB_STORE: InjectionToken<JobStore> = Symbol('JobStore');
export const JOB_EXECUTOR: InjectionToken<JobExecutor> = Symbol('JobExecutor');
export const CHECKPOINT_STORAGE: InjectionToken<CheckpointStorage> = Symbol('CheckpointStorage');
export const JOB_MANAGER: InjectionToken<JobManager> = Symbol('JobManager');
export const LOG_SINK: InjectionToken<LogSink> = Symbol('LogSink');
export const LOG_LEVEL: InjectionToken<LogLevel> = Symbol('LogLevel');
export const LOGGER: InjectionToken<Logger> = Symbol('Logger');
export const RUNTIME_OPTIONS: InjectionToken<RuntimeOptions> = Symbol('RuntimeOptions');

/** How to build a runtime; every field has an embedded default (no server needed). */
export interface RuntimeOptions {
  /** Register the built-in connectors, transforms and shades (default true). */
  readonly builtins?: boolean;
  /** Extra plugins to register. */
  readonly plugins?: readonly import('./plugin/contracts').PluginDefinition[];
  /** Where job history and checkpoints live; without it, both are kept in memory. */
  readonly dataDir?: string;
  /** Where log records go (default: nowhere). */
  readonly logSink?: LogSink;
  readonly logLevel?: LogLevel;
  readonly historyExpireMinutes?: number;
  /** Replace the job store (e.g. a shared one). */
  readonly jobStore?: JobStore;
  /** Replace the checkpoint storage (e.g. a shared one). */
  readonly checkpointStorage?: CheckpointStorage;
  /** Replace the executor (e.g. a queue-backed one). */
  readonly executor?: JobExecutor;
}
