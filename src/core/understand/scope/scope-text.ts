import type { Token } from '../normalize.ts';
import type { Segment } from '../segment.ts';

/**
 * Placeholders that stand for what the venue's lexicon recognised, so the scope classifier learns
 * "can i get a ITEM with OPTION" and not one venue's dish names. Chosen to be no English word.
 */
export const PLACEHOLDER = { item: 'xitemx', category: 'xcatx', option: 'xoptx' } as const;

/**
 * The words the scope classifier sees: the normalized words of the message, each menu phrase the
 * lexicon found replaced by one placeholder (an exact item → `xitemx`; a category or a dish only
 * derived from its head noun → `xcatx`; an option choice or group → `xoptx`). Diet, allergen, tag and
 * mood words stay as they are. Punctuation is dropped except "?". Tokens `skip` holds are left out.
 */
export function scopeWords(
  tokens: readonly Token[],
  segs: readonly Segment[],
  skip: (i: number) => boolean = () => false,
): string[] {
  const out: string[] = [];
  for (const s of segs) {
    if (s.type === 'lex') {
      const kinds = new Set(s.entries.map((e) => (e.kind === 'item' && e.weak ? 'category' : e.kind)));
      const slot = kinds.has('item')
        ? PLACEHOLDER.item
        : kinds.has('category')
          ? PLACEHOLDER.category
          : kinds.has('choice') || kinds.has('group')
            ? PLACEHOLDER.option
            : undefined;
      if (slot) {
        out.push(slot);
        continue;
      }
    }
    for (let i = s.start; i < s.end; i++) {
      const t = tokens[i] as Token;
      if (skip(i)) continue;
      if (!t.punct || t.norm === '?') out.push(t.norm);
    }
  }
  return out;
}
