import { type CatalogTable, rowTypeOf } from '../../core/catalog/catalog-table';
import { ErrorCodes, SeatideError } from '../../core/errors';
import { Options } from '../../core/options/option';
import { OptionRule } from '../../core/options/option-rule';
import { type ConfigObject, ownerName } from '../../core/options/readonly-config';
import type { Sink, SinkFactory, SinkFactoryContext, SinkWriter } from '../../core/plugin/contracts';
import type { RowBatch, SeaTunnelRow } from '../../core/types/row';
import { checkCatalogTableRule } from './assert-catalog-rule';
import { AssertFieldChecker } from './assert-field-checker';
import { type AssertRules, type TableRules, type ValueRule, describeValueRule, parseAssertRules } from './assert-rules';

export const RULES = Options.key('rules')
  .objectType<ConfigObject>()
  .describe('row_rules (MIN_ROW/MAX_ROW), field_rules (field_name, field_type, field_value), catalog_table_rule, table-names, tables_configs');
export const MULTI_TABLE_SINK_REPLICA = Options.key('multi_table_sink_replica').intType().defaultTo(1).describe('Writers per table in a multi-table sink (accepted for compatibility)');

/**
 * Assert: the test oracle of SeaTunnel's e2e suite. `catalog_table_rule` is checked when the sink is created
 * (ASSERT-03), field rules on every row (ASSERT-01 fails the job at the first bad row), row counts per table
 * and `table-names` once every writer has closed (`finish`), summed over all parallel writers.
 */
export const assertSink = {
  kind: 'sink',
  guarantee: { level: 'none', note: 'checks the rows of one run; a resumed run checks only the rows it reads' },
  identifier: 'Assert',
  description: 'Checks rows, row counts and table schemas against rules; the job fails on the first broken rule',
  optionRule: OptionRule.builder().required(RULES).optional(MULTI_TABLE_SINK_REPLICA).build(),

  create(ctx: SinkFactoryContext): Sink {
    const rules = parseAssertRules(ctx.options.get(RULES) ?? {}, ownerName(ctx.options.owner));
    for (const table of ctx.inputTables) {
      const catalogRule = rulesOf(rules, table.tablePath.toString())?.catalogRule;
      if (catalogRule) checkCatalogTableRule(catalogRule, table);
    }
    return new AssertSink(rules, ctx.inputTables);
  },
} satisfies SinkFactory;

/** The rules that apply to the table at `path`. */
function rulesOf(rules: AssertRules, path: string): TableRules | undefined {
  return rules.byTable ? rules.byTable.get(path) : rules.all;
}

/** What the sink tracks per table key: rows seen, and the field checks bound to the table's row type. */
interface TableState {
  count: number;
  checker?: AssertFieldChecker | null;
}

class AssertSink implements Sink {
  private readonly states = new Map<string, TableState>();
  private readonly seenTableIds = new Set<string>();
  private readonly byPath = new Map<string, CatalogTable>();

  constructor(
    private readonly rules: AssertRules,
    private readonly tables: readonly CatalogTable[],
  ) {
    for (const t of tables) this.byPath.set(t.tablePath.toString(), t);
  }

  createWriter(): SinkWriter {
    return {
      write: (batch: RowBatch) => {
        for (let i = 0; i < batch.length; i++) this.accept(batch[i]);
      },
      close: () => undefined,
    };
  }

  /** Counts the row under its table and runs the table's field rules on it. */
  private accept(row: SeaTunnelRow): void {
    this.seenTableIds.add(row.tableId);
    // One input table takes every row; several are told apart by the row's table id.
    const table = this.tables.length === 1 ? this.tables[0] : this.byPath.get(row.tableId);
    const key = table ? table.tablePath.toString() : row.tableId;
    let state = this.states.get(key);
    if (!state) {
      state = { count: 0 };
      this.states.set(key, state);
    }
    state.count++;
    if (state.checker === undefined) state.checker = this.checkerFor(key, table);
    state.checker?.check(row);
  }

  private checkerFor(key: string, table: CatalogTable | undefined): AssertFieldChecker | null {
    const fieldRules = rulesOf(this.rules, key)?.fieldRules;
    if (!fieldRules || fieldRules.length === 0) return null;
    if (!table) {
      throw new SeatideError(ErrorCodes.ASSERT_RULE, `rows of table '${key}' reached the sink, which only knows ${[...this.byPath.keys()].join(', ') || 'no table'}`, {
        details: { table: key },
      });
    }
    return new AssertFieldChecker(fieldRules, rowTypeOf(table), key);
  }

  /** Row rules per table, then `table-names`: runs after every writer closed. */
  finish(): void {
    if (this.rules.byTable) {
      for (const [path, t] of this.rules.byTable) this.checkRowRules(t.rowRules, path);
    } else if (this.rules.all?.rowRules?.length) {
      const keys = this.tables.length ? [...this.byPath.keys()] : [...this.states.keys()];
      for (const key of keys.length ? keys : ['']) this.checkRowRules(this.rules.all.rowRules, key);
    }
    const want = this.rules.tableNames;
    if (want.length > 0) {
      const wanted = new Set(want);
      const seen = this.seenTableIds;
      if (wanted.size !== seen.size || [...seen].some((id) => !wanted.has(id))) {
        throw new SeatideError(ErrorCodes.ASSERT_RULE, `table names: [${[...seen].join(', ')}] is not equal to [${want.join(', ')}]`, {
          details: { tableNames: [...seen] },
        });
      }
    }
  }

  private checkRowRules(rules: readonly ValueRule[] | undefined, key: string): void {
    if (!rules) return;
    const count = this.states.get(key)?.count ?? 0;
    for (const r of rules) {
      const broken = (r.ruleType === 'MAX_ROW' && count > r.ruleValue!) || (r.ruleType === 'MIN_ROW' && count < r.ruleValue!);
      if (broken) {
        throw new SeatideError(ErrorCodes.ASSERT_RULE, `row num :${count} fail rule: ${describeValueRule(r)}`, { details: { table: key, rows: count } });
      }
    }
  }
}
