import { ErrorCodes, SeatideError } from '../errors';
import type { JobConfig, PluginConfig } from '../job/job-config';
import type { Logger } from '../logging/logger';

/**
 * SeaTunnel's graph validation before building. A simple graph (one source, at most one transform, one sink)
 * runs wired in order whatever its names say; name mismatches are only logged. Anything else is a complex
 * graph where every name is mandatory, unique and used.
 */
export function checkJobGraph(job: JobConfig, logger: Logger): void {
  const { sources, transforms, sinks } = job;
  if (sources.length === 1 && transforms.length <= 1 && sinks.length === 1) {
    warnSimpleGraphNames([sources[0], ...transforms, sinks[0]], logger);
    return;
  }
  for (const p of [...sources, ...transforms]) {
    if (!p.outputName) fail(`The ${p.section}(${p.pluginName}) is not configured with 'plugin_output' (or 'result_table_name') option`);
  }
  for (const p of [...transforms, ...sinks]) {
    if (p.inputNames.length === 0) fail(`The ${p.section}(${p.pluginName}) is not configured with 'plugin_input' (or 'source_table_name') option`);
  }
  const producers = new Map<string, PluginConfig>();
  for (const p of [...sources, ...transforms]) {
    const other = producers.get(p.outputName!);
    if (other) {
      fail(`The value of the 'plugin_output' option of the (${other.pluginName} and ${p.pluginName}) plugins is both '${p.outputName}', and they must be different.`);
    }
    producers.set(p.outputName!, p);
  }
  const used = new Set<string>();
  for (const p of [...transforms, ...sinks]) {
    for (const input of p.inputNames) {
      if (!producers.has(input)) {
        fail(`The 'plugin_input' option configured in [${p.pluginName}] is incorrect, and the source/transform[${input}] is not found.`);
      }
      used.add(input);
    }
  }
  for (const [name, p] of producers) {
    if (!used.has(name)) {
      fail(`The 'plugin_input' option configured is incorrect, this table(${name}) belonging to ${p.section}(${p.pluginName}) is not used.`);
    }
  }
}

function warnSimpleGraphNames(chain: PluginConfig[], logger: Logger): void {
  for (let i = 1; i < chain.length; i++) {
    const up = chain[i - 1];
    const down = chain[i];
    const input = down.inputNames[0];
    if (up.outputName && input && up.outputName !== input) {
      logger.warn(`${down.section}(${down.pluginName}) reads '${input}' but ${up.section}(${up.pluginName}) writes '${up.outputName}'; a simple graph runs wired in order regardless`);
    }
  }
}

const fail = (text: string): never => {
  throw new SeatideError(ErrorCodes.JOB_DEFINE, text);
};
