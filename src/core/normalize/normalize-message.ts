/** A customer message made ready for understanding. */
export interface NormalizedMessage {
  /** Control characters out, whitespace collapsed, trimmed, at most `maxLength` characters. */
  text: string;
  /** True when the message was longer than `maxLength` and was cut: the reply must say so. */
  cut: boolean;
  /** Characters of the cleaned message before any cut. */
  length: number;
}

/**
 * Trims, collapses whitespace, drops control characters and cuts the message to `maxLength`
 * characters, at the last space when one is near the limit (so no word is cut in half). A cut is
 * reported (`cut`), never silent.
 */
export function normalizeMessage(message: string, maxLength: number): NormalizedMessage {
  const clean = message
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= maxLength) return { text: clean, cut: false, length: clean.length };
  let text = clean.slice(0, maxLength);
  // a surrogate pair cut in half would leave a broken character
  if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  const space = text.lastIndexOf(' ');
  if (clean[text.length] !== ' ' && space >= maxLength * 0.9) text = text.slice(0, space);
  return { text: text.trimEnd(), cut: true, length: clean.length };
}
