import { JobStatus } from '../../../core/job/job-status';
import type { ConfigObject } from '../../../core/options/readonly-config';
import type { PluginRegistry } from '../../../core/plugin/registry';
import type { JobRecord } from '../../../core/runtime/job-record';
import { javaStringOf } from '../../../shade/java-string-of';
import { redactConfig, redactText } from '../../../shade/redact-config';
import type { ApiFlavor } from '../route-context';
import { dagView, legacyDagView, legacyFinishedDagText } from './dag-view';
import { formatTime } from './format-time';
import { inJavaHashOrder } from './java-hash-order';
import { legacyMetricsView, metricsView } from './metrics-view';

/** What a failed job reports when its cause left no message (SeaTunnel would print "null"). */
export const NO_ERROR_MESSAGE = 'The job failed without an error message.';

/**
 * A job that has not ended, as `running-jobs` and `job-info` show it. Key order is SeaTunnel's:
 * jobId, jobName, jobStatus, envOptions, createTime, jobDag, pluginJarsUrls, isStartWithSavePoint, metrics.
 * v2 uses HEAD's physical DAG and 16 metrics; v1 uses 2.3.5's logical DAG and two metrics.
 */
export function runningJobView(record: JobRecord, flavor: ApiFlavor, registry?: PluginRegistry) {
  const env = envOptionsView(record.envOptions, registry);
  return {
    jobId: record.jobId,
    jobName: record.jobName,
    jobStatus: record.status,
    envOptions: env,
    createTime: formatTime(record.createTime),
    jobDag: flavor === 'v2' ? dagView(record.jobId, record.dag, env) : legacyDagView(record.dag),
    // Plugins are modules of this process, not jars shipped with the job.
    pluginJarsUrls: [],
    isStartWithSavePoint: Boolean(record.isStartWithSavePoint),
    metrics: flavor === 'v2' ? metricsView(record.metrics) : legacyMetricsView(record.metrics),
  };
}

/**
 * A job in an end state, as `finished-jobs` and `job-info` show it: jobId, jobName, jobStatus, errorMsg,
 * createTime, finishTime, jobDag, pluginJarsUrls, metrics. errorMsg is null unless the job FAILED, and
 * then never empty. v1 renders jobDag as 2.3.5 did, a JSON string.
 */
export function finishedJobView(record: JobRecord, flavor: ApiFlavor, registry?: PluginRegistry) {
  return {
    jobId: record.jobId,
    jobName: record.jobName,
    jobStatus: record.status,
    errorMsg: errorMessage(record, registry),
    createTime: formatTime(record.createTime),
    finishTime: formatTime(record.finishTime ?? record.createTime),
    jobDag: flavor === 'v2' ? dagView(record.jobId, record.dag, envOptionsView(record.envOptions, registry)) : legacyFinishedDagText(record.jobId, record.dag),
    pluginJarsUrls: [],
    metrics: flavor === 'v2' ? metricsView(record.metrics) : legacyMetricsView(record.metrics),
  };
}

/**
 * The env block as SeaTunnel shows it: every value through Java's toString (`5000` -> "5000", lists
 * "[a, b]", maps "{k=v}"), in HashMap order, with secrets (shade properties, sensitive names) hidden.
 */
export function envOptionsView(env: Readonly<Record<string, unknown>> | undefined, registry?: PluginRegistry): Record<string, string> {
  const redacted = (redactConfig({ env: { ...(env ?? {}) } } as ConfigObject, registry).env ?? {}) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(redacted)) {
    Object.defineProperty(out, k, { value: javaStringOf(v), enumerable: true, writable: true, configurable: true });
  }
  return inJavaHashOrder(out);
}

function errorMessage(record: JobRecord, registry?: PluginRegistry): string | null {
  if (record.status !== JobStatus.FAILED) return record.errorMsg ? redact(record.errorMsg, record, registry) : null;
  const text = record.errorMsg && record.errorMsg !== 'null' ? record.errorMsg : NO_ERROR_MESSAGE;
  return redact(text, record, registry);
}

const redact = (text: string, record: JobRecord, registry?: PluginRegistry) =>
  record.config ? redactText(text, record.config as ConfigObject, registry) : text;
