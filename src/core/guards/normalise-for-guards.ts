/** Contractions and chat spellings expanded so one pattern covers them all. */
const EXPANSIONS: [RegExp, string][] = [
  [/\bdon'?t\b/g, 'do not'],
  [/\bdoesn'?t\b/g, 'does not'],
  [/\bcan'?t\b|\bcannot\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bwasn'?t\b/g, 'was not'],
  [/\bweren'?t\b/g, 'were not'],
  [/\bi'?m\b/g, 'i am'],
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bwhat'?s\b/g, 'whats'],
  [/\bi'?ve\b/g, 'i have'],
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
  for (const [pattern, replacement] of EXPANSIONS) t = t.replace(pattern, replacement);
  return t.replace(/'/g, '');
}
