import type { AnyOption } from '../../../core/options/option';
import type { OptionRule, Requirement } from '../../../core/options/option-rule';
import type { PluginDefinition, PluginKind } from '../../../core/plugin/contracts';
import { createRuntime } from '../../../core/runtime/runtime';
import { type CliCommand, parseCliArgs } from '../cli-command';

const HELP = `Usage: seatide plugins [NAME] [--plugins MODULE]... [--json]

Without NAME, lists every plugin by kind. With NAME, shows the options of each plugin of that name.`;

export const command: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCliArgs(argv, { plugins: { type: 'string', multiple: true }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) {
    io.out(`${HELP}\n`);
    return 0;
  }
  const runtime = createRuntime();
  for (const m of values.plugins ?? []) await runtime.loadPlugins(m);
  const name = positionals[0];
  const kinds: PluginKind[] = ['source', 'transform', 'sink', 'shade'];
  if (!name) {
    if (values.json) {
      io.out(`${JSON.stringify(Object.fromEntries(kinds.map((k) => [k, runtime.registry.identifiers(k)])), null, 2)}\n`);
    } else {
      for (const k of kinds) io.out(`${k}s: ${runtime.registry.identifiers(k).join(', ')}\n`);
    }
    return 0;
  }
  const found = kinds.filter((k) => runtime.registry.has(k, name)).map((k) => runtime.registry.get(k, name) as PluginDefinition);
  if (found.length === 0) {
    io.err(`no plugin named '${name}'. Known: ${kinds.flatMap((k) => runtime.registry.identifiers(k)).join(', ')}\n`);
    return 1;
  }
  if (values.json) {
    io.out(`${JSON.stringify(found.map(describePlugin), null, 2)}\n`);
    return 0;
  }
  for (const p of found) io.out(renderPlugin(p));
  return 0;
};

/** A plugin's documentation as data: what `--json` prints and the REST adapter can serve. */
export function describePlugin(p: PluginDefinition) {
  if (p.kind === 'shade') return { kind: p.kind, identifier: p.identifier, sensitiveOptions: p.sensitiveOptions ?? [] };
  return {
    kind: p.kind,
    identifier: p.identifier,
    description: p.description ?? '',
    ...(p.kind !== 'transform' && p.guarantee ? { guarantee: p.guarantee } : {}),
    options: p.optionRule.allOptions.map(describeOption),
    rules: p.optionRule.requirements.map(describeRequirement),
  };
}

const describeOption = (o: AnyOption) => ({
  key: o.key,
  type: o.valueType,
  default: o.hasDefault ? o.defaultValue : undefined,
  description: o.description,
  fallbackKeys: o.fallbackKeys,
  choices: o.choices.length ? o.choices : undefined,
});

function describeRequirement(r: Requirement) {
  const keys = r.options.map((o) => o.key);
  return r.type === 'conditional' ? { type: r.type, when: r.when.key, values: r.values, options: keys } : { type: r.type, options: keys };
}

function renderPlugin(p: PluginDefinition): string {
  if (p.kind === 'shade') return `${p.identifier} (shade)\n  sensitive options: ${(p.sensitiveOptions ?? []).join(', ') || '(built-in list only)'}\n\n`;
  const lines = [`${p.identifier} (${p.kind})${p.description ? `: ${p.description}` : ''}`];
  if (p.kind !== 'transform' && p.guarantee) lines.push(`  guarantee: ${p.guarantee.level} (${p.guarantee.note})`);
  lines.push(...renderRule(p.optionRule));
  return `${lines.join('\n')}\n\n`;
}

function renderRule(rule: OptionRule): string[] {
  const lines: string[] = [];
  for (const r of rule.requirements) {
    const keys = r.options.map((o) => o.key).join(', ');
    if (r.type === 'conditional') lines.push(`  when ${r.when.key} = ${r.values.join(' | ')}: requires ${keys}`);
    else lines.push(`  ${r.type}: ${keys}`);
  }
  for (const o of rule.allOptions) {
    const dflt = o.hasDefault ? ` = ${JSON.stringify(o.defaultValue)}` : '';
    const choices = o.choices.length ? ` [${o.choices.join('|')}]` : '';
    lines.push(`  ${o.key} (${o.valueType}${choices})${dflt}${o.description ? `  ${o.description}` : ''}`);
  }
  return lines;
}
