import { ErrorCodes, SeatideError } from '../core/errors';
import type { ConfigShade } from '../core/plugin/contracts';

/**
 * `shade.identifier = "base64"`: SeaTunnel's Base64ConfigShade. An encoding, not encryption: anyone who
 * reads the config can decode it. Encrypt is UTF-8 then the standard alphabet with padding; decrypt accepts
 * and rejects exactly what Java's `Base64.getDecoder()` does, with Java's messages, because SeaTunnel users
 * see those messages on a bad value.
 */
export const base64Shade = {
  kind: 'shade',
  identifier: 'base64',
  encrypt: (value: string): string => Buffer.from(value, 'utf8').toString('base64'),
  decrypt: (value: string): string => {
    const problem = javaBase64Problem(value);
    if (problem) throw new SeatideError(ErrorCodes.SHADE_FAILED, `base64 shade cannot decode the value: ${problem}`);
    // Java ignores anything after the padding; Node decodes the same bytes from the part before it.
    const end = value.indexOf('=');
    return Buffer.from(end < 0 ? value : value.slice(0, end), 'base64').toString('utf8');
  },
} as const satisfies ConfigShade;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Why Java's basic Base64 decoder would reject `text` (its message), or undefined when it decodes. */
export function javaBase64Problem(text: string): string | undefined {
  if (text.length === 0) return undefined;
  if (text.length < 2) return 'Input byte[] should at least have 2 bytes for base64 bytes';
  // Java decodes `getBytes(ISO_8859_1)`: other characters become '?', and bytes print as signed hex.
  const bytes = Array.from(text, (c) => (c.charCodeAt(0) > 0xff ? 0x3f : c.charCodeAt(0)));
  let shiftTo = 18;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i++];
    if (b === 0x3d) {
      if ((shiftTo === 6 && (i === bytes.length || bytes[i++] !== 0x3d)) || shiftTo === 18) {
        return 'Input byte array has wrong 4-byte ending unit';
      }
      break;
    }
    if (ALPHABET.indexOf(String.fromCharCode(b)) < 0) {
      return `Illegal base64 character ${((b << 24) >> 24).toString(16)}`;
    }
    shiftTo -= 6;
    if (shiftTo < 0) shiftTo = 18;
  }
  if (shiftTo === 12) return 'Last unit does not have enough valid bits';
  if (i < bytes.length) return `Input byte array has incorrect ending byte at ${i}`;
  return undefined;
}
