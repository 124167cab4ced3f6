import { CASUAL_ADD_VERBS } from '../cues.ts';
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
 * mood words stay as they are; beside a dish or category a casual verb of adding ("throw in") is "add".
 * Punctuation is dropped except "?". Tokens `skip` holds are left out.
 */
export function scopeWords(
  tokens: readonly Token[],
  segs: readonly Segment[],
  skip: (i: number) => boolean = () => false,
): string[] {
  const out: string[] = [];
  const casual = beside(segs) ? casualAddTokens(tokens) : new Map<number, number>();
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
      const verb = casual.get(i);
      if (verb === 0) out.push('add');
      if (verb !== undefined) continue;
      if (!t.punct || t.norm === '?') out.push(t.norm);
    }
  }
  return out;
}

/** The message names a dish or a category of the menu. */
function beside(segs: readonly Segment[]): boolean {
  return segs.some(
    (s) => s.type === 'lex' && s.entries.some((e) => e.kind === 'item' || e.kind === 'category'),
  );
}

/**
 * The tokens of casual verbs of adding ("throw in", "chuck in": `CASUAL_ADD_VERBS`), each mapped to its
 * place in the verb (0 for the first word): beside a dish the classifier sees one "add" for them.
 */
function casualAddTokens(tokens: readonly Token[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const len = CASUAL_ADD_VERBS.matchAt(tokens, i);
    for (let k = 0; k < len; k++) out.set(i + k, k);
    if (len > 0) i += len - 1;
  }
  return out;
}
