import fs from 'node:fs';
import { ErrorCodes, SeatideError } from '../errors';
import type { ConfigObject } from '../options/readonly-config';
import { parseVariables, substituteVariables, variablesTree } from './config-variables';
import { parseHocon } from './parse-hocon';

export interface LoadConfigOptions {
  /** Raw `-i` argument values, each possibly `a=1,b=2`. */
  readonly variables?: readonly string[];
  /** Environment for unquoted substitutions (default: process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface LoadConfigTextOptions extends LoadConfigOptions {
  readonly format: 'hocon' | 'json';
  /** For messages and relative includes. */
  readonly file?: string;
}

/**
 * Reads a job config as SeaTunnel's ConfigBuilder does: `.json` files in JSON syntax (no plugin-list
 * conversion), any other name as HOCON. Throws CONFIG-01 when the file does not exist.
 */
export function loadConfigFile(file: string, options: LoadConfigOptions = {}): ConfigObject {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
      throw new SeatideError(ErrorCodes.CONFIG_NOT_FOUND, `config file not found: ${file}`, { cause: e, details: { file } });
    }
    throw new SeatideError(ErrorCodes.FILE_OPERATION, `cannot read config file ${file}: ${(e as Error).message}`, { cause: e, details: { file } });
  }
  return loadConfigText(text, { ...options, format: file.endsWith('.json') ? 'json' : 'hocon', file });
}

/**
 * The ConfigBuilder pipeline on text: parse, resolve substitutions against the document, then the
 * environment, then the `-i` variables (an unquoted `${x}` found nowhere fails with CONFIG-03 naming
 * file:line), then the `${name}` / `${name:default}` pass over string values. The `-i` list is always
 * applied, as SeaTunnel's Zeta client always passes one. Checks on the job itself (a source and a sink
 * exist, env options) belong to job validation, not here.
 */
export function loadConfigText(text: string, options: LoadConfigTextOptions): ConfigObject {
  const vars = parseVariables(options.variables ?? []);
  const config = parseHocon(text, {
    file: options.file,
    syntax: options.format === 'json' ? 'json' : 'conf',
    env: options.env ?? process.env,
    variables: variablesTree(vars),
  });
  return substituteVariables(config, vars);
}
