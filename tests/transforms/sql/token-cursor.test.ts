import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TokenCursor } from '../../../transforms/sql/token-cursor';
import { tokenize } from '../../../transforms/sql/tokenizer';
import { thrown } from '../transform-harness';

const s = suite('token-cursor');

class Probe extends TokenCursor {
  run(): string[] {
    const out: string[] = [];
    out.push(String(this.acceptWord('SELECT')), String(this.isWord('select')), this.peekAt(1).text, this.describe(this.peek()));
    this.expectOp('*');
    out.push(this.prev().text, this.next().text, this.next().kind, this.next().kind);
    return out;
  }

  failAtEnd(): void {
    this.expectWord('FROM');
  }
}

s('keywords match case-insensitively, operators exactly; next() stays at the end', () => {
  assert.equal(new Probe(tokenize("select * 'x'")).run(), ['true', 'false', 'x', "'*'", '*', 'x', 'eof', 'eof']);
});

s('expectations fail with what was found and where', () => {
  const e = thrown(() => new Probe(tokenize('select')).failAtEnd()) as Error & { pos: { column: number } };
  assert.equal([e.message, e.pos.column], ["expected FROM but found 'select'", 1]);
});

s.run();
