import type { LineDraft } from './build-lines.ts';
import type { Token } from './normalize.ts';
import { CLAUSE_OPENERS, questionClauses } from './question-clauses.ts';

/**
 * The clauses of a message that ask a question and hold no order line, cut from the original text
 * (trimmed, joined by a space), or undefined when none asks. "add a 2 liter coke and what time do you
 * close tonight?" → "what time do you close tonight?". A line's span is in normalized-text offsets, as
 * are the tokens' `start`/`end`; the cut uses the tokens' original offsets (`oStart`/`oEnd`).
 */
export function questionText(
  text: string,
  tokens: readonly Token[],
  lines: readonly Pick<LineDraft, 'span'>[],
): string | undefined {
  const asks = questionClauses(tokens);
  const clauses: Array<{ from: number; to: number; asks: boolean }> = [];
  tokens.forEach((_t, i) => {
    const last = clauses.at(-1);
    const startsClause = i === 0 || asks[i] !== asks[i - 1] || (tokens[i - 1] as Token).punct;
    if (!last || startsClause) clauses.push({ from: i, to: i + 1, asks: asks[i] === true });
    else last.to = i + 1;
  });
  const inLine = (t: Token) =>
    lines.some((l) => l.span[1] > l.span[0] && t.start < l.span[1] && t.end > l.span[0]);
  const parts: string[] = [];
  for (const c of clauses) {
    if (!c.asks) continue;
    const words = tokens.slice(c.from, c.to);
    if (words.some(inLine) || words.every((t) => t.punct)) continue;
    const first = words.find((t) => !t.punct && !CLAUSE_OPENERS.has(t.norm));
    if (!first) continue;
    const end = (words.at(-1) as Token).oEnd;
    parts.push(text.slice(first.oStart, end).trim());
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}
