import { ErrorCodes, SeatideError } from '../errors';
import { type ConfigObject, isConfigObject, lookupKey, ReadonlyConfig } from '../options/readonly-config';
import type { JobMode } from '../plugin/contracts';
import { JOB_MODE, JOB_NAME } from './env-options';

export type PluginSection = 'source' | 'transform' | 'sink';

/** One block of `source`, `transform` or `sink`, with its wiring options read. */
export interface PluginConfig {
  readonly section: PluginSection;
  /** Position in its section, 0-based (`Source[0]`). */
  readonly index: number;
  /** As written in the config (`console`, `FakeSource`). */
  readonly pluginName: string;
  readonly config: Readonly<ConfigObject>;
  /** `plugin_output`, else the deprecated `result_table_name`. */
  readonly outputName?: string;
  /** `plugin_input`, else the deprecated `source_table_name`; a list (a comma string is split). */
  readonly inputNames: readonly string[];
  /** The block's own `parallelism`, when set. */
  readonly parallelism?: number;
}

export interface JobConfig {
  readonly env: ReadonlyConfig;
  readonly jobName: string;
  readonly jobMode: JobMode;
  readonly sources: readonly PluginConfig[];
  readonly transforms: readonly PluginConfig[];
  readonly sinks: readonly PluginConfig[];
  /** The whole config as loaded (after decryption). */
  readonly raw: Readonly<ConfigObject>;
}

const DEFAULT_JOB_NAMES = new Set(['', 'SeaTunnel', 'SeaTunnel_Job']);

/**
 * Reads a loaded config into a JobConfig, failing as SeaTunnel does on a missing `env`, an empty source or
 * sink list, or a block without `plugin_name`. `jobName` overrides `env."job.name"` unless it is one of
 * SeaTunnel's default names.
 */
export function toJobConfig(raw: ConfigObject, options: { jobName?: string; file?: string } = {}): JobConfig {
  const where = options.file ? ` (${options.file})` : '';
  const envRaw = raw.env;
  if (envRaw === undefined) throw invalid(`No configuration setting found for key 'env'${where}`);
  if (!isConfigObject(envRaw)) throw invalid(`'env' must be an object${where}`);
  const env = new ReadonlyConfig(envRaw, { kind: 'env', identifier: '' });
  const sources = section(raw, 'source', where);
  const sinks = section(raw, 'sink', where);
  if (sources.length === 0) throw invalid(`Miss <Source> config! Please check the config file.${where}`);
  if (sinks.length === 0) throw invalid(`Miss <Sink> config! Please check the config file.${where}`);
  const override = options.jobName?.trim();
  return {
    env,
    jobName: override && !DEFAULT_JOB_NAMES.has(override) ? override : env.get(JOB_NAME),
    jobMode: env.get(JOB_MODE),
    sources,
    transforms: section(raw, 'transform', where),
    sinks,
    raw,
  };
}

function section(raw: ConfigObject, name: PluginSection, where: string): PluginConfig[] {
  const list = raw[name];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw invalid(`'${name}' must be a list of plugin blocks, got ${typeof list}${where}`);
  return list.map((block, index) => {
    if (!isConfigObject(block)) {
      throw invalid(`${name}[${index}] must be a plugin block (an object with plugin_name), got ${JSON.stringify(block)}${where}`);
    }
    const pluginName = block.plugin_name;
    if (typeof pluginName !== 'string' || pluginName.trim() === '') {
      throw invalid(`The 'plugin_name' option is not configured, please configure it. (${name}[${index}])${where}`);
    }
    const parallelism = lookupKey(block, 'parallelism');
    return {
      section: name,
      index,
      pluginName,
      config: block,
      outputName: stringOption(block, 'plugin_output', 'result_table_name'),
      inputNames: listOption(block, 'plugin_input', 'source_table_name'),
      parallelism: parallelism === undefined ? undefined : toInt(parallelism, `${name}[${index}] '${pluginName}' option 'parallelism'`),
    };
  });
}

function stringOption(block: ConfigObject, key: string, fallback: string): string | undefined {
  const v = block[key] ?? block[fallback];
  if (v === undefined || v === null) return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

function listOption(block: ConfigObject, key: string, fallback: string): string[] {
  const v = block[key] ?? block[fallback];
  if (v === undefined || v === null) return [];
  const items = Array.isArray(v) ? v.map(String) : String(v).split(',');
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

function toInt(v: unknown, what: string): number {
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isInteger(n)) throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `${what} expects an integer, got ${JSON.stringify(v)}`);
  return Math.max(1, n);
}

const invalid = (text: string) => new SeatideError(ErrorCodes.CONFIG_INVALID, text);
