import { type Column, column, rowTypeOf, withColumns } from '../core/catalog/catalog-table';
import { ErrorCodes, SeatideError } from '../core/errors';
import { Options } from '../core/options/option';
import { OptionRule } from '../core/options/option-rule';
import type { TransformFactory } from '../core/plugin/contracts';
import { SeaTunnelRow } from '../core/types/row';
import { compileQuery } from './sql/compile-query';

export const QUERY = Options.key('query').stringType().describe('The query: SELECT items FROM table [WHERE condition]');
export const ENGINE = Options.key('engine').stringType().defaultTo('ZETA').describe('The SQL engine type; only ZETA is available');

/**
 * Sql: runs `SELECT ... FROM t [WHERE ...]` on each row. The query is parsed, type-checked and compiled
 * once at create time, so a bad query fails before any row moves; rows not matching WHERE are dropped.
 * Output columns are typed per expression; plain column references keep the input column's metadata.
 */
export const sqlTransform = {
  kind: 'transform',
  identifier: 'Sql',
  description: 'Transforms rows with a SQL query (SeaTunnel Zeta SQL functions)',
  optionRule: OptionRule.builder().required(QUERY).optional(ENGINE).build(),
  create(ctx) {
    const engine = ctx.options.get(ENGINE);
    if (engine.toUpperCase() !== 'ZETA') {
      throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `transform 'Sql': engine '${engine}' is not supported, only ZETA`, {
        details: { plugin: 'Sql', option: 'engine' },
      });
    }
    const query = ctx.options.get(QUERY) ?? '';
    const input = ctx.inputTable;
    const compiled = compileQuery(query, rowTypeOf(input));
    warnOnTableName(compiled.fromName, inputName(ctx.options.lookup('plugin_input') ?? ctx.options.lookup('source_table_name')), input.tablePath.tableName, ctx.logger);
    const byName = new Map(input.schema.columns.map((c) => [c.name, c]));
    const columns: Column[] = compiled.columns.map((c) => {
      const source = c.sourceColumn === undefined ? undefined : byName.get(c.sourceColumn);
      return source ? Object.freeze({ ...source, name: c.name, type: c.type }) : column(c.name, c.type, { nullable: true, columnLength: 0 });
    });
    const outputTable = withColumns(input, columns);
    return {
      outputTable,
      map(row) {
        let fields: unknown[] | null;
        try {
          fields = compiled.project(row.fields);
        } catch (e) {
          throw new SeatideError(ErrorCodes.TRANSFORM_FAILED, `transform 'Sql': ${(e as Error).message}; query: ${query}`, {
            cause: e,
            details: { plugin: 'Sql' },
          });
        }
        return fields === null ? null : new SeaTunnelRow(fields, row.kind, row.tableId);
      },
    };
  },
} satisfies TransformFactory;

function inputName(v: unknown): string | undefined {
  if (Array.isArray(v)) return v.length ? String(v[0]) : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** SeaTunnel does not enforce the FROM name; it only warns when it names neither the input nor the table. */
function warnOnTableName(from: string, input: string | undefined, table: string, logger: { warn(m: string): void }): void {
  const same = (a: string | undefined) => a !== undefined && a.toLowerCase() === from.toLowerCase();
  if (!same(input) && !same(table)) {
    logger.warn(`SQL table name ${from} is not equal to input table name ${input ?? '(none)'} or catalog table name ${table}`);
  }
}
