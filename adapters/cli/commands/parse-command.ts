import { loadConfigFile } from '../../../core/config/load-config';
import { stringifyConfig } from '../../../core/config/stringify-config';
import { messageOf } from '../../../core/errors';
import { type CliCommand, parseCliArgs } from '../cli-command';

const HELP = `Usage: seatide parse --config FILE [-i key=value]...

Loads a job config the way 'seatide run' does (HOCON, or JSON for a .json file; substitutions from the
config, the environment and -i variables; \${name:default} variables in strings) and prints the result
as JSON. Exits non-zero with the error on stderr when the config does not load.

Options:
  -c, --config FILE       the job config
  -i, --variable K=V      a variable; several may be given, or comma-separated in one (-i a=1,b=2)
  -h, --help              this text`;

export const command: CliCommand = async (argv, io) => {
  try {
    const { values } = parseCliArgs(argv, {
      config: { type: 'string', short: 'c' },
      variable: { type: 'string', short: 'i', multiple: true },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(`${HELP}\n`);
      return 0;
    }
    if (!values.config) {
      io.err(`seatide parse: --config FILE is required\n\n${HELP}\n`);
      return 2;
    }
    const config = loadConfigFile(values.config, { variables: values.variable ?? [] });
    io.out(`${stringifyConfig(config)}\n`);
    return 0;
  } catch (e) {
    io.err(`seatide parse: ${messageOf(e)}\n`);
    return 1;
  }
};
