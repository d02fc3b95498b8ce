import { aesGcmShade } from './aes-gcm-shade';
import { base64Shade } from './base64-shade';
import { identityShade } from './identity-shade';

/** The shades every runtime registers; `default` is explicit like the others, never an implicit fallback. */
export const builtinShades = [identityShade, base64Shade, aesGcmShade] as const;

export { identityShade } from './identity-shade';
export { base64Shade } from './base64-shade';
export { aesGcmShade, createAesGcmShade, generateAesGcmKey, AES_GCM_PREFIX, SHADE_KEY_ENV } from './aes-gcm-shade';
export { encryptConfig, decryptConfig, openConfigShade, sensitiveOptionsOf, type OpenedShade, type ShadeOperation } from './apply-shade';
export { redactConfig, redactText, REDACTED } from './redact-config';
export { DEFAULT_SENSITIVE_OPTIONS, SHADE_IDENTIFIER_KEY, SHADE_OPTIONS_KEY, SHADE_PROPERTIES_KEY, DEFAULT_SHADE_IDENTIFIER } from './sensitive-options';
export { javaStringOf, javaDoubleString } from './java-string-of';
