import wordsJson from './english-words.json' with { type: 'json' };

/** Words shorter than this are never typo-corrected (edit-distance.ts `allowedTypos`): not listed. */
export const MIN_LENGTH = 5;

let words: ReadonlySet<string> | undefined;

/**
 * The base forms an inflected word may come from: "salons" → "salon", "berries" → "berry", "baked" →
 * "bake"/"bak", "shopping" → "shop". Candidates only; the word list says which exist. Pure.
 */
export function inflectionBases(w: string): string[] {
  const out: string[] = [];
  const doubled = (end: number) => w.length - end > 2 && w.at(-end - 1) === w.at(-end - 2);
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed') && doubled(2)) out.push(w.slice(0, -3));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  if (w.endsWith('ing') && doubled(3)) out.push(w.slice(0, -4));
  return out;
}

/**
 * The word is a correctly spelt English word (Debian's `wamerican` list, english-words.json, built by
 * scripts/english-words.ts), itself or as an inflection of a listed word ("salons", "baked"). Only
 * words of five letters or more are known: shorter ones are never typo-corrected anyway.
 */
export function englishWord(w: string): boolean {
  if (w.length < MIN_LENGTH) return false;
  words ??= new Set(wordsJson.words.split(' '));
  const list = words;
  return list.has(w) || inflectionBases(w).some((b) => b.length >= MIN_LENGTH && list.has(b));
}
