/**
 * Contractions and chat spellings expanded so one pattern covers them all, each with a piece of text
 * every match contains: a text without it is left as it is without running the pattern.
 */
const EXPANSIONS: [RegExp, string, string][] = [
  [/\bdon'?t\b/g, 'do not', 'don'],
  [/\bdoesn'?t\b/g, 'does not', 'doesn'],
  [/\bcan'?t\b|\bcannot\b/g, 'can not', 'can'],
  [/\bwon'?t\b/g, 'will not', 'won'],
  [/\bwasn'?t\b/g, 'was not', 'wasn'],
  [/\bweren'?t\b/g, 'were not', 'weren'],
  [/\bi'?m\b/g, 'i am', 'm'],
  [/\bwanna\b/g, 'want to', 'wanna'],
  [/\bgonna\b/g, 'going to', 'gonna'],
  [/\bwhat'?s\b/g, 'whats', 'what'],
  [/\bi'?ve\b/g, 'i have', 've'],
];

/**
 * The text the guards (safety, after-order requests) match on: lowercase, unified apostrophes,
 * punctuation to spaces (hyphens too), contractions and chat spellings expanded, apostrophes dropped.
 */
export function normaliseForGuards(text: string): string {
  let t = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[^a-z0-9'\s]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement, needed] of EXPANSIONS)
    if (t.includes(needed)) t = t.replace(pattern, replacement);
  return t.includes("'") ? t.replace(/'/g, '') : t;
}
