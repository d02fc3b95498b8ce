import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, SeatideError, messageOf } from '../errors';
import type { PluginDefinition } from './contracts';

/**
 * Loads a plugin module (ESM or CommonJS) whose default export is an array of plugin definitions, the same
 * objects code registration takes. Relative paths resolve against the working directory; bare names as
 * packages.
 */
export async function loadPluginModule(specifier: string): Promise<PluginDefinition[]> {
  const isPath = specifier.startsWith('.') || specifier.startsWith('/') || /\.(c|m)?js$/.test(specifier);
  const target = isPath ? pathToFileURL(path.resolve(specifier)).href : specifier;
  let mod: Record<string, unknown>;
  try {
    mod = (await import(target)) as Record<string, unknown>;
  } catch (e) {
    throw new SeatideError(ErrorCodes.PLUGIN_MODULE, `cannot load plugin module '${specifier}': ${messageOf(e)}`, { cause: e });
  }
  // A CommonJS `module.exports = [...]` arrives as `default`; `exports.default = [...]` as `default.default`.
  let exported = mod.default;
  if (exported && !Array.isArray(exported) && typeof exported === 'object' && Array.isArray((exported as { default?: unknown }).default)) {
    exported = (exported as { default: unknown }).default;
  }
  if (!Array.isArray(exported)) {
    throw new SeatideError(ErrorCodes.PLUGIN_MODULE, `plugin module '${specifier}' must default-export an array of plugin definitions, got ${exported === null ? 'null' : typeof exported}`);
  }
  return exported as PluginDefinition[];
}
