import { copyTransform } from './copy';
import { fieldMapperTransform } from './field-mapper';
import { filterRowKindTransform } from './filter-row-kind';
import { filterTransform } from './filter';
import { jsonPathTransform } from './json-path';
import { replaceTransform } from './replace';
import { rowKindExtractorTransform } from './row-kind-extractor';
import { splitTransform } from './split';
import { sqlTransform } from './sql';

export {
  copyTransform, fieldMapperTransform, filterRowKindTransform, filterTransform, jsonPathTransform, replaceTransform,
  rowKindExtractorTransform, splitTransform, sqlTransform,
};

/** The transforms every runtime registers unless told not to. */
export const builtinTransforms = [
  copyTransform, fieldMapperTransform, filterTransform, filterRowKindTransform, replaceTransform, splitTransform,
  jsonPathTransform, rowKindExtractorTransform, sqlTransform,
] as const;
