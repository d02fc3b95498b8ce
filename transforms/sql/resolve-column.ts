import type { DataType, RowType } from '../../core/types/data-type';
import { SeaTunnelRow } from '../../core/types/row';
import type { ColumnRef } from './ast';
import { javaString } from './java-text';
import { SqlTypeError } from './sql-error';
import type { Evaluator } from './sql-function';

export interface ResolvedColumn {
  readonly type: DataType;
  readonly eval: Evaluator;
  /** The input column's name when the reference is a whole top-level column (keeps its metadata). */
  readonly sourceColumn?: string;
}

/**
 * Resolves `col`, `table.col`, `row_col.field.field` and `row_col.map_col.key` against the input row type.
 * Names are case-sensitive. A map must be the last level: its key is the last segment, and a missing key
 * gives null. A leading segment that is not a column is taken as the (unchecked) table name.
 */
export function resolveColumn(ref: ColumnRef, input: RowType): ResolvedColumn {
  const found = resolvePath(ref.parts, input, ref) ?? (ref.parts.length > 1 ? resolvePath(ref.parts.slice(1), input, ref) : undefined);
  if (!found) throw new SqlTypeError(`can't find field [${ref.parts.join('.')}]`, ref.pos);
  return found;
}

type Step = (v: unknown) => unknown;

function resolvePath(parts: readonly string[], input: RowType, ref: ColumnRef): ResolvedColumn | undefined {
  const top = input.names.indexOf(parts[0]);
  if (top < 0) return undefined;
  let type: DataType = input.types[top];
  if (parts.length === 1) return { type, eval: (f) => f[top], sourceColumn: parts[0] };
  const steps: Step[] = [];
  for (let i = 1; i < parts.length; i++) {
    const name = parts[i];
    if (type.kind === 'ROW') {
      const idx = type.names.indexOf(name);
      if (idx < 0) throw new SqlTypeError(`can't find field [${ref.parts.join('.')}]: ${type.names.length ? `'${name}' is not one of ${type.names.join(', ')}` : 'empty row'}`, ref.pos);
      steps.push((v) => (v instanceof SeaTunnelRow ? v.fields[idx] : null));
      type = type.types[idx];
    } else if (type.kind === 'MAP') {
      if (i !== parts.length - 1) {
        throw new SqlTypeError(
          'For now, when you query map field with inner query, it must be latest field or latest struct field! Please modify your query!',
          ref.pos,
        );
      }
      steps.push(mapLookup(name, type.key));
      type = type.value;
    } else {
      throw new SqlTypeError(`can't find field [${ref.parts.join('.')}]: '${parts.slice(0, i).join('.')}' is ${type.kind}, not a row or map`, ref.pos);
    }
  }
  if (steps.length === 1) {
    const [s] = steps;
    return { type, eval: (f) => { const v = f[top]; return v === null || v === undefined ? null : s(v); } };
  }
  return {
    type,
    eval: (f) => {
      let v: unknown = f[top];
      for (let k = 0; k < steps.length; k++) {
        if (v === null || v === undefined) return null;
        v = steps[k](v);
      }
      return v ?? null;
    },
  };
}

/** A map value by key text: string keys directly, other key types by their printed form. */
function mapLookup(key: string, keyType: DataType): Step {
  if (keyType.kind === 'STRING') return (m) => (m instanceof Map ? (m.get(key) ?? null) : null);
  return (m) => {
    if (!(m instanceof Map)) return null;
    for (const [k, v] of m) if (javaString(k, keyType) === key) return v ?? null;
    return null;
  };
}
