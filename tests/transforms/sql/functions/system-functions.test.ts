import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { sql, sqlError, text } from '../sql-harness';

const s = suite('system-functions');

s('COALESCE / IFNULL: first non-null, typed as what all arguments share', () => {
  assert.equal([text("coalesce(cast(n as string), 'x')"), text('coalesce(n, i)'), text('ifnull(n, 2.5)'), sql('ifnull(n, 2.5)').typeName], ['x', '7', '2.5', 'DOUBLE']);
  assert.equal([sql('coalesce(n, i, l)').value, sql('coalesce(n, dec)').typeName, sql('coalesce(null, null)').value], [7n, 'Decimal(10, 2)', null]);
  assert.match(sqlError("coalesce(dt, 'x')"), /COALESCE\(\) arguments must share a type: DATE type not compatible STRING/);
  assert.match(sqlError('ifnull(n)'), /IFNULL\(\) takes 2 arguments, got 1/);
});

s('NULLIF compares numbers by value', () => {
  assert.equal([sql('nullif(i, 7)').value, sql('nullif(i, 7.0)').value, sql('nullif(i, 8)').value, sql("nullif(s, 'x')").value, sql('nullif(n, 1)').value], [null, null, 7, 'Hello World', null]);
});

s('UUID is a fresh random UUID per row', () => {
  const a = sql('uuid()').value as string;
  assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.is.not(sql('UUID()').value, a);
});

s('DES_ENCRYPT / DES_DECRYPT: DES/CBC/PKCS5 with the first 8 password bytes, Base64; null in, null out', () => {
  // DES-CBC, PKCS5 padding, key and IV "12345678", of "Joy Ding"
  assert.is(text("des_encrypt('1234567890', 'Joy Ding')"), '+jXI7ngL1UzB8yoBYEVgoQ==');
  assert.is(text("des_decrypt('1234567890', des_encrypt('1234567890', s))"), 'Hello World');
  assert.is(text("des_decrypt('12345678', 'not base64 ciphertext')"), 'not base64 ciphertext');
  assert.is(sql("des_encrypt('1234567890', cast(n as string))").value, null);
  assert.match(sqlError("des_encrypt('short', s)"), /password length must greater than 8/);
});

s.run();
