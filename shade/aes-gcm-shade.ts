import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ErrorCodes, SeatideError } from '../core/errors';
import type { ConfigShade } from '../core/plugin/contracts';

/**
 * `shade.identifier = "aes-gcm"`: AES-256-GCM with a fresh random 12-byte nonce per value, so equal secrets
 * encrypt differently and a changed value fails authentication instead of decrypting to garbage.
 *
 * A value reads `aes-gcm:v1:` + base64url(nonce | ciphertext | 16-byte tag); the prefix is also the
 * authenticated data, so a value cannot be passed off under another format version.
 *
 * The 32-byte key, base64-encoded, comes from `env."shade.properties"` (`{ key = "..." }` or
 * `{ key_file = "/path/to/file holding the base64 key" }`), else from the SEATIDE_SHADE_KEY environment
 * variable. Properties win because they are specific to the job.
 */
export const AES_GCM_PREFIX = 'aes-gcm:v1:';
export const SHADE_KEY_ENV = 'SEATIDE_SHADE_KEY';

const IDENTIFIER = 'aes-gcm';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const AAD = Buffer.from(AES_GCM_PREFIX, 'utf8');
const PROPERTY_NAMES = ['key', 'key_file'];

/**
 * A shade bound to `key`; without one it reads SEATIDE_SHADE_KEY when a value is first processed. `open`
 * returns a new shade bound to the key its properties name, leaving the registered one untouched.
 */
export function createAesGcmShade(key?: Buffer): ConfigShade {
  const currentKey = (): Buffer => key ?? keyFromBase64(process.env[SHADE_KEY_ENV], `environment variable ${SHADE_KEY_ENV}`);
  return {
    kind: 'shade',
    identifier: IDENTIFIER,
    encrypt: (value) => encrypt(currentKey(), value),
    decrypt: (value) => decrypt(currentKey(), value),
    open: (properties) => createAesGcmShade(keyFromProperties(properties)),
  };
}

export const aesGcmShade: ConfigShade = createAesGcmShade();

/** A new random key in the form the shade reads (base64 of 32 bytes), e.g. for SEATIDE_SHADE_KEY. */
export const generateAesGcmKey = (): string => randomBytes(KEY_BYTES).toString('base64');

function encrypt(key: Buffer, value: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(AAD);
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return AES_GCM_PREFIX + Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url');
}

function decrypt(key: Buffer, value: string): string {
  const fail = (why: string, cause?: unknown): never => {
    throw new SeatideError(ErrorCodes.SHADE_FAILED, `aes-gcm shade cannot decrypt the value: ${why}`, { cause });
  };
  if (!value.startsWith(AES_GCM_PREFIX)) fail(`it does not start with '${AES_GCM_PREFIX}' (was it encrypted with another shade?)`);
  const encoded = value.slice(AES_GCM_PREFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) fail('it is not base64url after the prefix');
  const raw = Buffer.from(encoded, 'base64url');
  if (raw.length < NONCE_BYTES + TAG_BYTES) fail('it is too short to hold a nonce and an authentication tag');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, NONCE_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(AAD);
  decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(raw.subarray(NONCE_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch (e) {
    return fail('authentication failed: the key differs from the one that encrypted it, or the value was altered', e);
  }
}

function keyFromProperties(properties: Readonly<Record<string, unknown>>): Buffer | undefined {
  const unknown = Object.keys(properties).filter((k) => !PROPERTY_NAMES.includes(k));
  if (unknown.length) {
    throw new SeatideError(ErrorCodes.SHADE_KEY, `aes-gcm shade: unknown shade.properties ${unknown.map((k) => `'${k}'`).join(', ')}; expected one of key, key_file`);
  }
  const { key, key_file: keyFile } = properties;
  if (key !== undefined && keyFile !== undefined) {
    throw new SeatideError(ErrorCodes.SHADE_KEY, 'aes-gcm shade: shade.properties sets both key and key_file; set one');
  }
  if (key !== undefined) return keyFromBase64(key, 'shade.properties key');
  if (keyFile === undefined) return undefined;
  if (typeof keyFile !== 'string' || keyFile === '') {
    throw new SeatideError(ErrorCodes.SHADE_KEY, 'aes-gcm shade: shade.properties key_file must be a file path');
  }
  let text: string;
  try {
    text = readFileSync(keyFile, 'utf8');
  } catch (e) {
    throw new SeatideError(ErrorCodes.SHADE_KEY, `aes-gcm shade: cannot read key_file '${keyFile}': ${(e as Error).message}`, { cause: e });
  }
  return keyFromBase64(text, `key_file '${keyFile}'`);
}

/** Never echoes the key material itself: only where it came from and what is wrong with it. */
function keyFromBase64(text: unknown, origin: string): Buffer {
  if (text === undefined || text === null || (typeof text === 'string' && text.trim() === '')) {
    throw new SeatideError(
      ErrorCodes.SHADE_KEY,
      `aes-gcm shade needs a key: set ${SHADE_KEY_ENV} or env."shade.properties" { key = "..." } or { key_file = "/path" } to the base64 of ${KEY_BYTES} random bytes (missing: ${origin})`,
    );
  }
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    throw new SeatideError(ErrorCodes.SHADE_KEY, `aes-gcm shade: ${origin} is not base64 text`);
  }
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES) {
    throw new SeatideError(ErrorCodes.SHADE_KEY, `aes-gcm shade: ${origin} decodes to ${key.length} bytes; AES-256 needs ${KEY_BYTES}`);
  }
  return key;
}
