import { isLosslessNumber } from 'lossless-json';
import { ErrorCodes, SeatideError, messageOf } from '../core/errors';
import type { ConfigShade } from '../core/plugin/contracts';
import type { PluginRegistry } from '../core/plugin/registry';
import type { ConfigObject } from '../core/options/readonly-config';
import { javaStringOf } from './java-string-of';
import {
  DEFAULT_SHADE_IDENTIFIER,
  SHADED_BLOCKS,
  SHADE_IDENTIFIER_KEY,
  SHADE_OPTIONS_KEY,
  SHADE_PROPERTIES_KEY,
  sensitiveOptionNames,
  type ShadedBlock,
} from './sensitive-options';

/**
 * Encrypts or decrypts the sensitive options of a job config with the shade `env."shade.identifier"` names
 * (SeaTunnel's ConfigShadeUtils, with its silent fallback turned into an error):
 * - only TOP-LEVEL keys of each `source`, `transform` and `sink` element are touched, never nested objects,
 *   never `env`; matching is exact and case-sensitive;
 * - a present, non-null value becomes `shade.encrypt(String.valueOf(value))`, Java's rendering of numbers,
 *   lists and maps included (`["a","b"]` -> "[a, b]"), so the result is a string even for `password = 123`;
 * - `source` and `sink` must be non-empty lists (SeaTunnel's "Miss <Source> config!").
 * Both functions are pure: they return a new config and never mutate the input; untouched values are
 * shared with the input rather than copied.
 */
export function encryptConfig(config: ConfigObject, registry: PluginRegistry): ConfigObject {
  return applyShade(config, registry, 'encrypt');
}

/** The inverse of {@link encryptConfig}; a value the shade cannot decrypt throws SHADE-02 naming the option. */
export function decryptConfig(config: ConfigObject, registry: PluginRegistry): ConfigObject {
  return applyShade(config, registry, 'decrypt');
}

export type ShadeOperation = 'encrypt' | 'decrypt';

/** The shade a config selects, opened with its `shade.properties`, and the option names it applies to. */
export interface OpenedShade {
  readonly shade: ConfigShade;
  readonly sensitiveOptions: readonly string[];
}

/**
 * Looks up and opens the shade a config selects. Throws SHADE-01 for an unknown identifier (listing the
 * registered ones), CONFIG-04 for a malformed `env`, and whatever the shade's `open` throws (SHADE-03 for
 * key trouble).
 */
export function openConfigShade(config: ConfigObject, registry: PluginRegistry): OpenedShade {
  const env = envOf(config);
  const registered = lookupShade(registry, shadeIdentifier(env));
  const shade = openShade(registered, shadeProperties(env));
  return { shade, sensitiveOptions: sensitiveOptionNames(ownOptions(shade), shadeOptions(env, true)) };
}

/**
 * The sensitive option names of a config, for redaction: the defaults, the selected shade's own and
 * `env."shade.options"`. Never throws: an unknown shade or a malformed env only narrows the list to what
 * can be read, because redaction runs while reporting other errors.
 */
export function sensitiveOptionsOf(config: ConfigObject, registry?: PluginRegistry): string[] {
  let env: ConfigObject = {};
  try {
    env = envOf(config);
  } catch {
    // keep the defaults
  }
  let fromShade: readonly string[] = [];
  try {
    const id = shadeIdentifier(env);
    if (registry?.has('shade', id)) fromShade = ownOptions(registry.get('shade', id));
  } catch {
    // keep the defaults
  }
  return sensitiveOptionNames(fromShade, shadeOptions(env, false));
}

function applyShade(config: ConfigObject, registry: PluginRegistry, op: ShadeOperation): ConfigObject {
  const blocks = pluginBlocks(config);
  const { shade, sensitiveOptions } = openConfigShade(config, registry);
  const names = new Set(sensitiveOptions);
  const out: ConfigObject = { ...config };
  for (const [block, elements] of blocks) {
    out[block] = elements.map((element, index) =>
      isPlainObject(element) ? shadeElement(element, names, shade, op, `${block}[${index}]`, block) : element,
    );
  }
  return out;
}

function shadeElement(
  element: ConfigObject,
  sensitiveOptions: ReadonlySet<string>,
  shade: ConfigShade,
  op: ShadeOperation,
  where: string,
  block: ShadedBlock,
): ConfigObject {
  let copy: ConfigObject | undefined;
  // In the element's key order, so that a failure names the first bad option as the user wrote it.
  for (const [key, value] of Object.entries(element)) {
    if (value === null || value === undefined || !sensitiveOptions.has(key)) continue;
    copy ??= { ...element };
    try {
      copy[key] = op === 'encrypt' ? shade.encrypt(javaStringOf(value)) : shade.decrypt(javaStringOf(value));
    } catch (e) {
      const plugin = typeof element.plugin_name === 'string' ? ` '${element.plugin_name}'` : '';
      const code = e instanceof SeatideError ? e.errorCode : ErrorCodes.SHADE_FAILED;
      const reason = e instanceof SeatideError ? e.text : messageOf(e);
      // The value itself stays out of the message: it is a secret, or the ciphertext of one.
      throw new SeatideError(code, `shade '${shade.identifier}' could not ${op} option '${key}' of ${block}${plugin} (${where}): ${reason}`, {
        cause: e,
        details: { shade: shade.identifier, kind: block, plugin: element.plugin_name, option: key },
      });
    }
  }
  return copy ?? element;
}

/** The source, transform and sink lists, checked as SeaTunnel does before any value is touched. */
function pluginBlocks(config: ConfigObject): Array<[ShadedBlock, unknown[]]> {
  const blocks: Array<[ShadedBlock, unknown[]]> = [];
  for (const block of SHADED_BLOCKS) {
    const value = config[block];
    const label = block === 'source' ? 'Source' : block === 'sink' ? 'Sink' : undefined;
    if (value === undefined || value === null) {
      if (label) throw new SeatideError(ErrorCodes.CONFIG_INVALID, `Miss <${label}> config! Please check the config file.`);
      continue;
    }
    if (!Array.isArray(value)) {
      throw new SeatideError(ErrorCodes.CONFIG_INVALID, `'${block}' must be a list of plugin configs, got ${describe(value)}`);
    }
    if (label && value.length === 0) throw new SeatideError(ErrorCodes.CONFIG_INVALID, `Miss <${label}> config! Please check the config file.`);
    blocks.push([block, value]);
  }
  return blocks;
}

function envOf(config: ConfigObject): ConfigObject {
  const env = config.env;
  if (env === undefined || env === null) return {};
  if (!isPlainObject(env)) throw new SeatideError(ErrorCodes.CONFIG_INVALID, `'env' must be an object, got ${describe(env)}`);
  return env;
}

function shadeIdentifier(env: ConfigObject): string {
  const value = env[SHADE_IDENTIFIER_KEY];
  if (value === undefined || value === null) return DEFAULT_SHADE_IDENTIFIER;
  if (typeof value === 'object' && !isLosslessNumber(value)) {
    throw new SeatideError(ErrorCodes.CONFIG_INVALID, `env."${SHADE_IDENTIFIER_KEY}" must be a string, got ${describe(value)}`);
  }
  return javaStringOf(value).trim();
}

function lookupShade(registry: PluginRegistry, identifier: string): ConfigShade {
  if (registry.has('shade', identifier)) return registry.get('shade', identifier);
  const available = registry.identifiers('shade');
  throw new SeatideError(
    ErrorCodes.SHADE_NOT_FOUND,
    `Config shade '${identifier}' (env."${SHADE_IDENTIFIER_KEY}") is not registered. Available shades are: ${available.join(', ') || '(none)'}`,
    { details: { kind: 'shade', plugin: identifier, available } },
  );
}

function shadeProperties(env: ConfigObject): Readonly<Record<string, unknown>> {
  const value = env[SHADE_PROPERTIES_KEY];
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) {
    throw new SeatideError(ErrorCodes.CONFIG_INVALID, `env."${SHADE_PROPERTIES_KEY}" must be an object, got ${describe(value)}`);
  }
  return value;
}

/** `env."shade.options"`: a list of names or one comma-separated string; strict for shading, lenient for redaction. */
function shadeOptions(env: ConfigObject, strict: boolean): string[] {
  const value = env[SHADE_OPTIONS_KEY];
  if (value === undefined || value === null) return [];
  const names = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
  if (names && names.every((n) => typeof n === 'string')) return (names as string[]).map((n) => n.trim()).filter((n) => n !== '');
  if (strict) {
    throw new SeatideError(ErrorCodes.CONFIG_INVALID, `env."${SHADE_OPTIONS_KEY}" must be a list of option names, got ${describe(value)}`);
  }
  return Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string') : [];
}

/** Per-call instance: the shared registered shade never holds one job's key. */
function openShade(shade: ConfigShade, properties: Readonly<Record<string, unknown>>): ConfigShade {
  if (typeof shade.open !== 'function') return shade;
  const self = Object.create(shade) as ConfigShade;
  try {
    return shade.open.call(self, properties) ?? self;
  } catch (e) {
    if (e instanceof SeatideError) throw e;
    throw new SeatideError(ErrorCodes.SHADE_FAILED, `shade '${shade.identifier}' could not open: ${messageOf(e)}`, { cause: e });
  }
}

function ownOptions(shade: ConfigShade): string[] {
  const list = shade.sensitiveOptions;
  return Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string') : [];
}

function isPlainObject(v: unknown): v is ConfigObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isLosslessNumber(v);
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  return isPlainObject(v) ? 'an object' : `${typeof v} ${JSON.stringify(javaStringOf(v))}`;
}
