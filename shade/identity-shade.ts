import type { ConfigShade } from '../core/plugin/contracts';

/** `shade.identifier = "default"` (or none): values pass through unchanged, as in SeaTunnel. */
export const identityShade = {
  kind: 'shade',
  identifier: 'default',
  encrypt: (value: string): string => value,
  decrypt: (value: string): string => value,
} as const satisfies ConfigShade;
