import { ErrorCodes, SeatideError } from '../core/errors';
import { Options } from '../core/options/option';
import { OptionRule } from '../core/options/option-rule';
import type { TransformFactory } from '../core/plugin/contracts';

export const COMPILE_LANGUAGE = Options.key('compile_language').stringType().describe('Not supported');
export const COMPILE_PATTERN = Options.key('compile_pattern').stringType().describe('Not supported');
export const SOURCE_CODE = Options.key('source_code').stringType().describe('Not supported');
export const ABSOLUTE_PATH = Options.key('absolute_path').stringType().describe('Not supported');

/**
 * DynamicCompile is known but refused: it would compile and run code taken from a submitted job config,
 * which lets anyone who can submit a job run anything on the host. Jobs using it fail before any row
 * moves, whatever their options; use Sql (or a registered transform plugin) instead.
 */
export const dynamicCompileTransform = {
  kind: 'transform',
  identifier: 'DynamicCompile',
  description: 'Not supported: running code from a job config is not allowed',
  optionRule: OptionRule.builder().optional(COMPILE_LANGUAGE, COMPILE_PATTERN, SOURCE_CODE, ABSOLUTE_PATH).build(),
  create(ctx) {
    throw new SeatideError(
      ErrorCodes.OPTION_VALIDATE,
      `transform '${ctx.pluginName || 'DynamicCompile'}': DynamicCompile is not supported: running code from a submitted job config is not allowed. Use the Sql transform or register a transform plugin instead.`,
      { details: { plugin: 'DynamicCompile' } },
    );
  },
} satisfies TransformFactory;
