import { type ErrorCode, SeatideError } from '../../core/errors';

/**
 * The text of a driver error: its message, else its code, else the messages of an AggregateError's parts
 * (Node reports a refused `localhost` as one, with an empty message, when both ::1 and 127.0.0.1 refuse).
 */
export function causeText(e: unknown): string {
  if (e instanceof AggregateError && e.errors.length) {
    const parts = [...new Set(e.errors.map((x) => causeText(x)))];
    return parts.join('; ');
  }
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    if (e.message) return e.message;
    return typeof code === 'string' ? code : e.name;
  }
  return String(e);
}

/** Removes a secret from a message; short secrets are left alone, since masking them would garble the text. */
export function scrub(text: string, secret: string | undefined): string {
  return secret && secret.length >= 4 ? text.split(secret).join('******') : text;
}

/**
 * A failure of a connector talking to a server: the message names the plugin and role, where it talked to
 * (host:port, never the password), what it was doing and the driver's own words.
 */
export function connectorError(
  code: ErrorCode,
  plugin: string,
  role: 'source' | 'sink',
  where: string,
  doing: string,
  cause: unknown,
  secret?: string,
): SeatideError {
  if (cause instanceof SeatideError) return cause;
  const text = scrub(`${plugin} ${role} at ${where}: ${doing}: ${causeText(cause)}`, secret);
  return new SeatideError(code, text, { cause: new Error(scrub(causeText(cause), secret)), details: { plugin, kind: role, target: where } });
}

/** SQL for messages: one line, at most 300 characters. */
export function sqlPreview(sql: string): string {
  const one = sql.replace(/\s+/g, ' ').trim();
  return one.length > 300 ? `${one.slice(0, 297)}...` : one;
}

