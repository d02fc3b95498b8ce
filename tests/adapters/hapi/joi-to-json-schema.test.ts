import Joi from 'joi';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { joiToJsonSchema, requiredKeys } from '../../../adapters/hapi/joi-to-json-schema';

const s = suite('joi-to-json-schema');

s('objects with required and optional keys, unknown keys, and descriptions', () => {
  const schema = Joi.object({
    name: Joi.string().min(1).max(10).required().description('the name'),
    count: Joi.number().integer().min(0).max(5),
    ratio: Joi.number(),
    on: Joi.boolean(),
  }).unknown(true);
  assert.equal(joiToJsonSchema(schema), {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 10, description: 'the name' },
      count: { type: 'integer', minimum: 0, maximum: 5 },
      ratio: { type: 'number' },
      on: { type: 'boolean' },
    },
    required: ['name'],
    additionalProperties: true,
  });
  assert.equal([...requiredKeys(schema)], ['name']);
});

s('arrays, enums, patterns, alternatives, maps and anything', () => {
  assert.equal(joiToJsonSchema(Joi.array().items(Joi.string().valid('a', 'b')).min(1)), { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, minItems: 1 });
  assert.equal(joiToJsonSchema(Joi.string().pattern(/^\d+$/)), { type: 'string', pattern: '^\\d+$' });
  assert.equal(joiToJsonSchema(Joi.alternatives(Joi.number().integer(), Joi.string())), { oneOf: [{ type: 'integer' }, { type: 'string' }] });
  assert.equal(joiToJsonSchema(Joi.object().pattern(Joi.string(), Joi.number())), { type: 'object', additionalProperties: { type: 'number' } });
  assert.equal(joiToJsonSchema(Joi.object({ a: Joi.any() })), { type: 'object', properties: { a: {} }, additionalProperties: false });
  assert.equal(joiToJsonSchema(Joi.any().description('x')), { description: 'x' });
});

s.run();
