import { createContainer } from '../container';
import { buildExecutionPlan } from '../engine/build-execution-plan';
import { closePlugins } from '../engine/execute-plan';
import { type JobSource, type LoadJobOptions, loadJob } from '../job/load-job';
import type { ConfigObject } from '../options/readonly-config';
import type { PluginDefinition } from '../plugin/contracts';
import { loadPluginModule } from '../plugin/load-plugin-module';
import type { PluginRegistry } from '../plugin/registry';
import type { Logger } from '../logging/logger';
import { JOB_MANAGER, LOGGER, PLUGIN_REGISTRY, type RuntimeOptions } from '../tokens';
import { encryptConfig, decryptConfig } from '../../shade/apply-shade';
import type { Job } from './job';
import { dagInfo } from './job-executor';
import type { JobManager, SubmitOptions } from './job-manager';
import type { DagInfo } from './job-record';

/**
 * What code that embeds Seatide holds: a thin façade over the services the composition root wires. Create
 * as many as you like; they share nothing.
 *
 *   const runtime = createRuntime({ plugins: [mySource] });
 *   const job = await runtime.submit({ file: 'job.conf' });
 *   const result = await job.result;
 */
export class SeatideRuntime {
  readonly registry: PluginRegistry;
  readonly jobs: JobManager;

  constructor(options: RuntimeOptions = {}) {
    const c = createContainer(options);
    this.registry = c.resolve(PLUGIN_REGISTRY);
    this.jobs = c.resolve(JOB_MANAGER);
    this.logger = c.resolve(LOGGER);
  }

  private readonly logger: Logger;

  /** Registers plugins defined in code. */
  register(...plugins: PluginDefinition[]): this {
    this.registry.with(...plugins);
    return this;
  }

  /** Registers the plugins a module default-exports (ESM or CommonJS). */
  async loadPlugins(specifier: string): Promise<PluginDefinition[]> {
    const plugins = await loadPluginModule(specifier);
    this.registry.with(...plugins);
    return plugins;
  }

  /** Submits a job; resolves once it runs (see Job.result for its end), rejects when it is invalid. */
  submit(source: JobSource, options: SubmitOptions = {}): Promise<Job> {
    return this.jobs.submit(source, options);
  }

  /** Submits a job and waits for its end. */
  async run(source: JobSource, options: SubmitOptions = {}) {
    const job = await this.submit(source, options);
    return job.result;
  }

  /**
   * Validates everything a run would (parse, variables, decryption, plugins, options, DAG) and creates the
   * plugins, without reading a row. Returns the DAG.
   */
  async check(source: JobSource, options: LoadJobOptions = {}): Promise<DagInfo> {
    const { job } = loadJob(source, this.registry, options);
    const plan = await buildExecutionPlan(job, this.registry, { jobId: '0', jobName: job.jobName, jobMode: job.jobMode, env: job.env }, this.logger);
    await closePlugins(plan, this.logger);
    return dagInfo(plan);
  }

  encryptConfig(config: ConfigObject): ConfigObject {
    return encryptConfig(config, this.registry);
  }

  decryptConfig(config: ConfigObject): ConfigObject {
    return decryptConfig(config, this.registry);
  }

  /**
   * Stops running jobs and stores their records. With `savepoint`, each job stops with a savepoint and a
   * runtime opened later on the same data directory resumes it (`jobs.recover()`).
   */
  close(options: { savepoint?: boolean } = {}): Promise<void> {
    return this.jobs.shutdown(options);
  }

  /** Resumes the jobs a previous runtime on the same data directory savepointed on close or was running when it died. */
  recover() {
    return this.jobs.recover();
  }
}

export const createRuntime = (options: RuntimeOptions = {}): SeatideRuntime => new SeatideRuntime(options);
