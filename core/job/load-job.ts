import { loadConfigFile, loadConfigText } from '../config/load-config';
import type { ConfigObject } from '../options/readonly-config';
import type { PluginRegistry } from '../plugin/registry';
import { decryptConfig } from '../../shade/apply-shade';
import { type JobConfig, toJobConfig } from './job-config';

/** A job to run: a config object, HOCON or JSON text, or a file (`.json` is JSON, anything else HOCON). */
export type JobSource =
  | { readonly config: ConfigObject }
  | { readonly text: string; readonly format?: 'hocon' | 'json'; readonly file?: string }
  | { readonly file: string };

export interface LoadJobOptions {
  /** `-i key=value` variables, as given on the command line. */
  readonly variables?: readonly string[];
  /** Overrides `env."job.name"` unless it is one of SeaTunnel's default names. */
  readonly jobName?: string;
}

export interface LoadedJob {
  /** The config as submitted (still encrypted where it was): what is stored to resume the job. */
  readonly submitted: ConfigObject;
  /** Decrypted and read: what runs. */
  readonly job: JobConfig;
}

/** Loads, resolves variables, decrypts (env."shade.identifier") and reads a job. */
export function loadJob(source: JobSource, registry: PluginRegistry, options: LoadJobOptions = {}): LoadedJob {
  const variables = [...(options.variables ?? [])];
  let submitted: ConfigObject;
  let file: string | undefined;
  if ('config' in source) {
    submitted = source.config;
  } else if ('text' in source) {
    file = source.file;
    submitted = loadConfigText(source.text, { format: source.format ?? 'hocon', file: source.file, variables });
  } else {
    file = source.file;
    submitted = loadConfigFile(source.file, { variables });
  }
  const decrypted = decryptConfig(submitted, registry);
  return { submitted, job: toJobConfig(decrypted, { jobName: options.jobName, file }) };
}
