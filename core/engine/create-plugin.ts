import { ErrorCodes, SeatideError, messageOf } from '../errors';
import type { PluginConfig } from '../job/job-config';
import type { Logger } from '../logging/logger';
import { ReadonlyConfig, type ConfigObject } from '../options/readonly-config';
import type { PluginFactory } from '../plugin/contracts';
import type { PluginRegistry } from '../plugin/registry';

/** Keys every plugin block may carry, read by the DAG builder rather than by the plugin. */
const COMMON_KEYS = new Set([
  'plugin_name', 'plugin_output', 'result_table_name', 'plugin_input', 'source_table_name', 'parallelism', 'multi_table_sink_replica',
]);

/**
 * Finds the factory for a plugin block, validates the block against the factory's option rule and warns
 * once about keys the plugin does not know (SeaTunnel ignores them; a typo should still be visible).
 */
export function resolvePlugin<F extends PluginFactory>(
  registry: PluginRegistry,
  plugin: PluginConfig,
  logger: Logger,
  config: Readonly<ConfigObject> = plugin.config,
): { factory: F; options: ReadonlyConfig } {
  const factory = registry.get(plugin.section, plugin.pluginName) as F;
  const options = new ReadonlyConfig(config, { kind: plugin.section, identifier: plugin.pluginName });
  factory.optionRule.validate(options);
  const known = new Set<string>();
  // `row.num` may also be written nested as `row { num = 1 }`, so the first path segment counts as known.
  for (const o of factory.optionRule.allOptions) {
    for (const k of o.allKeys) {
      known.add(k);
      known.add(k.split('.')[0]);
    }
  }
  const unknown = Object.keys(config).filter((k) => !COMMON_KEYS.has(k) && !known.has(k));
  if (unknown.length) {
    logger.warn(`${plugin.section} '${plugin.pluginName}' ignores unknown option(s): ${unknown.join(', ')}`);
  }
  return { factory, options };
}

/** Runs a factory's create, wrapping foreign errors as SeaTunnel's API-06 with the real cause kept. */
export async function createWith<T>(plugin: PluginConfig, create: () => T | Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (e) {
    if (e instanceof SeatideError) throw e;
    throw new SeatideError(
      ErrorCodes.FACTORY_INIT,
      `Unable to create a ${plugin.section} for identifier '${plugin.pluginName}': ${messageOf(e)}`,
      { cause: e, details: { plugin: plugin.pluginName, kind: plugin.section } },
    );
  }
}
