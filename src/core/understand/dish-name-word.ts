import { COMMON_WORDS, STOPWORDS } from './common-words.ts';
import type { MenuIndex } from './menu-index.ts';
import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/**
 * A test of whether a segment is a word of the menu's dish names said as another dish's modifier ("chai"
 * in "a chai frappuccino", "mango" in "a mango smoothie"): a dish mention read exactly (no typo), or an
 * unmatched word that a dish's name holds (no stop or everyday word). Used to take such words into the
 * name of a dish the menu lacks (unknown-dishes.ts).
 */
export function dishNameWord(index: MenuIndex, tokens: readonly Token[]): (seg: Segment) => boolean {
  const keys = new Set<string>();
  for (const set of index.nameKeys.values()) for (const k of set) keys.add(k);
  return (seg) => {
    if (seg.type === 'lex') return seg.typos === 0 && seg.entries.some((e) => e.kind === 'item');
    if (seg.type !== 'word' || seg.end - seg.start !== 1) return false;
    const t = tokens[seg.start] as Token;
    return keys.has(t.key) && !STOPWORDS.has(t.key) && !COMMON_WORDS.has(t.norm);
  };
}
