/**
 * Cuts a model's streamed text into sentences, so each one can be checked before it is forwarded
 * (src/core/phrase/output-guard.ts). A sentence ends at `.`, `!`, `?` or `…` (with closing quotes or
 * brackets) followed by whitespace, or at a line break. A decimal point ("$12.99") never ends one: it is
 * followed by a digit. A run longer than `maxChars` with no such end is cut at its last clause break
 * (`, ; :` followed by a space), never inside a word, so a model that does not punctuate still streams.
 * Concatenating every segment `push` and `flush` return gives exactly the text pushed.
 */
export class SentenceSplitter {
  private buffer = '';

  constructor(private readonly maxChars = 240) {}

  /** Adds a delta; returns the sentences it completed (each with its leading whitespace), in order. */
  push(delta: string): string[] {
    this.buffer += delta;
    const out: string[] = [];
    for (;;) {
      const end = sentenceEnd(this.buffer);
      if (end > 0) {
        out.push(this.buffer.slice(0, end));
        this.buffer = this.buffer.slice(end);
        continue;
      }
      if (this.buffer.length > this.maxChars) {
        const cut = clauseEnd(this.buffer);
        if (cut > 0) {
          out.push(this.buffer.slice(0, cut));
          this.buffer = this.buffer.slice(cut);
          continue;
        }
      }
      return out;
    }
  }

  /** The rest (the last sentence, unterminated), or '' when nothing is left. */
  flush(): string {
    const rest = this.buffer;
    this.buffer = '';
    return rest;
  }
}

// a terminator (with closing quotes/brackets) followed by whitespace that has more text after it, or a line break
const END = /[.!?…]+["'”’)\]]*(?=\s+\S)|\n/g;
const CLAUSE = /[,;:](?=\s+\S)/g;

/** Index just past the first sentence's end, or 0 when the buffer holds no complete sentence yet. */
function sentenceEnd(text: string): number {
  for (const match of text.matchAll(END)) {
    const end = match.index + match[0].length;
    // a leading line break or terminator alone is not a sentence: keep it with the next one
    if (text.slice(0, end).trim().length > 1) return end;
  }
  return 0;
}

function clauseEnd(text: string): number {
  let last = 0;
  for (const m of text.matchAll(CLAUSE)) last = m.index + 1;
  return last;
}
