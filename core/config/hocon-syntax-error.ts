import { ErrorCodes, SeatideError } from '../errors';

/** Where a token or value sits in a config text; `file` is a path or a label such as `<text>`. */
export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export const formatPosition = (p: SourcePosition): string => `${p.file}:${p.line}:${p.column}`;

/** A CONFIG_SYNTAX error whose message starts with `file:line:column`. */
export function syntaxError(at: SourcePosition, message: string): SeatideError {
  return new SeatideError(ErrorCodes.CONFIG_SYNTAX, `${formatPosition(at)}: ${message}`, {
    details: { file: at.file, line: at.line, column: at.column },
  });
}
