import { ErrorCodes, SeatideError } from '../errors';
import type { ConfigShade, PluginDefinition, PluginKind, SinkFactory, SourceFactory, TransformFactory } from './contracts';

type ByKind = { source: SourceFactory; transform: TransformFactory; sink: SinkFactory; shade: ConfigShade };

const KINDS: readonly PluginKind[] = ['source', 'transform', 'sink', 'shade'];

/**
 * The plugins one runtime knows, by kind and case-insensitive identifier. A value, not a global: create as
 * many as you need (`new PluginRegistry().with(...builtins)`). Duplicates throw at registration; an unknown
 * identifier throws PLUGIN-01 listing the identifiers that exist. There is no silent fallback.
 */
export class PluginRegistry {
  private readonly plugins: { [K in PluginKind]: Map<string, ByKind[K]> } = {
    source: new Map(),
    transform: new Map(),
    sink: new Map(),
    shade: new Map(),
  };

  /** Registers plugins and returns the registry, for chaining. */
  with(...definitions: readonly PluginDefinition[]): this {
    for (const d of definitions) this.register(d);
    return this;
  }

  register(definition: PluginDefinition): void {
    assertDefinition(definition);
    const map = this.plugins[definition.kind] as Map<string, PluginDefinition>;
    const id = definition.identifier.toLowerCase();
    if (map.has(id)) {
      throw new SeatideError(ErrorCodes.PLUGIN_DUPLICATE, `${definition.kind} '${definition.identifier}' is already registered`);
    }
    map.set(id, definition);
  }

  has(kind: PluginKind, identifier: string): boolean {
    return this.plugins[kind].has(identifier.toLowerCase());
  }

  get<K extends PluginKind>(kind: K, identifier: string): ByKind[K] {
    const found = (this.plugins[kind] as Map<string, ByKind[K]>).get(identifier.trim().toLowerCase());
    if (found) return found;
    const available = this.identifiers(kind);
    throw new SeatideError(
      ErrorCodes.PLUGIN_NOT_FOUND,
      `Could not find any ${kind} plugin for identifier '${identifier}'. Available ${kind} identifiers are: ${available.join(', ') || '(none)'}`,
      { details: { kind, plugin: identifier, available } },
    );
  }

  /** Identifiers of a kind, sorted, as registered. */
  identifiers(kind: PluginKind): string[] {
    return [...this.plugins[kind].values()].map((p) => p.identifier).sort((a, b) => a.localeCompare(b));
  }

  list<K extends PluginKind>(kind: K): ByKind[K][] {
    return [...(this.plugins[kind] as Map<string, ByKind[K]>).values()].sort((a, b) => a.identifier.localeCompare(b.identifier));
  }

  all(): PluginDefinition[] {
    return KINDS.flatMap((k) => this.list(k) as PluginDefinition[]);
  }
}

function assertDefinition(d: PluginDefinition): void {
  const bad = (why: string): never => {
    throw new SeatideError(ErrorCodes.PLUGIN_INVALID, `plugin definition ${JSON.stringify((d as { identifier?: unknown })?.identifier ?? null)}: ${why}`);
  };
  if (!d || typeof d !== 'object') bad('is not an object');
  if (!KINDS.includes(d.kind)) bad(`kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(d.kind)}`);
  if (typeof d.identifier !== 'string' || d.identifier.trim() === '') bad('identifier must be a non-empty string');
  if (d.kind === 'shade') {
    if (typeof d.encrypt !== 'function' || typeof d.decrypt !== 'function') bad('a shade needs encrypt and decrypt functions');
  } else {
    if (typeof d.create !== 'function') bad(`a ${d.kind} factory needs a create function`);
    if (!d.optionRule || typeof d.optionRule.validate !== 'function') bad(`a ${d.kind} factory needs an optionRule (OptionRule.builder()...build())`);
  }
}
