import { createCipheriv, createDecipheriv, randomUUID } from 'node:crypto';
import { type DataType, Types } from '../../../core/types/data-type';
import { exprText } from '../ast';
import { castFunction } from '../cast';
import { SqlRuntimeError, SqlTypeError } from '../sql-error';
import { type Arg, type SqlFunction, expectArgs, nullSafe, simple } from '../sql-function';
import { commonTypeOf } from '../type-rules';
import { sqlEquals } from '../values';

/** COALESCE, IFNULL, NULLIF, UUID and the DES_ENCRYPT/DES_DECRYPT functions SeaTunnel ships as UDFs. */

export const systemFunctions: readonly SqlFunction[] = [
  coalesce(['COALESCE'], 1, Infinity),
  coalesce(['IFNULL'], 2, 2),
  nullIf(),
  simple(['UUID'], [], Types.STRING, () => randomUUID()),
  des('DES_ENCRYPT', true),
  des('DES_DECRYPT', false),
];

/** The first non-null argument, converted to the type all arguments share. */
function coalesce(names: string[], minArgs: number, maxArgs: number): SqlFunction {
  return {
    names, minArgs, maxArgs,
    type: (args, name) => commonArgType(name, args),
    compile: (args, result) => {
      const parts = args.map((a) => ({ eval: a.eval, convert: castFunction(a.type, result) }));
      return (f) => {
        for (const p of parts) {
          const v = p.eval(f);
          if (v !== null && v !== undefined) return p.convert(v);
        }
        return null;
      };
    },
  };
}

function commonArgType(name: string, args: readonly Arg[]): DataType {
  const t = commonTypeOf(args.map((a) => a.type));
  if (typeof t === 'string') {
    throw new SqlTypeError(`${name.toUpperCase()}() arguments must share a type: ${t} (${args.map((a) => exprText(a.expr)).join(', ')})`, args[0].expr.pos);
  }
  return t;
}

/** NULLIF(a, b): null when a equals b, else a (numbers compare by value). */
function nullIf(): SqlFunction {
  return {
    names: ['NULLIF'], minArgs: 2, maxArgs: 2,
    type: (args) => args[0].type,
    compile: ([a, b]) => (f) => {
      const x = a.eval(f);
      if (x === null) return null;
      return sqlEquals(x, b.eval(f)) ? null : x;
    },
  };
}

/** DES/CBC/PKCS5Padding with the first 8 bytes of the password as key and "12345678" as IV, Base64 text. */
function des(name: string, encrypt: boolean): SqlFunction {
  const iv = Buffer.from('12345678', 'utf8');
  return {
    names: [name], minArgs: 2, maxArgs: 2,
    type: (args, n) => {
      expectArgs(n, args, ['string', 'string']);
      return Types.STRING;
    },
    compile: (args) => nullSafe(args, (password: string, data: string) => {
      if (password.length < 8) throw new SqlRuntimeError('Encrypt failed, password length must greater than 8');
      // single DES as triple DES with three equal keys: OpenSSL 3 keeps plain DES in its legacy provider only
      const k = Buffer.from(password, 'utf8').subarray(0, 8);
      const key = Buffer.concat([k, k, k]);
      try {
        if (encrypt) {
          const c = createCipheriv('des-ede3-cbc', key, iv);
          return Buffer.concat([c.update(data, 'utf8'), c.final()]).toString('base64');
        }
        const c = createDecipheriv('des-ede3-cbc', key, iv);
        return Buffer.concat([c.update(Buffer.from(data, 'base64')), c.final()]).toString('utf8');
      } catch {
        // SeaTunnel logs the failure and returns the input unchanged
        return data;
      }
    }),
  };
}
