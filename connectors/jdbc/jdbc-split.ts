import { Decimal } from '../../core/types/decimal';
import type { SqlDialect } from './sql-dialect';

/** One part of a read: a SELECT and its parameters. Splits are numbered; reader i takes splits i, i+p, ... */
export interface JdbcSplit {
  readonly id: number;
  readonly sql: string;
  readonly params: readonly unknown[];
}

export interface PartitionPlan {
  /** The partition column, unquoted. */
  readonly column: string;
  readonly lower: Decimal;
  readonly upper: Decimal;
  readonly count: number;
  /** Rows whose partition value is NULL go to the first split (when the bounds came from the data). */
  readonly includeNulls: boolean;
}

/** ⌊d⌋ as a bigint. */
export function floorOf(d: Decimal): bigint {
  const div = 10n ** BigInt(d.scale);
  const q = d.unscaled / div;
  return d.unscaled < 0n && q * div !== d.unscaled ? q - 1n : q;
}

/**
 * Splits `baseSql` into `plan.count` ranges of the partition column of (nearly) equal width, as SeaTunnel's
 * JdbcNumericBetweenParametersProvider does. Ranges are half-open, so fractional values between two integer
 * boundaries land in exactly one split; the first starts at the exact lower bound, the last ends at the
 * exact upper bound (inclusive).
 */
export function partitionSplits(baseSql: string, d: SqlDialect, plan: PartitionPlan): JdbcSplit[] {
  if (plan.lower.compareTo(plan.upper) > 0) return [{ id: 0, sql: baseSql, params: [] }];
  const col = `seatide_split.${d.quote(plan.column)}`;
  const low = floorOf(plan.lower);
  const span = floorOf(plan.upper) - low + 1n;
  const wanted = BigInt(Math.max(1, plan.count));
  const step = (span + wanted - 1n) / wanted;
  const n = Number((span + step - 1n) / step);
  const splits: JdbcSplit[] = [];
  for (let i = 0; i < n; i++) {
    const params: unknown[] = [];
    const p = (v: Decimal) => {
      params.push(d.boundParam(v));
      return d.param(params.length - 1);
    };
    const start = i === 0 ? plan.lower : new Decimal(low + BigInt(i) * step, 0);
    const lowerCond = `${col} >= ${p(start)}`;
    const upperCond = i === n - 1 ? `${col} <= ${p(plan.upper)}` : `${col} < ${p(new Decimal(low + BigInt(i + 1) * step, 0))}`;
    let where = `${lowerCond} AND ${upperCond}`;
    if (i === 0 && plan.includeNulls) where = `(${col} IS NULL OR (${where}))`;
    splits.push({ id: i, sql: `SELECT * FROM (${baseSql}) seatide_split WHERE ${where}`, params });
  }
  return splits;
}
