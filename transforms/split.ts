import { ErrorCodes, SeatideError } from '../core/errors';
import { Options } from '../core/options/option';
import { OptionRule } from '../core/options/option-rule';
import type { TransformFactory } from '../core/plugin/contracts';
import { Types } from '../core/types/data-type';
import { type JavaPattern, compileJavaRegex, javaSplit } from './java-regex';
import { javaString } from './sql/java-text';
import { appendColumns, indexOfField, outputColumn, widen } from './transform-support';

export const SEPARATOR = Options.key('separator').stringType().describe('A Java regular expression to split on');
export const SPLIT_FIELD = Options.key('split_field').stringType().describe('The field to split');
export const OUTPUT_FIELDS = Options.key('output_fields').listType().describe('The STRING fields the parts go to, in order');

/**
 * Split: splits a field's text with a Java regex into at most as many parts as there are output fields
 * (the last part keeps the rest, missing parts are null, a null value gives all nulls). Outputs are STRING
 * columns added at the end (or overwriting same-named columns).
 */
export const splitTransform = {
  kind: 'transform',
  identifier: 'Split',
  description: 'Splits a field into several STRING fields',
  optionRule: OptionRule.builder().required(SEPARATOR, SPLIT_FIELD, OUTPUT_FIELDS).build(),
  create(ctx) {
    const input = ctx.inputTable;
    const source = indexOfField(input, 'Split', ctx.options.get(SPLIT_FIELD) ?? '');
    const sourceType = input.schema.columns[source].type;
    const names = ctx.options.get(OUTPUT_FIELDS) ?? [];
    let separator: JavaPattern;
    try {
      separator = compileJavaRegex(ctx.options.get(SEPARATOR) ?? '');
    } catch (e) {
      throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `transform 'Split': option 'separator': ${(e as Error).message}`, {
        cause: e,
        details: { plugin: 'Split', option: 'separator' },
      });
    }
    const { outputTable, indexes, arity } = appendColumns(input, names.map((n) => outputColumn(n, Types.STRING, { columnLength: 200 })));
    const limit = names.length;
    return {
      outputTable,
      map(row) {
        const out = widen(row, arity);
        const v = row.fields[source];
        const parts = v === null || v === undefined ? [] : javaSplit(typeof v === 'string' ? v : javaString(v, sourceType), separator, limit);
        for (let k = 0; k < limit; k++) out.fields[indexes[k]] = parts[k] ?? null;
        return out;
      },
    };
  },
} satisfies TransformFactory;
