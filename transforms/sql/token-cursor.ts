import { SqlSyntaxError } from './sql-error';
import type { Token } from './tokenizer';

/** Reading position over a token list, with the keyword and operator tests the parser needs. */
export class TokenCursor {
  protected i = 0;

  constructor(protected readonly tokens: readonly Token[]) {}

  protected peek(): Token {
    return this.tokens[this.i];
  }

  protected peekAt(n: number): Token {
    return this.tokens[Math.min(this.i + n, this.tokens.length - 1)];
  }

  protected prev(): Token {
    return this.tokens[this.i - 1];
  }

  protected next(): Token {
    const t = this.tokens[this.i];
    if (t.kind !== 'eof') this.i++;
    return t;
  }

  protected isWord(word: string): boolean {
    const t = this.peek();
    return t.kind === 'ident' && t.upper === word;
  }

  protected acceptWord(word: string): boolean {
    if (!this.isWord(word)) return false;
    this.i++;
    return true;
  }

  protected expectWord(word: string): void {
    if (!this.acceptWord(word)) this.fail(`expected ${word} but found ${this.describe(this.peek())}`, this.peek());
  }

  protected acceptOp(op: string): boolean {
    const t = this.peek();
    if (t.kind !== 'op' || t.text !== op) return false;
    this.i++;
    return true;
  }

  protected expectOp(op: string): void {
    if (!this.acceptOp(op)) this.fail(`expected '${op}' but found ${this.describe(this.peek())}`, this.peek());
  }

  protected describe(t: Token): string {
    switch (t.kind) {
      case 'eof': return 'end of query';
      case 'string': return `'${t.text}'`;
      case 'quoted': return `\`${t.text}\``;
      default: return `'${t.text}'`;
    }
  }

  protected fail(message: string, t: Token): never {
    throw new SqlSyntaxError(message, t.pos);
  }
}
