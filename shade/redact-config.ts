import { isLosslessNumber } from 'lossless-json';
import type { PluginRegistry } from '../core/plugin/registry';
import type { ConfigObject } from '../core/options/readonly-config';
import { sensitiveOptionsOf } from './apply-shade';
import { javaStringOf } from './java-string-of';
import { SHADE_PROPERTIES_KEY } from './sensitive-options';

/** What a hidden value reads as (SeaTunnel's desensitized logs print the same). */
export const REDACTED = '******';

/** Shorter secrets are not searched for in free text: blanking every "id" or "abc" would garble messages. */
const MIN_TEXT_SECRET = 4;

/**
 * A copy of `config` fit for logs, job info and error messages: every sensitive option (the declared list,
 * the selected shade's own and `env."shade.options"`) is replaced by "******" at ANY depth, with names
 * compared case-insensitively, and every entry of `env."shade.properties"` (key material) is hidden too.
 * Broader than encryption on purpose: hiding too much in a log costs little. Null values stay null, since
 * "no password set" is worth seeing and reveals nothing. Never throws.
 */
export function redactConfig(config: ConfigObject, registry?: PluginRegistry): ConfigObject {
  const names = sensitiveNameSet(config, registry);
  return redactObject(config, names, true) as ConfigObject;
}

/**
 * `text` with every sensitive value of `config` (as {@link redactConfig} finds them) replaced by "******",
 * for messages that may quote a secret (a driver's "access denied for 'secret'"). Values under four
 * characters are left alone.
 */
export function redactText(text: string, config: ConfigObject, registry?: PluginRegistry): string {
  return textRedactor(config, registry)(text);
}

/**
 * `redactText` for many texts of one config: the secrets are collected once. A job's logger and its error
 * messages go through one of these, built from the decrypted config, so values a plugin quotes are hidden.
 */
export function textRedactor(config: ConfigObject, registry?: PluginRegistry): (text: string) => string {
  const secrets = new Set<string>();
  collectSecrets(config, sensitiveNameSet(config, registry), true, secrets);
  const longestFirst = [...secrets].filter((s) => s.length >= MIN_TEXT_SECRET).sort((a, b) => b.length - a.length);
  if (longestFirst.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const s of longestFirst) if (out.includes(s)) out = out.split(s).join(REDACTED);
    return out;
  };
}

function sensitiveNameSet(config: ConfigObject, registry?: PluginRegistry): Set<string> {
  return new Set(sensitiveOptionsOf(config, registry).map((n) => n.toLowerCase()));
}

function redactObject(value: unknown, names: ReadonlySet<string>, root: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => redactObject(v, names, false));
  if (!isObject(value)) return value;
  const out: ConfigObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (root && key === 'env' && isObject(v)) out[key] = redactEnv(v, names);
    else out[key] = v !== null && v !== undefined && names.has(key.toLowerCase()) ? REDACTED : redactObject(v, names, false);
  }
  return out;
}

function redactEnv(env: ConfigObject, names: ReadonlySet<string>): ConfigObject {
  const out = redactObject(env, names, false) as ConfigObject;
  const props = env[SHADE_PROPERTIES_KEY];
  if (isObject(props)) {
    out[SHADE_PROPERTIES_KEY] = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v === null || v === undefined ? v : REDACTED]));
  }
  return out;
}

function collectSecrets(value: unknown, names: ReadonlySet<string>, root: boolean, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectSecrets(v, names, false, into);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    if (names.has(key.toLowerCase())) into.add(javaStringOf(v));
    else if (root && key === 'env' && isObject(v) && isObject(v[SHADE_PROPERTIES_KEY])) {
      for (const p of Object.values(v[SHADE_PROPERTIES_KEY] as ConfigObject)) if (p !== null && p !== undefined) into.add(javaStringOf(p));
      collectSecrets(v, names, false, into);
    } else collectSecrets(v, names, false, into);
  }
}

function isObject(v: unknown): v is ConfigObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isLosslessNumber(v);
}
