import { clockTimeTokens } from '../clock-times.ts';
import { STOPWORDS } from '../common-words.ts';
import { ORDER_TALK } from '../cues.ts';
import { HARD_VETO, type Signals, SOFT_VETO } from '../intent-signals.ts';
import type { Intent } from '../parse-result.ts';
import { cardinal } from '../quantity.ts';
import { ORDERISH_QUESTION } from '../question-clauses.ts';
import { asapTokens } from '../requested-time.ts';
import type { ScopeClass } from '../scope/scope-model.ts';
import type { IntentRule } from './intent-rule.ts';
import { CHITCHAT_MIN, SOCIAL_CLASSES, suggestionNotSocial } from './social-rules.ts';

/** Below SOCIAL_MIN, the classifier's social reading still beats "not understood" from this score. */
export const FALLBACK_SOCIAL_MIN = 0.3;

/** Words that ask whether the venue allows something ("discover card accepted", "cash ok"). */
const POLICY_WORDS = new Set(['accept', 'accepted', 'accepts', 'taken', 'ok', 'okay', 'allowed', 'possible']);

/** Words of asking for the order by a time: "can it be ready by 7:20?", "could you have it done for 8?". */
const READY_WORDS = new Set([
  'ready',
  'done',
  'have',
  'get',
  'make',
  'be',
  'possible',
  'ok',
  'okay',
  'there',
]);
/** Words of a clock time said in words ("twenty past seven pm", "quarter to eight", "half six"). */
const CLOCK_WORDS = new Set(
  'past to quarter half pm am p.m a.m oclock noon midnight tonight today tomorrow ish minutes mins min hour hours latest'.split(
    ' ',
  ),
);

/**
 * "ready by twenty past seven pm?", "can it be done for 8?": a question that names the order's time and
 * nothing else (every other word a stop word, ordering talk or a word of readiness) asks for that time;
 * the time reader has it, and the requested-time check answers whether the venue can keep it.
 */
export function asksForRequestedTime(s: Signals): boolean {
  if (s.f.result.slots.when === undefined || s.lines.length > 0) return false;
  const clock = clockTimeTokens(s.tokens);
  const asap = asapTokens(s.tokens);
  return s.tokens.every(
    (t, i) =>
      t.punct ||
      clock[i] === true ||
      asap.has(i) ||
      t.num !== undefined ||
      cardinal(t.norm) !== undefined ||
      CLOCK_WORDS.has(t.norm) ||
      STOPWORDS.has(t.norm) ||
      ORDER_TALK.has(t.norm) ||
      READY_WORDS.has(t.norm) ||
      s.slotWord(t),
  );
}

/**
 * A checkout word inside a question about the venue's policy, before anything is ordered and while no
 * checkout detail is asked for: "discover card accepted", "can i get the lunch deal delivered", "I paid
 * cash, how do I get my money back". The message is question-shaped (a question mark or question word,
 * a clause that asks, a request opener, a policy word) and holds a content word besides the checkout
 * words and ordering talk, so the venue's policy is asked and no detail is given.
 */
export function asksVenuePolicy(s: Signals): boolean {
  if (s.expecting !== undefined || (s.f.context?.cart?.length ?? 0) > 0 || s.lines.length > 0) return false;
  if (s.slotCount === 0 || asksForRequestedTime(s)) return false;
  const shaped =
    s.question ||
    s.clauseQuestion.some(Boolean) ||
    requestOpensClause(s) ||
    s.words.some((t) => POLICY_WORDS.has(t.norm) || WH_WORDS.has(t.norm));
  if (!shaped) return false;
  return s.words.some(
    (t) =>
      POLICY_WORDS.has(t.norm) ||
      (t.num === undefined &&
        t.norm.length >= 3 &&
        !STOPWORDS.has(t.norm) &&
        !ORDER_TALK.has(t.norm) &&
        !s.slotWord(t) &&
        !SLOT_VALUE_WORDS.has(t.norm)),
  );
}

/** Question words anywhere ("delivery takes how long on friday"). */
const WH_WORDS = new Set(['what', 'which', 'how', 'where', 'when', 'why', 'who']);

/** A clause opening with a request ("can i", "can you"): "i live out of town, can you still deliver". */
function requestOpensClause(s: Signals): boolean {
  return s.tokens.some(
    (t, i) =>
      !t.punct &&
      (i === 0 || s.tokens[i - 1]?.punct === true) &&
      ORDERISH_QUESTION.has(`${t.norm} ${s.tokens[i + 1]?.norm ?? ''}`),
  );
}

/** Checkout values themselves, which alone do not make a venue question ("can i pay by card"). */
const SLOT_VALUE_WORDS = new Set([
  'card',
  'cash',
  'delivery',
  'delivered',
  'deliver',
  'pickup',
  'pick',
  'collect',
  'pay',
  'paying',
]);

/** Stated facts: a checkout detail volunteered, a diet or an allergy. */
export const FACT_RULES: readonly IntentRule[] = [
  {
    id: 'facts.policy_question',
    intent: 'faq',
    because: "a checkout word inside a question about the venue's policy, before any order or checkout",
    when: (s, given) => !given.has('faq') && asksVenuePolicy(s) && 0.8,
  },
  {
    id: 'facts.provide_info',
    intent: 'provide_info',
    because: 'states a checkout detail (delivery, name, phone, payment) or a diet or allergy',
    when: (s, given) => {
      const { result } = s.f;
      // "could I pick it up instead?": a request to switch, asked politely
      if (
        given.has('provide_info') ||
        (s.question && !s.switchAsked && !asksForRequestedTime(s)) ||
        asksVenuePolicy(s)
      )
        return false;
      const constraint =
        result.constraints.diet !== undefined ||
        result.constraints.allergies.length > 0 ||
        (result.guestConstraints?.length ?? 0) > 0;
      const payment =
        result.slots.paymentMethod !== undefined &&
        s.words.some(
          (t) => t.norm === 'pay' || t.norm === 'paying' || t.norm === 'with' || t.norm === 'by',
        ) &&
        // "pay my credit card bill": another domain's payment, unless we asked for a detail
        (s.oosScore < HARD_VETO || s.expecting !== undefined);
      // a message made of slot words alone ("ill pay by card") is a detail, unless another domain's
      // request reads firmly, nothing was asked and the only detail is a payment word ("pay off my
      // credit card bill"); a name, phone or address read as such is ours
      const personal =
        result.slots.name !== undefined ||
        result.slots.phone !== undefined ||
        result.slots.address !== undefined;
      const onlySlots = s.slotsExplain && (s.oosScore < HARD_VETO || s.expecting !== undefined || personal);
      // "can it be ready by quarter to eight?": the time asked for is ours, whatever an alarm sounds like
      const slot =
        s.slotCount > 0 &&
        (s.oosScore < SOFT_VETO || payment || s.n <= 3 || onlySlots || asksForRequestedTime(s));
      return (slot || constraint) && (s.lines.length > 0 ? 0.6 : 0.85);
    },
  },
];

/**
 * Restaurant score from which an unplaced request is shown how to order. 0.8 since the classifier learnt
 * restaurant-service talk (scripts/scope-service-templates.ts) and reads more everyday requests near 0.75.
 */
export const RESTAURANT_REQUEST_MIN = 0.8;

/**
 * A statement nothing placed that the restaurant fallbacks may take: no question pending, nothing in the
 * cart (mid-order, free text may answer the kitchen-notes question, which understanding is not told
 * about, and an option said alone, "add bacon", "thin crust please", changes a cart item: both are the
 * dialog's), no option word read.
 */
function unplacedRemark(s: Signals): boolean {
  return (
    s.expecting === undefined &&
    (s.f.context?.cart?.length ?? 0) === 0 &&
    s.f.built.freeOptions.length === 0 &&
    s.f.built.freeWithout.length === 0
  );
}

/** When no rule above gave an intent. */
export const FALLBACK_RULES: readonly IntentRule[] = [
  {
    id: 'fallback.affirm',
    intent: 'affirm',
    because: 'nothing else matched; a yes word in a very short message',
    when: (s, given) => given.size === 0 && s.has('affirm') && s.n <= 3 && 0.6,
  },
  ...[...SOCIAL_CLASSES].map(
    (cls): IntentRule => ({
      id: `fallback.scope_${cls}`,
      intent: cls,
      because: `nothing else matched; the scope classifier's best class is ${cls}, well ahead of out of scope`,
      when: (s, given) =>
        given.size === 0 &&
        !s.f.built.bareMore &&
        // "no onions": an option taken off, not a no
        !(cls === 'deny' && s.f.built.freeWithout.length > 0) &&
        // "one peri-peri fries": a menu choice named is no "say it again"
        !(cls === 'repeat' && s.f.built.freeOptions.length > 0) &&
        // at the summary only the context rules read a yes or a no ("hmm, let me think" re-asks)
        !(s.expecting === 'confirmation' && (cls === 'affirm' || cls === 'deny')) &&
        s.scopeTop.cls === (cls as ScopeClass & Intent) &&
        suggestionNotSocial(s, cls) &&
        s.scopeTop.score >= (cls === 'chitchat' ? CHITCHAT_MIN : FALLBACK_SOCIAL_MIN) &&
        s.scopeTop.score >= 2 * s.oosScore &&
        0.6,
    }),
  ),
  {
    id: 'fallback.restaurant_question',
    intent: 'faq',
    because: 'nothing else matched; a question the scope classifier reads as about the restaurant',
    when: (s, given) =>
      given.size === 0 &&
      s.question &&
      !s.foreignTask &&
      s.scopeTop.cls === 'restaurant' &&
      s.scopeTop.score >= 0.5 &&
      0.6,
  },
  {
    id: 'fallback.restaurant_remark',
    intent: 'faq',
    because:
      'nothing else matched; a remark the scope classifier reads as about the restaurant, with a word of the venue\'s documents ("the pizza came cold")',
    when: (s, given) =>
      given.size === 0 &&
      !s.question &&
      unplacedRemark(s) &&
      s.scopeTop.cls === 'restaurant' &&
      s.scopeTop.score >= 0.7 &&
      s.words.some(
        (t) =>
          !STOPWORDS.has(t.norm) &&
          !ORDER_TALK.has(t.norm) &&
          (s.f.faqWords.has(t.key) || s.f.faqWords.has(t.norm) || (s.f.documentWords?.has(t.key) ?? false)),
      ) &&
      0.6,
  },
  {
    id: 'fallback.restaurant_request',
    intent: 'help',
    because:
      'nothing else matched; a request the scope classifier reads as about the restaurant: show how to order',
    when: (s, given) =>
      given.size === 0 &&
      !s.question &&
      unplacedRemark(s) &&
      s.scopeTop.cls === 'restaurant' &&
      s.scopeTop.score >= RESTAURANT_REQUEST_MIN &&
      0.6,
  },
  {
    id: 'fallback.chitchat',
    intent: 'chitchat',
    because: 'nothing else matched; a small-talk phrase',
    when: (s, given) => given.size === 0 && s.has('chitchat') && 0.6,
  },
  {
    id: 'fallback.out_of_scope',
    intent: 'out_of_scope',
    because: "nothing matched (0.9 when the scope classifier reads another domain's request)",
    when: (_s, given) => given.size === 0 && 0.6,
  },
];
