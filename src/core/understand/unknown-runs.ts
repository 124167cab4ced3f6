import type { Token } from './normalize.ts';
import type { ParseResult } from './parse-result.ts';

type Unresolved = ParseResult['unresolved'][number];

/** The token index where `text`'s words stand in a row, from `from` on; -1 when they do not. */
function wordsAt(tokens: readonly Token[], text: string, from = 0): number {
  const words = text.split(' ');
  for (let i = from; i + words.length <= tokens.length; i++)
    if (words.every((w, k) => (tokens[i + k] as Token).norm === w)) return i;
  return -1;
}

/**
 * Unknown mentions said one right after the other ("a fountain drink": "fountain", a word the menu lacks,
 * then "drink", a kind no dish is named by) are one name the menu lacks, said back once as a whole: the
 * joined mention keeps the suggestions of either (the later first), its food mark, and a span over both.
 * Mentions keep their order otherwise. Pure.
 */
export function joinAdjacentUnknowns(
  unresolved: readonly Unresolved[],
  tokens: readonly Token[],
): Unresolved[] {
  const out = [...unresolved];
  for (let a = 0; a < out.length; a++) {
    const x = out[a] as Unresolved;
    if ((x.choices?.length ?? 0) > 0) continue;
    const at = wordsAt(tokens, x.text);
    if (at < 0) continue;
    const after = at + x.text.split(' ').length;
    const b = out.findIndex(
      (y, k) => k !== a && (y.choices?.length ?? 0) === 0 && wordsAt(tokens, y.text, after) === after,
    );
    if (b < 0) continue;
    const y = out[b] as Unresolved;
    const last = tokens[after + y.text.split(' ').length - 1] as Token;
    const seen = new Set<string>();
    const joined: Unresolved = {
      text: `${x.text} ${y.text}`,
      suggestions: [...y.suggestions, ...x.suggestions].filter((s) => !seen.has(s.id) && seen.add(s.id)),
      ...(x.food || y.food ? { food: true as const } : {}),
      ...(x.span || y.span ? { span: [(tokens[at] as Token).oStart, last.oEnd] as [number, number] } : {}),
    };
    out[a] = joined;
    out.splice(b, 1);
    if (b < a) a--;
    a--; // the joined mention may join the next word too
  }
  return out;
}

/** Unit words a number is said before ("30 percent"): a mention of the unit alone is that amount. */
const UNIT_WORDS: ReadonlySet<string> = new Set(['percent', 'oz', 'ml', 'inch', 'piece']);

/**
 * An unknown mention that is a unit word right after a number ("30% sugar" where no 30% is offered)
 * is said back with its number ("30 percent"), never as the bare unit. Pure.
 */
export function withUnitCounts(unresolved: readonly Unresolved[], tokens: readonly Token[]): Unresolved[] {
  return unresolved.map((x) => {
    const first = x.text.split(' ')[0] as string;
    if (!UNIT_WORDS.has(first)) return x;
    const at = wordsAt(tokens, x.text);
    const num = tokens[at - 1];
    if (at < 1 || num?.num === undefined || num.punct) return x;
    return {
      ...x,
      text: `${num.norm} ${x.text}`,
      ...(x.span ? { span: [num.oStart, x.span[1]] as [number, number] } : {}),
    };
  });
}
