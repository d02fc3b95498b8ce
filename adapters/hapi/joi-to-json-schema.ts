import type Joi from 'joi';

/** The subset of JSON Schema (OpenAPI 3.0 flavour) that route schemas need. */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  enum?: unknown[];
  oneOf?: JsonSchema[];
}

/** Joi's own description of a schema (`schema.describe()`), as far as this converter reads it. */
interface Description {
  type: string;
  flags?: { presence?: string; description?: string; only?: boolean; unknown?: boolean };
  keys?: Record<string, Description>;
  patterns?: { rule: Description }[];
  items?: Description[];
  matches?: { schema?: Description }[];
  allow?: unknown[];
  rules?: { name: string; args?: Record<string, unknown> }[];
}

/**
 * Converts a joi schema to JSON Schema from `schema.describe()`: objects (keys, required keys, unknown
 * keys, patterns), arrays, strings (enums, patterns, lengths), numbers and integers, booleans and
 * alternatives. Constructs beyond that (refs, conditionals) become an unconstrained schema, which is
 * still truthful for documentation.
 */
export function joiToJsonSchema(schema: Joi.Schema): JsonSchema {
  return convert(schema.describe() as Description);
}

function convert(d: Description): JsonSchema {
  const out: JsonSchema = {};
  const rule = (name: string) => d.rules?.find((r) => r.name === name)?.args;
  switch (d.type) {
    case 'object': {
      out.type = 'object';
      if (d.keys) {
        out.properties = {};
        const required: string[] = [];
        for (const [k, v] of Object.entries(d.keys)) {
          out.properties[k] = convert(v);
          if (v.flags?.presence === 'required') required.push(k);
        }
        if (required.length) out.required = required;
        out.additionalProperties = Boolean(d.flags?.unknown);
      }
      if (d.patterns?.length) out.additionalProperties = convert(d.patterns[0].rule);
      break;
    }
    case 'array':
      out.type = 'array';
      if (d.items?.length === 1) out.items = convert(d.items[0]);
      else if (d.items?.length) out.items = { oneOf: d.items.map(convert) };
      setNumber(out, 'minItems', rule('min')?.limit);
      setNumber(out, 'maxItems', rule('max')?.limit);
      break;
    case 'string': {
      out.type = 'string';
      setNumber(out, 'minLength', rule('min')?.limit);
      setNumber(out, 'maxLength', rule('max')?.limit);
      const regex = rule('pattern')?.regex;
      if (typeof regex === 'string') out.pattern = regex.replace(/^\/(.*)\/[a-z]*$/s, '$1');
      break;
    }
    case 'number':
      out.type = d.rules?.some((r) => r.name === 'integer') ? 'integer' : 'number';
      setNumber(out, 'minimum', rule('min')?.limit);
      setNumber(out, 'maximum', rule('max')?.limit);
      break;
    case 'boolean':
      out.type = 'boolean';
      break;
    case 'alternatives':
      out.oneOf = (d.matches ?? []).filter((m) => m.schema).map((m) => convert(m.schema as Description));
      break;
    default:
      break;
  }
  if (d.flags?.only && d.allow) out.enum = [...d.allow];
  if (d.flags?.description) out.description = d.flags.description;
  return out;
}

function setNumber(out: JsonSchema, key: 'minItems' | 'maxItems' | 'minLength' | 'maxLength' | 'minimum' | 'maximum', value: unknown): void {
  if (typeof value === 'number') out[key] = value;
}

/** Whether a key of an object schema is required (for query and path parameters). */
export function requiredKeys(schema: Joi.Schema): Set<string> {
  const d = schema.describe() as Description;
  return new Set(Object.entries(d.keys ?? {}).filter(([, v]) => v.flags?.presence === 'required').map(([k]) => k));
}
