import type { SaxesParser, SaxesTagPlain } from 'saxes';
import { SeatideError } from '../../../core/errors';
import { SeaTunnelRow } from '../../../core/types/row';
import { FORMAT_SUFFIXES } from '../file-options';
import { fileError, openMembers } from '../input-members';
import { saxes } from '../lazy-modules';
import { textDecoder } from '../line-splitter';
import { BATCH_ROWS, type FormatReader, type TableReadPlan, emittedPositions, parseError } from '../read-plan';
import { type LooseContext, convertLoose } from './loose-value';
import { makeSplitter } from './text-fields';

/**
 * Reads XML files as SeaTunnel's XmlReadStrategy, streamed through a SAX parser: every element named
 * `xml_row_tag` is a row; its fields are its attributes (`xml_use_attr_format = true`) or the text of its
 * child elements, matched to columns by name. A row element with none of the columns is skipped; a blank
 * value is null.
 */
export const readXmlFile: FormatReader = async function* (plan, file, tail) {
  const o = plan.options;
  for await (const member of openMembers(file, { archive: o.archive, compress: o.compress, suffixes: FORMAT_SUFFIXES.xml, logger: plan.logger })) {
    const where = member.name === file ? file : `${file}!${member.name}`;
    const collector = new XmlRowCollector(plan, tail, where);
    const decoder = textDecoder(o.encoding);
    try {
      for await (const chunk of member.stream) {
        collector.write(decoder.write(chunk as Buffer));
        while (collector.rows.length >= BATCH_ROWS) yield collector.rows.splice(0, BATCH_ROWS);
      }
      collector.write(decoder.end() ?? '');
      collector.close();
    } catch (e) {
      throw e instanceof SeatideError ? e : fileError('read', where, e);
    }
    while (collector.rows.length > 0) yield collector.rows.splice(0, BATCH_ROWS);
  }
};

class XmlRowCollector {
  readonly rows: SeaTunnelRow[] = [];
  private readonly parser: SaxesParser = new (saxes().SaxesParser)();
  private readonly index = new Map<string, number>();
  private readonly positions: readonly number[];
  private readonly ctx: LooseContext;
  private depth = 0;
  private rowDepth = -1;
  private values: Map<string, string> | undefined;
  private field: string | undefined;
  private text = '';

  constructor(
    private readonly plan: TableReadPlan,
    private readonly tail: readonly unknown[],
    private readonly where: string,
  ) {
    this.positions = emittedPositions(plan);
    this.positions.forEach((p, k) => this.index.set(plan.fileType.names[p], k));
    const o = plan.options;
    this.ctx = { dateFormat: o.dateFormat, datetimeFormat: o.datetimeFormat, timeFormat: o.timeFormat, splitRow: makeSplitter(o.delimiter) };
    const rowTag = o.xmlRowTag ?? '';
    const useAttr = o.xmlUseAttr === true;
    this.parser.on('opentag', (node: SaxesTagPlain) => {
      this.depth++;
      if (this.rowDepth < 0 && node.name === rowTag) {
        this.rowDepth = this.depth;
        this.values = new Map();
        if (useAttr) for (const [k, v] of Object.entries(node.attributes)) this.values.set(k, v);
      } else if (!useAttr && this.rowDepth >= 0 && this.depth === this.rowDepth + 1) {
        this.field = node.name;
        this.text = '';
      }
    });
    const onText = (t: string) => {
      if (this.field !== undefined && this.depth === this.rowDepth + 1) this.text += t;
    };
    this.parser.on('text', onText);
    this.parser.on('cdata', onText);
    this.parser.on('closetag', () => {
      if (this.field !== undefined && this.depth === this.rowDepth + 1) {
        this.values?.set(this.field, this.text);
        this.field = undefined;
      } else if (this.depth === this.rowDepth) {
        this.emit();
        this.rowDepth = -1;
        this.values = undefined;
      }
      this.depth--;
    });
  }

  write(text: string): void {
    if (text) this.parser.write(text);
  }

  close(): void {
    this.parser.close();
  }

  private emit(): void {
    const { plan, tail } = this;
    const width = this.index.size + tail.length;
    const fields = new Array<unknown>(width).fill(null);
    let matched = 0;
    for (const [name, raw] of this.values ?? []) {
      const k = this.index.get(name);
      if (k === undefined) continue;
      matched++;
      if (raw.trim() === '') continue;
      const p = this.positions[k];
      try {
        fields[k] = convertLoose(raw, plan.fileType.types[p], this.ctx, name);
      } catch (e) {
        throw parseError(this.where, `the row ending at line ${this.parser.line}`, e, name);
      }
    }
    if (matched === 0) return;
    for (let t = 0; t < tail.length; t++) fields[width - tail.length + t] = tail[t];
    this.rows.push(new SeaTunnelRow(fields, undefined, plan.tableId));
  }
}
