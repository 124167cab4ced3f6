/**
 * Courtesy words a customer wraps a request in, as typed in chat ("please", "pls", "plz", "thanks",
 * "thx", "ty"): they never carry a dish, an option or a value. "thank you"'s "you" is not here, since
 * "you" is a word of its own elsewhere; sets that end on "thank you" add it. The one list every
 * filler, closer and stop set of understanding builds on.
 */
export const COURTESY: ReadonlySet<string> = new Set([
  'please',
  'pls',
  'plz',
  'thanks',
  'thank',
  'thx',
  'ty',
]);

/** Articles: "a", "an", "the". */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Acknowledgements a request may open or close with ("ok", "okay"). */
export const ACKNOWLEDGEMENTS: ReadonlySet<string> = new Set(['ok', 'okay']);

/** The words of `sets` as one regular-expression alternation (longest first), for patterns. */
export function alternation(...sets: ReadonlySet<string>[]): string {
  const words = [...new Set(sets.flatMap((s) => [...s]))].sort((a, b) => b.length - a.length);
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
