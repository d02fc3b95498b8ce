import { type ExecutionPlan, buildExecutionPlan } from '../engine/build-execution-plan';
import { type RunCheckpoints, type RunOutcome, closePlugins, executePlan } from '../engine/execute-plan';
import type { JobMetrics } from '../engine/job-metrics';
import type { JobConfig } from '../job/job-config';
import type { Logger } from '../logging/logger';
import type { JobContext } from '../plugin/contracts';
import type { PluginRegistry } from '../plugin/registry';
import type { DagInfo } from './job-record';

/** What a run is given: its cancel signal, where it counts, and how it checkpoints and resumes. */
export interface RunControl {
  readonly signal: AbortSignal;
  readonly metrics: JobMetrics;
  readonly checkpoints: RunCheckpoints;
}

/** A job whose plugins exist and whose graph is wired, ready to run once. */
export interface PreparedJob {
  readonly dag: DagInfo;
  run(control: RunControl): Promise<RunOutcome>;
  /** Closes the plugins of a job that will not run after all. */
  close(): Promise<void>;
}

/**
 * Turns a job config into running work. Behind an interface so that a queue-backed executor can spread jobs
 * over several machines without the job manager or the adapters changing.
 */
export interface JobExecutor {
  /** Creates and validates every plugin; throws (before any row moves) on a bad job. */
  prepare(job: JobConfig, context: JobContext, logger: Logger): Promise<PreparedJob>;
}

/** Runs jobs in this process. */
export class LocalJobExecutor implements JobExecutor {
  constructor(private readonly registry: PluginRegistry) {}

  async prepare(job: JobConfig, context: JobContext, logger: Logger): Promise<PreparedJob> {
    const plan = await buildExecutionPlan(job, this.registry, context, logger);
    return {
      dag: dagInfo(plan),
      run: ({ signal, metrics, checkpoints }) => executePlan(plan, { jobId: context.jobId, signal, logger, metrics, checkpoints }),
      close: () => closePlugins(plan, logger),
    };
  }
}

/** The DAG as SeaTunnel's REST API shows it: vertices with table paths, edges per pipeline. */
export function dagInfo(plan: ExecutionPlan): DagInfo {
  const pipelineOf = new Map<number, number>();
  for (const p of plan.pipelines) for (const id of p.vertexIds) pipelineOf.set(id, p.id);
  const pipelineEdges: Record<string, { inputVertexId: number; targetVertexId: number }[]> = {};
  for (const v of plan.vertices) {
    for (const input of v.inputs) {
      const key = String(pipelineOf.get(v.vertexId));
      (pipelineEdges[key] ??= []).push({ inputVertexId: input, targetVertexId: v.vertexId });
    }
  }
  return {
    pipelineEdges,
    vertices: plan.vertices.map((v) => ({
      vertexId: v.vertexId,
      type: v.type,
      vertexName: `pipeline-${pipelineOf.get(v.vertexId)} [${v.name}]`,
      tablePaths: v.type === 'source' ? v.tables.map((t) => t.tablePath.fullName) : v.type === 'sink' ? v.inputTables.map((t) => t.tablePath.fullName) : [],
      parallelism: v.parallelism,
    })),
  };
}
