/**
 * An exact decimal: an unscaled bigint and a scale (value = unscaled × 10^-scale), as Java's BigDecimal.
 * No binary floating point is involved in parsing, printing or comparing.
 */
export class Decimal {
  constructor(
    readonly unscaled: bigint,
    readonly scale: number,
  ) {}

  static readonly ZERO = new Decimal(0n, 0);

  /** Parses `-12.340`, `1e3`, `+.5`; throws a RangeError naming the text when it is not a number. */
  static parse(text: string): Decimal {
    const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text);
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`'${text}' is not a decimal number`);
    const [, sign, int, frac = '', exp] = m;
    let scale = frac.length - (exp ? Number(exp) : 0);
    let unscaled = BigInt(`${int || '0'}${frac}`);
    if (scale < 0) {
      unscaled *= 10n ** BigInt(-scale);
      scale = 0;
    }
    return new Decimal(sign === '-' ? -unscaled : unscaled, scale);
  }

  /** From a JS number through its shortest round-trip text (what a user wrote), not its binary expansion. */
  static fromNumber(n: number): Decimal {
    if (!Number.isFinite(n)) throw new RangeError(`${n} is not a finite number`);
    return Decimal.parse(String(n));
  }

  static from(v: Decimal | bigint | number | string): Decimal {
    if (v instanceof Decimal) return v;
    if (typeof v === 'bigint') return new Decimal(v, 0);
    if (typeof v === 'number') return Decimal.fromNumber(v);
    return Decimal.parse(v);
  }

  /** Digits in the unscaled value (BigDecimal.precision()). */
  get precision(): number {
    const a = this.unscaled < 0n ? -this.unscaled : this.unscaled;
    return a === 0n ? 1 : a.toString().length;
  }

  /** Rescales with HALF_UP rounding when digits are dropped (BigDecimal.setScale(s, HALF_UP)). */
  setScale(scale: number): Decimal {
    if (scale === this.scale) return this;
    if (scale > this.scale) return new Decimal(this.unscaled * 10n ** BigInt(scale - this.scale), scale);
    const div = 10n ** BigInt(this.scale - scale);
    const q = this.unscaled / div;
    const r = this.unscaled % div;
    const twice = (r < 0n ? -r : r) * 2n;
    const rounded = twice >= div ? q + (this.unscaled < 0n ? -1n : 1n) : q;
    return new Decimal(rounded, scale);
  }

  /** Drops trailing zeros of the fraction (BigDecimal.stripTrailingZeros, without going negative in scale). */
  stripTrailingZeros(): Decimal {
    let u = this.unscaled;
    let s = this.scale;
    while (s > 0 && u % 10n === 0n) {
      u /= 10n;
      s--;
    }
    return new Decimal(u, s);
  }

  compareTo(other: Decimal): number {
    const s = Math.max(this.scale, other.scale);
    const a = this.setScale(s).unscaled;
    const b = other.setScale(s).unscaled;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** Numeric equality regardless of scale (compareTo == 0); `equalsExact` compares scale too, as BigDecimal.equals. */
  equals(other: Decimal): boolean {
    return this.compareTo(other) === 0;
  }

  equalsExact(other: Decimal): boolean {
    return this.scale === other.scale && this.unscaled === other.unscaled;
  }

  add(o: Decimal): Decimal {
    const s = Math.max(this.scale, o.scale);
    return new Decimal(this.setScale(s).unscaled + o.setScale(s).unscaled, s);
  }

  subtract(o: Decimal): Decimal {
    return this.add(o.negate());
  }

  multiply(o: Decimal): Decimal {
    return new Decimal(this.unscaled * o.unscaled, this.scale + o.scale);
  }

  negate(): Decimal {
    return new Decimal(-this.unscaled, this.scale);
  }

  signum(): number {
    return this.unscaled === 0n ? 0 : this.unscaled < 0n ? -1 : 1;
  }

  abs(): Decimal {
    return this.unscaled < 0n ? this.negate() : this;
  }

  /** Rescales with a java.math.RoundingMode (BigDecimal.setScale(scale, mode)). */
  round(scale: number, mode: RoundingMode): Decimal {
    if (scale >= this.scale) return this.setScale(scale);
    const q = divideRounded(this.unscaled, 10n ** BigInt(this.scale - scale), mode);
    // A negative scale (rounding to tens, hundreds) comes back at scale 0, the only form this class prints.
    return scale < 0 ? new Decimal(q * 10n ** BigInt(-scale), 0) : new Decimal(q, scale);
  }

  /** this / o with `scale` fraction digits (BigDecimal.divide(o, scale, mode)); throws RangeError on zero. */
  divide(o: Decimal, scale: number, mode: RoundingMode): Decimal {
    if (o.unscaled === 0n) throw new RangeError('Division by zero');
    // value = (a / 10^sa) / (b / 10^sb); scaled by 10^scale → a * 10^(scale + sb - sa) / b
    const shift = scale + o.scale - this.scale;
    const num = shift >= 0 ? this.unscaled * 10n ** BigInt(shift) : this.unscaled;
    const den = shift >= 0 ? o.unscaled : o.unscaled * 10n ** BigInt(-shift);
    return new Decimal(divideRounded(num, den, mode), scale);
  }

  /** this - o * trunc(this / o), with the larger scale (BigDecimal.remainder); throws RangeError on zero. */
  remainder(o: Decimal): Decimal {
    if (o.unscaled === 0n) throw new RangeError('Division by zero');
    const s = Math.max(this.scale, o.scale);
    return new Decimal(this.setScale(s).unscaled % o.setScale(s).unscaled, s);
  }

  toNumber(): number {
    return Number(this.toString());
  }

  /** Plain notation with exactly `scale` fraction digits (BigDecimal.toPlainString). */
  toString(): string {
    const neg = this.unscaled < 0n;
    const digits = (neg ? -this.unscaled : this.unscaled).toString();
    if (this.scale === 0) return `${neg ? '-' : ''}${digits}`;
    const padded = digits.padStart(this.scale + 1, '0');
    return `${neg ? '-' : ''}${padded.slice(0, -this.scale)}.${padded.slice(-this.scale)}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

/** java.math.RoundingMode names. */
export type RoundingMode = 'UP' | 'DOWN' | 'CEILING' | 'FLOOR' | 'HALF_UP' | 'HALF_DOWN' | 'HALF_EVEN';

/** num / den rounded to an integer with `mode`. */
function divideRounded(num: bigint, den: bigint, mode: RoundingMode): bigint {
  const q = num / den;
  const r = num % den;
  if (r === 0n) return q;
  const negative = (num < 0n) !== (den < 0n);
  const away = negative ? q - 1n : q + 1n;
  const twice = (r < 0n ? -r : r) * 2n;
  const absDen = den < 0n ? -den : den;
  switch (mode) {
    case 'UP': return away;
    case 'DOWN': return q;
    case 'CEILING': return negative ? q : away;
    case 'FLOOR': return negative ? away : q;
    case 'HALF_UP': return twice >= absDen ? away : q;
    case 'HALF_DOWN': return twice > absDen ? away : q;
    case 'HALF_EVEN': return twice > absDen || (twice === absDen && q % 2n !== 0n) ? away : q;
  }
}
