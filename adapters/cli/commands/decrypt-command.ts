import type { CliCommand } from '../cli-command';
import { runShadeCommand } from './encrypt-command';

/** `seatide decrypt`: the config with its sensitive options decrypted, as JSON on stdout. */
export const command: CliCommand = (argv, io) => runShadeCommand('decrypt', argv, io);
