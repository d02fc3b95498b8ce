import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_SENSITIVE_OPTIONS, sensitiveOptionNames } from '../../shade/sensitive-options';

const s = suite('sensitive-options');

s('declares the six default sensitive option names', () => {
  assert.equal([...DEFAULT_SENSITIVE_OPTIONS].sort(), ['access_key', 'auth', 'password', 'secret_key', 'token', 'username']);
  assert.ok(Object.isFrozen(DEFAULT_SENSITIVE_OPTIONS));
});

s("adds the shade's and the env's names after the defaults, once each", () => {
  const names = sensitiveOptionNames(['api_secret', 'password'], ['dsn', 'api_secret']);
  assert.equal(names, [...DEFAULT_SENSITIVE_OPTIONS, 'api_secret', 'dsn']);
  assert.equal(sensitiveOptionNames(), [...DEFAULT_SENSITIVE_OPTIONS]);
});

s.run();
