import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ErrorCodes, SeatideError } from '../../core/errors';

/** Where a command writes; tests pass their own to capture output. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress lines are only drawn there). */
  readonly isTTY: boolean;
}

/** A CLI command: takes the arguments after its name, returns the exit code. */
export type CliCommand = (argv: string[], io: CliIO) => Promise<number>;

/** Options shared by the commands that read a job config, with SeaTunnel's short names. */
export const CONFIG_OPTIONS = {
  config: { type: 'string', short: 'c' },
  variable: { type: 'string', short: 'i', multiple: true },
  plugins: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** node:util parseArgs with our error code: an unknown flag or a missing value names the flag. */
export function parseCliArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
  allowPositionals = false,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw new SeatideError(ErrorCodes.CONFIG_INVALID, (e as Error).message);
  }
}
