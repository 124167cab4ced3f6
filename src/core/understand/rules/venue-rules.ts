import { DIET_FLAGS } from '../../../domain/menu-schema.ts';
import type { Signals } from '../intent-signals.ts';
import { HARD_VETO, SOFT_VETO } from '../intent-signals.ts';
import type { Intent } from '../parse-result.ts';
import { PhraseSet } from '../phrase-set.ts';
import type { ScopeClass } from '../scope/scope-model.ts';
import type { IntentRule } from './intent-rule.ts';
import { SOCIAL_CLASSES } from './social-rules.ts';

/** Words of a table booking (general English; "book" alone is too wide: "book a flight"). */
const BOOKING = new PhraseSet(
  'book a table|reserve a table|table for|a reservation|reservation|reservations|booking|bookings|reserve|book us|book me a table|hold a table'.split(
    '|',
  ),
);

/** Score of the scope classifier from which a booking reading counts on its own. */
export const BOOKING_MIN = 0.6;

/** Words that point at this venue: "are you open", "is the restaurant open", "is it busy there". */
const VENUE_POINTERS = new Set([
  'you',
  'your',
  'there',
  'here',
  'restaurant',
  'place',
  'shop',
  'store',
  'kitchen',
  // the venue's people: "will the driver have change", "do the staff get the tips"
  'driver',
  'drivers',
  'courier',
  'staff',
]);

/**
 * A venue word (in a question clause, when the message has one) under a low out-of-scope score, or beside a word
 * pointing at the venue under a high one; or a question the
 * facts topic reader reads as one about the venue's hours, delivery or payment ("hours on sunday?",
 * "is google pay accepted?"), which the scope classifier often takes for another domain's.
 */
const faqHit = (s: Signals) => {
  if (s.f.factQuestion) return true;
  const addressesVenue = s.words.some((t) => VENUE_POINTERS.has(t.norm));
  // "first time here. what do you recommend?": where the message asks, the venue word must be in what it
  // asks; a statement beside the question is no question about the venue
  const asking = s.clauseQuestion.includes(true);
  return (
    s.tokens.some(
      (t, i) =>
        !t.punct && (s.f.faqWords.has(t.key) || s.f.faqWords.has(t.norm)) && (!asking || s.clauseQuestion[i]),
    ) &&
    // ("which card earns the most restaurant rewards": a venue word, but clearly another domain's request)
    (s.oosScore < SOFT_VETO || (addressesVenue && s.oosScore < HARD_VETO))
  );
};

/** The menu's diet flags that name a practice, not a missing ingredient ("halal", "kosher", "jain"). */
const PRACTICE_WORDS: ReadonlySet<string> = new Set(DIET_FLAGS.filter((f) => !f.endsWith('-free')));

/** The venue rather than a dish: table bookings (not offered) and FAQ questions answered from its documents. */
export const VENUE_RULES: readonly IntentRule[] = [
  {
    id: 'venue.booking',
    intent: 'table_booking',
    because: 'asks for a table: the classifier reads a booking, or a booking phrase in a restaurant message',
    when: (s) =>
      (s.lines.length === 0 || !s.menuAction) &&
      // "we're a table of 4, what should we get": the party's size said with an ask for the house's pick
      // is no booking unless a booking phrase says so
      ((s.scopeTop.cls === 'table_booking' && s.scopeTop.score >= BOOKING_MIN && !s.has('recommend')) ||
        (BOOKING.has(s.tokens) && (s.scopeTop.cls === 'table_booking' || s.scopeTop.cls === 'restaurant'))) &&
      0.9,
  },
  {
    id: 'faq.complaint',
    intent: 'faq',
    because: 'a complaint about an order received (forgot, missing, cold, wrong): the refund policy answers',
    when: (s, given) => s.complaint && !given.has('order_status') && !given.has('cancel') && 0.9,
  },
  {
    id: 'faq.diet_practice',
    intent: 'faq',
    because:
      'names a diet practice ("we keep kosher", "anything halal?") and orders nothing: asked of the venue',
    when: (s) =>
      s.words.some((t) => PRACTICE_WORDS.has(t.norm)) &&
      s.lines.length === 0 &&
      !s.foreignTask &&
      !s.f.built.freeOptions.length &&
      s.n <= 8 &&
      0.85,
  },
  {
    id: 'faq.question',
    intent: 'faq',
    because:
      'a question (or a short message) with a word of the venue documents or of common restaurant questions',
    when: (s, given) =>
      faqHit(s) &&
      // "which ones are hot?": the menu's dishes answer it, not a document
      !s.propertyQuestion &&
      // "how long is the wait at olive garden": another place's question
      !s.foreignTask &&
      // "can you deliver it instead?": a switch, not a question about delivery
      !s.switchAsked &&
      // "change that to 4 please": a count for the line in focus, not a question about giving change
      !s.pronounCorrection &&
      (s.question || s.n <= 3 || s.has('itemInfo')) &&
      !given.has('order_status') &&
      s.lines.length === 0 &&
      !given.has('show_cart') &&
      // "do you have any pets?": small talk, even with a venue word; "what's this place called?" is
      // about the venue, whatever the classifier says
      (s.f.venueSelf === true ||
        !(SOCIAL_CLASSES.has(s.scopeTop.cls as ScopeClass & Intent) && s.scopeTop.score >= 0.9)) &&
      // a structured venue fact asked with no dish named ("how much extra to bring it to my house"):
      // ahead of an option-group reading of a word like "extra"
      (s.question && s.f.factQuestion && !s.exactItem && s.lines.length === 0 ? 0.9 : 0.8),
  },
  {
    id: 'faq.beside_order',
    intent: 'faq',
    because: 'a venue question beside an order ("a samosa, and are you open on sunday?")',
    when: (s) => faqHit(s) && (s.question || s.clauseQuestion.includes(true)) && s.lines.length > 0 && 0.7,
  },
];
