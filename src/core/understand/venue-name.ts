/**
 * The venue's own name in a message, read as the venue before any menu reader sees the words: "why is it
 * called Spice Route" asks about the restaurant, not the spice level; "is pie shop pizza co open on
 * mondays" asks the hours, not for a pizza. Built from the venue's configured name alone, never a list
 * of names.
 */

/** Words that close a business name and are often left off when it is said ("Flat Top Burger [Grill]"). */
const PLACE_NOUNS = new Set([
  'bar',
  'bakehouse',
  'bakery',
  'bistro',
  'cafe',
  'café',
  'co',
  'company',
  'deli',
  'diner',
  'eatery',
  'grill',
  'inc',
  'kitchen',
  'llc',
  'pizzeria',
  'restaurant',
  'shop',
  'taqueria',
  'taquería',
]);

/** What the name is replaced by: a plain reference to the venue, no word of any menu. */
export const VENUE_STAND_IN = 'the restaurant';

/** Words that ask about the name itself ("why is it called", "what does the name mean"). */
const NAME_QUESTION =
  /\b(called|named|name|names|naming|mean|means|meaning|stand for|stands for|story|origin|come from|comes from)\b/i;

/** A message with the venue's name replaced by {@link VENUE_STAND_IN}, and whether it was there. */
export interface VenueNameMask {
  /** The message, the name (with a leading "the", kept possessive) replaced by the stand-in. */
  text: string;
  /** Whether the message named the venue. */
  named: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

function escapeRegExp(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A reader of the venue's name in messages, built once from the configured name: the name's words in
 * order, "&" and "and" alike, any punctuation between them, an optional leading "the", an optional
 * possessive, and a closing place noun optional after three words at least ("Flat Top Burger" for "Flat Top
 * Burger Grill"; "Sunny Side Diner" needs "diner": "eggs sunny side up" names no venue). A name
 * of one word is never masked (it may be a dish word: a venue called "Tacos" still sells tacos).
 */
export function venueNameReader(name: string): (text: string) => VenueNameMask {
  const words = (name.toLowerCase().match(WORD) ?? []).filter((w) => w !== 'and' && w !== 'the');
  if (words.length < 2) return (text) => ({ text, named: false });
  const last = words.at(-1) as string;
  const optionalLast = PLACE_NOUNS.has(last) && words.length >= 4;
  const head = (optionalLast ? words.slice(0, -1) : words).map(escapeRegExp);
  const glue = String.raw`[^\p{L}\p{N}]+(?:(?:and|n)[^\p{L}\p{N}]+)?`;
  const body = head.join(glue) + (optionalLast ? `(?:${glue}${escapeRegExp(last)})?` : '');
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:the\s+)?${body}(?:['’]s)?(?![\p{L}\p{N}])`,
    'giu',
  );
  return (text) => {
    let named = false;
    const masked = text.replace(pattern, (m) => {
      named = true;
      return /['’]s$/i.test(m) ? `${VENUE_STAND_IN}'s` : VENUE_STAND_IN;
    });
    return { text: masked, named };
  };
}

/** Whether a message that names the venue asks about the name itself ("why is it called Spice Route"). */
export function asksAboutVenueName(masked: VenueNameMask): boolean {
  return masked.named && NAME_QUESTION.test(masked.text.replace(/\bthe restaurant\b/gi, ''));
}
