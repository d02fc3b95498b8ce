import { ErrorCodes, SeatideError } from '../../core/errors';
import type { Position } from './tokenizer';

export type SqlPhase = 'parse' | 'validate' | 'type check';

/** A problem found in the query text before any row moves; `toSeatideError` gives the user-facing form. */
export class SqlError extends Error {
  constructor(
    message: string,
    readonly pos: Position | undefined,
    readonly phase: SqlPhase,
  ) {
    super(message);
  }
}

/** Malformed text: an unexpected token, an unterminated literal. */
export class SqlSyntaxError extends SqlError {
  constructor(message: string, pos: Position) {
    super(message, pos, 'parse');
  }
}

/** Well-formed but unsupported statements (non-SELECT, JOIN, ORDER BY, ...), as SeaTunnel rejects them. */
export class SqlValidationError extends SqlError {
  constructor(message: string, pos?: Position) {
    super(message, pos, 'validate');
  }
}

/** Unknown columns or functions, wrong argument types or counts. */
export class SqlTypeError extends SqlError {
  constructor(message: string, pos?: Position) {
    super(message, pos, 'type check');
  }
}

/** `SQL parse failed at line 1, column 17: ...` (COMMON-05), with the query in the details. */
export function toSeatideError(e: SqlError, sql: string): SeatideError {
  const where = e.pos ? ` at line ${e.pos.line}, column ${e.pos.column}` : '';
  return new SeatideError(ErrorCodes.SQL_PARSE, `SQL ${e.phase} failed${where}: ${e.message}`, {
    cause: e,
    details: { plugin: 'Sql', query: sql, line: e.pos?.line, column: e.pos?.column },
  });
}

/** A failure while evaluating a row: a bad cast, a division by zero. Fails the job. */
export class SqlRuntimeError extends Error {}
