import type { AstField, AstInclude, AstObject } from './hocon-parser';
import type { Syntax } from './hocon-tokenizer';
import { list, obj, str, underPath, withFallback, type HoconValue, type ListValue } from './hocon-value';

/** The top-level blocks SeaTunnel's patched parser turns into ordered plugin lists. */
export const PLUGIN_BLOCKS: ReadonlySet<string> = new Set(['source', 'transform', 'sink']);

/**
 * Whether an object value being built is a plugin block. SeaTunnel checks the first element of the
 * innermost field's path (`source`, `source->x`), skipping JSON syntax. SeaTunnel 2.3.8 applied this at any
 * depth (a `sink { .. }` inside a plugin became a list, upstream issue #9936); later releases restrict it to
 * fields of the root object, which is what we do. Arrays and concatenations under such a field are built
 * while the field is on the stack, so their objects are converted too (`sink = [{...}]` gives
 * `[[...values]]`, as in SeaTunnel).
 */
export function isPluginBlock(pathStack: readonly (readonly string[])[], syntax: Syntax): boolean {
  return syntax === 'conf' && pathStack.length === 1 && PLUGIN_BLOCKS.has(pathStack[0][0]);
}

/** What the plugin-list conversion needs from the value builder. */
export interface PluginFieldBuilder {
  /** The value of a field, built with the field's path on the path stack. */
  fieldValue(field: AstField): HoconValue;
  /** Loads an include for its errors; SeaTunnel parses includes in a plugin block and then drops them. */
  discardInclude(include: AstInclude): void;
}

/**
 * `source { A { .. } B = { .. } A { .. } }` → `[{..., plugin_name: "A"}, {..., plugin_name: "B"}, {...}]`:
 * one element per field in source order, duplicates kept, `plugin_name` added as a fallback (a
 * `plugin_name` inside the block wins). A path key `Jdbc->x { .. }` gives `{x: {..}, plugin_name: "Jdbc"}`;
 * a non-object value (`Console = 1`) is kept as it is.
 */
export function pluginList(block: AstObject, builder: PluginFieldBuilder): ListValue {
  const items: HoconValue[] = [];
  for (const item of block.items) {
    if (item.kind === 'include') {
      builder.discardInclude(item);
      continue;
    }
    const [name, ...rest] = item.path;
    const value = underPath(rest, builder.fieldValue(item));
    items.push(withFallback(value, obj(new Map([['plugin_name', str(name)]]), true)));
  }
  return list(items);
}
