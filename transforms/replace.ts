import { ErrorCodes, SeatideError } from '../core/errors';
import { Options } from '../core/options/option';
import { OptionRule } from '../core/options/option-rule';
import type { TransformFactory } from '../core/plugin/contracts';
import { Types } from '../core/types/data-type';
import { type JavaPattern, compileJavaRegex, javaReplacement } from './java-regex';
import { javaString } from './sql/java-text';
import { appendColumns, indexOfField, widen } from './transform-support';

export const REPLACE_FIELD = Options.key('replace_field').stringType().describe('The field whose text is replaced');
export const PATTERN = Options.key('pattern').stringType().describe('The text (or Java regex) to replace');
export const REPLACEMENT = Options.key('replacement').stringType().describe('The new text ($1 refers to a group when is_regex)');
export const IS_REGEX = Options.key('is_regex').booleanType().defaultTo(false).describe('Treat pattern as a Java regular expression');
export const REPLACE_FIRST = Options.key('replace_first').booleanType().describe('With is_regex: replace only the first match');

/**
 * Replace: replaces text in one field, in place. Plain patterns replace every occurrence; with is_regex the
 * pattern is a Java regex and replace_first (required then) picks replaceFirst over replaceAll. The value is
 * taken as its text (the column becomes STRING); null stays null.
 */
export const replaceTransform = {
  kind: 'transform',
  identifier: 'Replace',
  description: 'Replaces text in a field, literally or by regular expression',
  optionRule: OptionRule.builder()
    .required(REPLACE_FIELD, PATTERN, REPLACEMENT)
    .optional(IS_REGEX)
    .conditional(IS_REGEX, true, REPLACE_FIRST)
    .build(),
  create(ctx) {
    const input = ctx.inputTable;
    const field = ctx.options.get(REPLACE_FIELD) ?? '';
    const index = indexOfField(input, 'Replace', field);
    const column = input.schema.columns[index];
    const pattern = ctx.options.get(PATTERN) ?? '';
    const replacement = ctx.options.get(REPLACEMENT) ?? '';
    const replace = ctx.options.get(IS_REGEX)
      ? regexReplacer(pattern, replacement, ctx.options.get(REPLACE_FIRST) ?? false)
      : literalReplacer(pattern, replacement);
    // the value becomes text, so a non-string column becomes a STRING one
    const { outputTable, indexes, arity } = appendColumns(input, [{ ...column, type: Types.STRING }]);
    const type = column.type;
    return {
      outputTable,
      map(row) {
        const out = widen(row, arity);
        const v = row.fields[index];
        out.fields[indexes[0]] = v === null || v === undefined ? null : replace(typeof v === 'string' ? v : javaString(v, type));
        return out;
      },
    };
  },
} satisfies TransformFactory;

function regexReplacer(pattern: string, replacement: string, first: boolean): (s: string) => string {
  let p: JavaPattern;
  let fn: (m: string, ...rest: unknown[]) => string;
  try {
    p = compileJavaRegex(pattern);
    fn = javaReplacement(replacement, p.groupCount);
  } catch (e) {
    throw new SeatideError(ErrorCodes.OPTION_VALIDATE, `transform 'Replace': ${(e as Error).message}`, {
      cause: e,
      details: { plugin: 'Replace', option: 'pattern' },
    });
  }
  return first ? (s) => s.replace(p.regex, fn) : (s) => s.replace(p.global, fn);
}

/** String.replace(target, replacement): every occurrence; an empty target goes between every character. */
function literalReplacer(pattern: string, replacement: string): (s: string) => string {
  if (pattern === '') return (s) => (s === '' ? replacement : replacement + s.split('').join(replacement) + replacement);
  return (s) => s.split(pattern).join(replacement);
}
