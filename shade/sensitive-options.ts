/**
 * The option names a shade encrypts and decrypts, and the env keys that steer it. One declared list, so that
 * encryption, decryption and redaction can never disagree about what is secret.
 */

/** Sensitive option names of every plugin block (SeaTunnel 2.3.9's list); matched exactly on encrypt/decrypt. */
export const DEFAULT_SENSITIVE_OPTIONS = Object.freeze(['username', 'password', 'auth', 'token', 'access_key', 'secret_key'] as const);

/** `env."shade.identifier"`: which shade applies; absent means the identity shade. */
export const SHADE_IDENTIFIER_KEY = 'shade.identifier';
/** `env."shade.options"`: extra option names to treat as sensitive (a list, or one comma-separated string). */
export const SHADE_OPTIONS_KEY = 'shade.options';
/** `env."shade.properties"`: an object handed to the shade's `open` (keys, key files). */
export const SHADE_PROPERTIES_KEY = 'shade.properties';

export const DEFAULT_SHADE_IDENTIFIER = 'default';

/** The top-level blocks whose plugin configs hold sensitive options. */
export const SHADED_BLOCKS = Object.freeze(['source', 'transform', 'sink'] as const);
export type ShadedBlock = (typeof SHADED_BLOCKS)[number];

/**
 * The full sensitive name list for one config: the defaults, then the shade's own, then `env."shade.options"`,
 * without duplicates and in that order.
 */
export function sensitiveOptionNames(shadeOptions: readonly string[] = [], envOptions: readonly string[] = []): string[] {
  return [...new Set<string>([...DEFAULT_SENSITIVE_OPTIONS, ...shadeOptions, ...envOptions])];
}
