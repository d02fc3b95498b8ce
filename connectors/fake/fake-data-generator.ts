import type { CatalogTable } from '../../core/catalog/catalog-table';
import { ErrorCodes, SeatideError } from '../../core/errors';
import { convertValue } from '../../core/types/convert-value';
import type { DataType } from '../../core/types/data-type';
import { Decimal } from '../../core/types/decimal';
import { parseTimeText, parseTimestampText } from '../../core/types/parse-temporal-text';
import { RowKind, SeaTunnelRow } from '../../core/types/row';
import { LocalDateTime } from '../../core/types/temporal';
import type { FakeSettings } from './fake-config';

type Gen = () => unknown;

/** What a generator knows of its column; nested array/map/row generators inherit it (SeaTunnel's column copy). */
interface ColumnSpec {
  readonly columnLength?: number;
  readonly columnScale?: number;
  readonly defaultValue?: unknown;
}

const ALPHA_CODES = Uint8Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (c) => c.charCodeAt(0));

/**
 * Random rows of one table, as SeaTunnel's FakeDataGenerator makes them: strings alphabetic (string.length,
 * or the column's columnLength), numbers uniform in [min, max) or picked from a template, decimals of random
 * digits, dates in the current year (months 1-12, days 1-28), arrays/maps of array.size/map.size, nested rows,
 * `null` typed columns null, and a column's defaultValue as a constant. One generator function per column is
 * built up front, so making a row is a plain loop.
 */
export class FakeDataGenerator {
  private readonly gens: Gen[];

  constructor(
    table: CatalogTable,
    private readonly settings: FakeSettings,
    private readonly tableId: string,
  ) {
    this.gens = table.schema.columns.map((c) => this.compile(c.type, c, c.name));
  }

  row(): SeaTunnelRow {
    const gens = this.gens;
    const fields = new Array<unknown>(gens.length);
    for (let i = 0; i < gens.length; i++) fields[i] = gens[i]();
    return new SeaTunnelRow(fields, RowKind.INSERT, this.tableId);
  }

  rows(count: number): SeaTunnelRow[] {
    const out = new Array<SeaTunnelRow>(count);
    for (let i = 0; i < count; i++) out[i] = this.row();
    return out;
  }

  private compile(type: DataType, col: ColumnSpec, name: string): Gen {
    if (col.defaultValue !== undefined && col.defaultValue !== null && isScalarKind(type.kind)) return defaultGen(type, col.defaultValue, name);
    const s = this.settings;
    switch (type.kind) {
      case 'STRING': {
        const template = s.stringTemplate;
        if (template) return () => pick(template);
        const len = col.columnLength ?? s.stringLength;
        return () => randomAlpha(len);
      }
      case 'BOOLEAN':
        return () => Math.random() < 0.5;
      case 'TINYINT':
        return intGen(s.tinyintTemplate?.map((v) => (v << 24) >> 24), s.tinyint.min, s.tinyint.max);
      case 'SMALLINT':
        return intGen(s.smallintTemplate?.map((v) => (v << 16) >> 16), s.smallint.min, s.smallint.max);
      case 'INT':
        return intGen(s.intTemplate, s.int.min, s.int.max);
      case 'BIGINT': {
        const template = s.bigintTemplate;
        if (template) return () => pick(template);
        return longGen(s.bigintMin, s.bigintMax);
      }
      case 'FLOAT': {
        const template = s.floatTemplate?.map(Math.fround);
        if (template) return () => pick(template);
        const { min, max } = s.float;
        const scale = col.columnScale;
        if (scale === undefined) return () => Math.fround(min + (max - min) * Math.random());
        return () => Math.fround(Number(Math.fround(min + (max - min) * Math.random()).toFixed(scale)));
      }
      case 'DOUBLE': {
        const template = s.doubleTemplate;
        if (template) return () => pick(template);
        const { min, max } = s.double;
        const scale = col.columnScale;
        if (scale === undefined) return () => min + (max - min) * Math.random();
        // SeaTunnel rounds a scaled double through a float; kept so the values match.
        return () => Math.fround(Number((min + (max - min) * Math.random()).toFixed(scale)));
      }
      case 'DECIMAL': {
        const { precision, scale } = type;
        return () => new Decimal(BigInt(randomDigits(precision) || '0'), scale);
      }
      case 'NULL':
        return () => null;
      case 'BYTES': {
        const len = s.bytesLength;
        return () => randomAlphaBytes(len);
      }
      case 'DATE':
        return () => this.randomDateTime().date;
      case 'TIME':
        return () => this.randomDateTime().time;
      case 'TIMESTAMP':
        return () => this.randomDateTime();
      case 'ARRAY': {
        const element = this.compile(type.element, col, name);
        const size = s.arraySize;
        return () => {
          const out = new Array<unknown>(size);
          for (let i = 0; i < size; i++) out[i] = element();
          return out;
        };
      }
      case 'MAP': {
        const key = this.compile(type.key, col, name);
        const value = this.compile(type.value, col, name);
        const size = s.mapSize;
        return () => {
          const out = new Map<unknown, unknown>();
          for (let i = 0; i < size; i++) out.set(key(), value());
          return out;
        };
      }
      case 'ROW': {
        const gens = type.types.map((t, i) => this.compile(t, col, `${name}.${type.names[i]}`));
        return () => new SeaTunnelRow(gens.map((g) => g()));
      }
      case 'FLOAT_VECTOR':
      case 'FLOAT16_VECTOR':
      case 'BFLOAT16_VECTOR':
        return this.vectorGen(type.kind, col.columnScale ?? s.vectorDimension);
      case 'BINARY_VECTOR': {
        const bytes = Math.floor((col.columnScale ?? s.binaryVectorDimension) / 8);
        return () => Uint8Array.from({ length: bytes }, () => (Math.random() * 256) | 0);
      }
      case 'SPARSE_FLOAT_VECTOR': {
        const count = col.columnScale ?? s.vectorDimension;
        const { min, max } = s.vectorFloat;
        return () => {
          const out = new Map<number, number>();
          while (out.size < count) out.set((Math.random() * 2147483647) | 0, Math.fround(min + (max - min) * Math.random()));
          return out;
        };
      }
    }
  }

  private vectorGen(kind: 'FLOAT_VECTOR' | 'FLOAT16_VECTOR' | 'BFLOAT16_VECTOR', count: number): Gen {
    const { min, max } = this.settings.vectorFloat;
    const width = kind === 'FLOAT_VECTOR' ? 4 : 2;
    return () => {
      const bytes = new Uint8Array(count * width);
      const view = new DataView(bytes.buffer);
      for (let i = 0; i < count; i++) {
        const v = Math.fround(min + (max - min) * Math.random());
        if (kind === 'FLOAT_VECTOR') view.setFloat32(i * 4, v);
        else view.setUint16(i * 2, kind === 'FLOAT16_VECTOR' ? toFloat16(v) : toBFloat16(v));
      }
      return bytes;
    };
  }

  private readonly year = new Date().getFullYear();

  private randomDateTime(): LocalDateTime {
    const s = this.settings;
    return LocalDateTime.of(
      s.yearTemplate ? pick(s.yearTemplate) : this.year,
      s.monthTemplate ? pick(s.monthTemplate) : 1 + ((Math.random() * 12) | 0),
      s.dayTemplate ? pick(s.dayTemplate) : 1 + ((Math.random() * 28) | 0),
      s.hourTemplate ? pick(s.hourTemplate) : (Math.random() * 24) | 0,
      s.minuteTemplate ? pick(s.minuteTemplate) : (Math.random() * 60) | 0,
      s.secondTemplate ? pick(s.secondTemplate) : (Math.random() * 60) | 0,
    );
  }
}

const pick = <T>(list: readonly T[]): T => list[(Math.random() * list.length) | 0];

function intGen(template: readonly number[] | undefined, min: number, max: number): Gen {
  if (template) return () => pick(template);
  if (min === max) return () => min;
  const range = max - min;
  return () => min + Math.floor(Math.random() * range);
}

function longGen(min: bigint, max: bigint): Gen {
  if (min === max) return () => min;
  const range = max - min;
  const r = Number(range);
  if (range <= BigInt(Number.MAX_SAFE_INTEGER)) return () => min + BigInt(Math.floor(Math.random() * r));
  // Wide ranges get 53 random bits scaled up: uneven in the last bits, but one BigInt per value.
  const last = max - 1n;
  return () => {
    const v = min + BigInt(Math.floor(Math.random() * r));
    return v > last ? last : v;
  };
}

/** Reused char-code buffers, one per length: fromCharCode over a filled array beats string concatenation. */
const CODE_BUFFERS: number[][] = [];

function randomAlpha(len: number): string {
  if (len > 4096) return Buffer.from(randomAlphaBytes(len)).toString('latin1');
  const codes = (CODE_BUFFERS[len] ??= new Array<number>(len));
  for (let i = 0; i < len; i++) codes[i] = ALPHA_CODES[(Math.random() * 52) | 0];
  return String.fromCharCode.apply(null, codes);
}

function randomAlphaBytes(len: number): Uint8Array {
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) out[i] = ALPHA_CODES[(Math.random() * 52) | 0];
  return out;
}

function randomDigits(len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) s += (Math.random() * 10) | 0;
  return s;
}

const isScalarKind = (k: DataType['kind']): boolean => k !== 'ARRAY' && k !== 'MAP' && k !== 'ROW' && k !== 'NULL';

/** A column's defaultValue, converted once; CURRENT_DATE/TIME/TIMESTAMP stay live (the time of each row). */
function defaultGen(type: DataType, raw: unknown, name: string): Gen {
  const text = String(raw);
  const word = text.toUpperCase();
  const now = () => LocalDateTime.ofEpochMillis(Date.now(), -new Date().getTimezoneOffset());
  let value: unknown;
  try {
    switch (type.kind) {
      case 'BOOLEAN':
        value = text.toLowerCase() === 'true';
        break;
      case 'BYTES':
        value = new Uint8Array(Buffer.from(text, 'utf8'));
        break;
      case 'DATE':
        if (word === 'CURRENT_DATE') return () => now().date;
        value = convertValue(text, type, name);
        break;
      case 'TIME':
        if (word === 'CURRENT_TIME') return () => now().time;
        value = parseTimeText(text, true) ?? fail(`'${text}' is not a time`);
        break;
      case 'TIMESTAMP':
        if (word === 'CURRENT_TIMESTAMP') return () => now();
        value = parseTimestampText(text) ?? fail(`'${text}' is not a timestamp`);
        break;
      default:
        value = convertValue(text, type, name);
    }
  } catch (e) {
    throw new SeatideError(ErrorCodes.ILLEGAL_ARGUMENT, `defaultValue of column '${name}': ${(e as Error).message}`, { cause: e, details: { field: name } });
  }
  return () => value;
}

function fail(text: string): never {
  throw new Error(text);
}

function toFloat16(value: number): number {
  const f = new DataView(new ArrayBuffer(4));
  f.setFloat32(0, value);
  const bits = f.getInt32(0);
  const sign = (bits >>> 16) & 0x8000;
  const exponent = ((bits >>> 23) & 0xff) - 112;
  const mantissa = bits & 0x007fffff;
  if (exponent <= 0) return sign;
  if (exponent > 0x1f) return sign | 0x7c00;
  return sign | (exponent << 10) | (mantissa >> 13);
}

function toBFloat16(value: number): number {
  const f = new DataView(new ArrayBuffer(4));
  f.setFloat32(0, value);
  return f.getUint16(0);
}
