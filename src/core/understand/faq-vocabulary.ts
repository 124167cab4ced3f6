import type { VenueDocument } from '../../domain/venue.ts';
import { COMMON_WORDS, STOPWORDS } from './common-words.ts';
import { normalize } from './normalize.ts';

/** Restaurant questions every venue gets (generic words, allowed in code). */
export const GENERIC_FAQ_WORDS: readonly string[] =
  `open opening close closing closed hour timing sunday monday tuesday wednesday
  thursday friday saturday weekend holiday holidays today tonight tomorrow deliver delivery area areas zone radius postcode
  zip fee charge minimum refund refunds return cancel cancellation policy parking park catering cater event events
  party reservation reserve book table wifi wait waitlist busy queue located location address where phone contact email accept payment pay
  halal kosher kid kids child children wheelchair accessible pet pets dog outdoor seating gift voucher loyalty discount
  offer offers coupon promo tip tipping allergen allergens kitchen hygiene license cash card cards upi wallet
  contactless driver drivers courier invoice receipt cutlery utensils patio terrace outside hiring owner owners
  corkage byob`
    .split(/\s+/)
    .filter(Boolean);

/**
 * Words that make a question a question about the venue: the generic list plus the documents' ids, titles
 * and headings (a venue with `catering.md` answers "do you cater weddings?").
 */
export function faqVocabulary(
  documents: readonly VenueDocument[],
  menuWords: ReadonlySet<string>,
): Set<string> {
  const vocab = new Set(GENERIC_FAQ_WORDS.map((w) => normalize(w).tokens[0]?.key ?? w));
  for (const doc of documents) {
    const headings = doc.text
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .join(' ');
    for (const t of normalize(`${doc.id.replace(/[-_]/g, ' ')} ${doc.title} ${headings}`).tokens) {
      if (t.punct || t.num !== undefined || t.key.length < 4 || STOPWORDS.has(t.norm) || menuWords.has(t.key))
        continue;
      if (COMMON_WORDS.has(t.norm) && !GENERIC_FAQ_WORDS.includes(t.norm)) continue;
      vocab.add(t.key);
    }
  }
  return vocab;
}

/**
 * Every word of the documents' text (keys of 4+ letters, stop words, numbers and menu words out): what a
 * remark must share with the venue's documents to be worth a search of them ("the pizza came burnt"
 * meets the refunds page's "cold, burnt, undercooked").
 */
export function documentVocabulary(
  documents: readonly VenueDocument[],
  menuWords: ReadonlySet<string>,
): Set<string> {
  const vocab = new Set<string>();
  for (const doc of documents)
    for (const t of normalize(doc.text).tokens) {
      if (t.punct || t.num !== undefined || t.key.length < 4 || STOPWORDS.has(t.norm) || menuWords.has(t.key))
        continue;
      vocab.add(t.key);
    }
  return vocab;
}
