import type { DataType, RowType } from '../../core/types/data-type';
import { type SelectStatement, exprText } from './ast';
import { type Condition, compileCondition } from './compile-condition';
import { ExpressionCompiler } from './compile-expression';
import { parseSelect } from './parser';
import { SqlError, SqlRuntimeError, toSeatideError } from './sql-error';
import type { Evaluator } from './sql-function';

export interface OutputColumn {
  readonly name: string;
  readonly type: DataType;
  /** Set when the column is a plain reference to this input column (its metadata carries over). */
  readonly sourceColumn?: string;
}

export interface CompiledQuery {
  readonly columns: readonly OutputColumn[];
  /** The table named in FROM (not enforced). */
  readonly fromName: string;
  /** The output fields for a row's input fields, or null when WHERE drops it. Throws SqlRuntimeError. */
  project(fields: readonly unknown[]): unknown[] | null;
}

/**
 * Parses, validates and type-checks a query once and compiles it into closures. Errors in the query throw
 * SeatideError COMMON-05 naming the line and column (`SQL parse failed at line 1, column 17: ...`).
 */
export function compileQuery(sql: string, input: RowType): CompiledQuery {
  try {
    return build(parseSelect(sql), input);
  } catch (e) {
    if (e instanceof SqlError) throw toSeatideError(e, sql);
    throw e;
  }
}

function build(stmt: SelectStatement, input: RowType): CompiledQuery {
  const compiler = new ExpressionCompiler(input);
  const columns: OutputColumn[] = [];
  const evals: Evaluator[] = [];
  const labels: string[] = [];
  for (const item of stmt.items) {
    if (item.kind === 'all') {
      input.names.forEach((name, i) => {
        columns.push({ name, type: input.types[i], sourceColumn: name });
        evals.push((f) => f[i]);
        labels.push(name);
      });
      continue;
    }
    const c = compiler.compile(item.expr);
    const name = item.alias ?? (item.expr.kind === 'column' ? item.expr.parts[item.expr.parts.length - 1] : exprText(item.expr));
    columns.push({ name, type: c.type, sourceColumn: c.sourceColumn });
    evals.push(c.eval);
    labels.push(exprText(item.expr));
  }
  const where: Condition | undefined = stmt.where ? compileCondition(stmt.where, compiler) : undefined;
  const n = evals.length;
  return {
    columns,
    fromName: stmt.from.name,
    project(fields) {
      if (where && !evalWhere(where, fields, stmt)) return null;
      const out = new Array(n);
      let k = 0;
      try {
        for (; k < n; k++) out[k] = evals[k](fields);
      } catch (e) {
        throw new SqlRuntimeError(`evaluating '${labels[k]}' (column '${columns[k].name}') failed: ${(e as Error).message}`, { cause: e });
      }
      return out;
    },
  };
}

function evalWhere(where: Condition, fields: readonly unknown[], stmt: SelectStatement): boolean {
  try {
    return where(fields);
  } catch (e) {
    throw new SqlRuntimeError(`evaluating WHERE ${exprText(stmt.where!)} failed: ${(e as Error).message}`, { cause: e });
  }
}
