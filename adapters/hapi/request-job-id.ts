import { parseJobId } from '../../core/runtime/job-id';
import { javaStringOf } from '../../shade/java-string-of';
import { badRequest } from './error-to-boom';

/**
 * A job id from a path or query, read as Long.parseLong reads it (sign allowed, digits only, 64 bits);
 * anything else answers 400 `For input string: "<text>"`, SeaTunnel's message.
 */
export function requireJobId(text: string): string {
  const id = parseJobId(text);
  if (id === undefined) throw badRequest(`For input string: "${text}"`, { field: 'jobId' });
  return id;
}

/**
 * The `jobId` of a stop request: a JSON number (any size, kept exact by the lossless body) or a numeric
 * string. `raw` is the value as the client sent it, rendered as Java's toString, which stop-job echoes.
 */
export function jobIdOfBody(value: unknown): { id: string; raw: string } {
  if (value === undefined || value === null) throw badRequest('jobId cannot be empty.', { field: 'jobId' });
  const raw = javaStringOf(value);
  return { id: requireJobId(raw), raw };
}

/** `true`, `"true"`, `"TRUE"`: SeaTunnel's Boolean.parseBoolean of the value's string form. */
export const isTrue = (value: unknown): boolean => value !== undefined && value !== null && javaStringOf(value).toLowerCase() === 'true';
