import type { MetricsSnapshot } from '../engine/job-metrics';
import type { JobStatus } from '../job/job-status';

/** A vertex of a job's DAG as the REST API shows it. */
export interface DagVertex {
  readonly vertexId: number;
  readonly type: 'source' | 'transform' | 'sink';
  /** `pipeline-1 [Source[0]-FakeSource]` */
  readonly vertexName: string;
  readonly tablePaths: readonly string[];
  readonly parallelism: number;
}

export interface DagInfo {
  /** Edges per pipeline id. */
  readonly pipelineEdges: Readonly<Record<string, readonly { readonly inputVertexId: number; readonly targetVertexId: number }[]>>;
  readonly vertices: readonly DagVertex[];
}

/**
 * Everything the node keeps about a job, JSON-serializable: what the job store persists and the REST API
 * renders. `config` is the job config as submitted (still encrypted where it was), for resuming.
 */
export interface JobRecord {
  readonly jobId: string;
  readonly jobName: string;
  readonly status: JobStatus;
  readonly createTime: number;
  readonly finishTime?: number;
  readonly errorMsg?: string;
  readonly envOptions: Readonly<Record<string, unknown>>;
  readonly dag: DagInfo;
  readonly metrics: MetricsSnapshot;
  readonly isStartWithSavePoint: boolean;
  readonly tags?: Readonly<Record<string, string>>;
  readonly config?: Readonly<Record<string, unknown>>;
  /** Set when the node savepointed the job on its way down: the next node on this store resumes it. */
  readonly resumeOnStart?: boolean;
}
