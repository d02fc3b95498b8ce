import fs from 'node:fs';
import { Options } from '../../core/options/option';
import { OptionRule } from '../../core/options/option-rule';
import type { PluginDefinition, SinkFactory } from '../../core/plugin/contracts';
import { seqSource } from './test-plugins';

const PATH = Options.key('path').stringType();

/** `Lines { path = "/tmp/x" }`: appends one JSON line per row to a file, on commit only. */
const linesSink: SinkFactory = {
  kind: 'sink',
  identifier: 'Lines',
  optionRule: OptionRule.builder().required(PATH).build(),
  create(ctx) {
    const file = ctx.options.get(PATH)!;
    return {
      createWriter: () => {
        let pending: string[] = [];
        return {
          write(batch) {
            for (const r of batch) pending.push(JSON.stringify(r.fields, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
          },
          prepareCommit() {
            const out = pending;
            pending = [];
            return out;
          },
          close() {},
        };
      },
      commit(infos) {
        const lines = (infos as string[][]).flat();
        if (lines.length) fs.appendFileSync(file, `${lines.join('\n')}\n`);
      },
    };
  },
};

/** A plugin module for CLI tests: `--plugins tests/support/cli-test-plugins.ts`. */
const plugins: PluginDefinition[] = [seqSource(), linesSink];
export default plugins;
