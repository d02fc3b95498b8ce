import { copyTransform } from './copy';
import { dynamicCompileTransform } from './dynamic-compile';
import { fieldMapperTransform } from './field-mapper';
import { fieldRenameTransform } from './field-rename';
import { filterRowKindTransform } from './filter-row-kind';
import { filterTransform } from './filter';
import { jsonPathTransform } from './json-path';
import { replaceTransform } from './replace';
import { rowKindExtractorTransform } from './row-kind-extractor';
import { splitTransform } from './split';
import { sqlTransform } from './sql';
import { tableRenameTransform } from './table-rename';

export {
  copyTransform, dynamicCompileTransform, fieldMapperTransform, fieldRenameTransform, filterRowKindTransform, filterTransform,
  jsonPathTransform, replaceTransform, rowKindExtractorTransform, splitTransform, sqlTransform, tableRenameTransform,
};

/** The transforms every runtime registers unless told not to. */
export const builtinTransforms = [
  copyTransform, fieldMapperTransform, filterTransform, filterRowKindTransform, replaceTransform, splitTransform,
  jsonPathTransform, rowKindExtractorTransform, fieldRenameTransform, tableRenameTransform, sqlTransform, dynamicCompileTransform,
] as const;
