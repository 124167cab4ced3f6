import { BoundedMemo } from '../../state/bounded-memo.ts';

/**
 * Features of the scope classifier: folded words, adjacent word pairs and the first word, each a string.
 * Pure and self-contained (it does not use the lexicon's normalization), so the committed model keeps
 * working when the order-line normalization changes. Training (scripts/train-scope.ts) and runtime
 * (scope-classifier.ts) both call this one function.
 */
export function scopeFeatures(words: readonly string[]): string[] {
  const folded = words.map(fold).filter((w) => w !== '');
  const out = new Set<string>();
  for (const w of folded) out.add(w);
  for (let i = 0; i + 1 < folded.length; i++) out.add(`${folded[i]}_${folded[i + 1]}`);
  if (folded[0] !== undefined) out.add(`^${folded[0]}`);
  return [...out];
}

/** Lowercase, letters and digits only (digits collapse to "0"), a plural or possessive "s" dropped, "an" → "a". */
export function fold(word: string): string {
  return FOLDED.get(word) ?? FOLDED.set(word, foldFresh(word));
}

/** Words already folded: every message folds its words again, four regular expressions each. Bounded. */
const FOLDED = new BoundedMemo<string>(20_000);

function foldFresh(word: string): string {
  if (word === '?') return '?';
  if (word.toLowerCase() === 'an') return 'a';
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^a-z0-9]/g, '');
  w = w.replace(/[0-9]+/g, '0');
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  return w;
}
