import { loadConfigFile } from '../../../core/config/load-config';
import { stringifyConfig } from '../../../core/config/stringify-config';
import { loadPluginModule } from '../../../core/plugin/load-plugin-module';
import { PluginRegistry } from '../../../core/plugin/registry';
import { builtinShades } from '../../../shade';
import { decryptConfig, encryptConfig, type ShadeOperation } from '../../../shade/apply-shade';
import { CONFIG_OPTIONS, parseCliArgs, type CliCommand, type CliIO } from '../cli-command';

const usage = (op: ShadeOperation): string => `Usage: seatide ${op} --config FILE [-i key=value]... [--plugins MODULE]...

${op === 'encrypt' ? 'Encrypts' : 'Decrypts'} the sensitive options of a job config (HOCON, or JSON for .json files) with the
shade named by env."shade.identifier" and prints the whole config as JSON.
  -c, --config FILE      the job config
  -i, --variable K=V     a variable for \${K} placeholders (repeatable)
      --plugins MODULE   a module whose default export is an array of plugins, e.g. custom shades (repeatable)
  -h, --help             show this help
`;

/** `seatide encrypt`: the config with its sensitive options encrypted, as JSON on stdout. */
export const command: CliCommand = (argv, io) => runShadeCommand('encrypt', argv, io);

/** Shared by `seatide encrypt` and `seatide decrypt`, which differ only in direction. */
export async function runShadeCommand(op: ShadeOperation, argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCliArgs(argv, CONFIG_OPTIONS);
  if (values.help) {
    io.out(usage(op));
    return 0;
  }
  if (!values.config) {
    io.err(`seatide ${op}: --config FILE is required\n\n${usage(op)}`);
    return 2;
  }
  const registry = new PluginRegistry().with(...builtinShades);
  for (const modulePath of values.plugins ?? []) registry.with(...(await loadPluginModule(modulePath)));
  const config = loadConfigFile(values.config, { variables: values.variable ?? [] });
  const result = op === 'encrypt' ? encryptConfig(config, registry) : decryptConfig(config, registry);
  io.out(`${stringifyConfig(result)}\n`);
  return 0;
}
