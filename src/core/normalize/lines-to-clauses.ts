/**
 * A message pasted as lines (a list of dishes, a bullet list, details one per line) read as clauses:
 * each line break becomes a clause break (", "), unless the line already ends with punctuation or
 * a run of digits carries on over the break (a card or phone number split over lines stays one run,
 * so the card guard still sees it). List markers opening a line ("- ", "* ", "• ", "1. ", "2) ") are
 * dropped: they are layout, not words ("* 2 cannoli" is two cannoli, not a multiplication). Blank lines
 * are dropped. Pure; a message without line breaks comes back unchanged.
 */
export function linesToClauses(message: string): string {
  if (!/[\r\n\u2028\u2029]/.test(message)) return message;
  const lines = message
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((l) => l.replace(LIST_MARKER, '').trim())
    .filter((l) => l.length > 0);
  let out = '';
  for (const line of lines) {
    if (out === '') out = line;
    else if (/[,.;:!?]$/.test(out) || (/\d{3,}$/.test(out) && /^\d{3,}/.test(line))) out += ` ${line}`;
    else out += `, ${line}`;
  }
  return out;
}

/** A bullet or a list number opening a line, before the line's own words. */
const LIST_MARKER = /^\s*(?:[-*•·‣▪◦–—+>]+|\d{1,2}[.)])\s+/u;
