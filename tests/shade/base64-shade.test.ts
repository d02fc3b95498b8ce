import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SeatideError } from '../../core/errors';
import { base64Shade, javaBase64Problem } from '../../shade/base64-shade';

const s = suite('base64-shade');

s("encodes as SeaTunnel's Base64ConfigShade (UTF-8, standard alphabet, padding)", () => {
  assert.is(base64Shade.identifier, 'base64');
  assert.is(base64Shade.encrypt('seatunnel'), 'c2VhdHVubmVs');
  assert.is(base64Shade.encrypt('seatunnel_password'), 'c2VhdHVubmVsX3Bhc3N3b3Jk');
  assert.is(base64Shade.encrypt('ü'), 'w7w=');
  assert.is(base64Shade.encrypt('😀'), '8J+YgA==');
  assert.is(base64Shade.encrypt('?>?'), 'Pz4/');
  assert.is(base64Shade.encrypt(''), '');
});

s('decodes what it encodes, padded or not', () => {
  assert.is(base64Shade.decrypt('c2VhdHVubmVsX3Bhc3N3b3Jk'), 'seatunnel_password');
  assert.is(base64Shade.decrypt('8J+YgA=='), '😀');
  assert.is(base64Shade.decrypt('YQ=='), 'a');
  assert.is(base64Shade.decrypt('YQ'), 'a');
  assert.is(base64Shade.decrypt('YWI='), 'ab');
  assert.is(base64Shade.decrypt(''), '');
});

s("rejects what Java's Base64 decoder rejects, with Java's message", () => {
  const cases: Array<[string, string]> = [
    ['-abc', 'Illegal base64 character 2d'],
    ['ab_c', 'Illegal base64 character 5f'],
    ['ab c', 'Illegal base64 character 20'],
    ['éa', 'Illegal base64 character -17'],
    ['日本', 'Illegal base64 character 3f'],
    ['a', 'Input byte[] should at least have 2 bytes for base64 bytes'],
    ['abcde', 'Last unit does not have enough valid bits'],
    ['YQ=', 'Input byte array has wrong 4-byte ending unit'],
    ['YQ=x', 'Input byte array has wrong 4-byte ending unit'],
    ['YWJj=', 'Input byte array has wrong 4-byte ending unit'],
    ['YQ==YQ', 'Input byte array has incorrect ending byte at 4'],
  ];
  for (const [input, message] of cases) {
    assert.is(javaBase64Problem(input), message, input);
    try {
      base64Shade.decrypt(input);
      assert.unreachable(`decrypt(${input}) should throw`);
    } catch (e) {
      assert.instance(e, SeatideError);
      assert.is((e as SeatideError).code, 'SHADE-02');
      assert.ok((e as SeatideError).message.includes(message), (e as Error).message);
    }
  }
});

s.run();
