import 'reflect-metadata';
import { messageOf } from '../../core/errors';
import type { CliCommand, CliIO } from './cli-command';

/**
 * `seatide <command> [options]`. Each command lives in its own module and is loaded only when called, so
 * `seatide parse` does not pay for the Hapi server and `seatide serve` does not pay for the SQL engine.
 */
const COMMANDS: Record<string, () => Promise<{ command: CliCommand }>> = {
  // require, not import(): the built CLI is CommonJS and the test loader resolves .ts sources the same way.
  run: async () => require('./commands/run-command'),
  parse: async () => require('./commands/parse-command'),
  plugins: async () => require('./commands/plugins-command'),
  serve: async () => require('./commands/serve-command'),
  encrypt: async () => require('./commands/encrypt-command'),
  decrypt: async () => require('./commands/decrypt-command'),
};

export const USAGE = `Usage: seatide <command> [options]

Commands:
  run      --config FILE [-i key=value]... [--plugins MODULE]... [--check]   run a job (or only validate it)
  parse    --config FILE [-i key=value]...                                    print the resolved config as JSON
  plugins  [NAME] [--plugins MODULE]...                                       list plugins and their options
  serve    [--port 5801] [--host H] [--data-dir DIR] [--plugins MODULE]...    run a node with the REST API
  encrypt  --config FILE [--plugins MODULE]...                                encrypt sensitive options (JSON out)
  decrypt  --config FILE [--plugins MODULE]...                                decrypt sensitive options (JSON out)

Run 'seatide <command> --help' for the options of a command.`;

const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
};

/** Runs the CLI and sets the process exit code; never throws. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  let code: number;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${USAGE}\n`);
    code = name ? 0 : 1;
  } else if (!COMMANDS[name]) {
    io.err(`seatide: unknown command '${name}'\n\n${USAGE}\n`);
    code = 2;
  } else {
    try {
      const { command } = await COMMANDS[name]();
      code = await command(rest, io);
    } catch (e) {
      io.err(`seatide ${name}: ${messageOf(e)}\n`);
      code = 1;
    }
  }
  process.exitCode = code;
  return code;
}
