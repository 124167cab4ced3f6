/**
 * Text helpers for reading fact questions: a normalised form (lowercase, typographic apostrophes
 * folded, punctuation to spaces, single spaces, padded with one space at each end) that phrase
 * lookups match on word boundaries.
 */
export function factText(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/'s\b/g, 's')
    .replace(/[^a-z0-9'\s-]/g, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, ' ')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return ` ${folded} `;
}

/** Whether the normalised text holds the phrase as whole words (`phrase` is normalised here too). */
export function hasPhrase(normalised: string, phrase: string): boolean {
  return normalised.includes(factText(phrase));
}

/** The first phrase of the list the text holds, longest first; undefined when none. */
export function firstPhrase(normalised: string, phrases: readonly string[]): string | undefined {
  return [...phrases].sort((a, b) => b.length - a.length).find((p) => hasPhrase(normalised, p));
}

/** Joins a list as English prose: "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
