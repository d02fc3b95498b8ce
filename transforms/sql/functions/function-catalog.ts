import type { SqlFunction } from '../sql-function';
import { datetimeFunctions } from './datetime-functions';
import { numericFunctions } from './numeric-functions';
import { regexFunctions } from './regex-functions';
import { stringFunctions } from './string-functions';
import { systemFunctions } from './system-functions';

/** Every SQL function by upper-case name (function names are case-insensitive). */
export const FUNCTIONS: ReadonlyMap<string, SqlFunction> = new Map(
  [...stringFunctions, ...regexFunctions, ...numericFunctions, ...datetimeFunctions, ...systemFunctions].flatMap((f) => f.names.map((n) => [n, f] as const)),
);
