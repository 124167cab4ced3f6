import type { BuiltLines } from './build-lines.ts';
import { STOPWORDS } from './common-words.ts';
import { CUES, HARD_OFF_DOMAIN, OFF_DOMAIN, OFF_DOMAIN_PHRASES, ORDER_TALK, PRONOUN_INFO } from './cues.ts';
import type { Token } from './normalize.ts';
import type { Intent, ParseContext, ParseResult } from './parse-result.ts';
import { INFO_REQUEST, ORDERISH_QUESTION, QUESTION_START, questionClauses } from './question-clauses.ts';
import type { Segment } from './segment.ts';
import { mentionsPaymentMethod } from './slot-readers.ts';

export interface IntentFeatures {
  tokens: readonly Token[];
  segs: readonly Segment[];
  built: BuiltLines;
  result: Pick<ParseResult, 'filters' | 'constraints' | 'guestConstraints' | 'mood' | 'slots' | 'itemRefs'>;
  tags: readonly string[];
  categoryMentioned: boolean;
  groupMentioned: boolean;
  faqWords: ReadonlySet<string>;
  context?: ParseContext;
}

type Scored = { intent: Intent; confidence: number };

const PRONOUNS = new Set(['it', 'that', 'this', 'they', 'those', 'these', 'them']);

/** Rules over cue phrases and what the lexicon found. Returns intents sorted by confidence. */
export function classifyIntents(f: IntentFeatures): Scored[] {
  const { tokens, built, result } = f;
  const words = tokens.filter((t) => !t.punct);
  const n = words.length;
  const out = new Map<Intent, number>();
  const add = (intent: Intent, c: number) => out.set(intent, Math.max(out.get(intent) ?? 0, c));
  const has = (set: keyof typeof CUES) => CUES[set].has(tokens);
  const startsWith = (set: keyof typeof CUES) =>
    firstContent(tokens, (i) => CUES[set].matchAt(tokens, i) > 0);

  const first2 = `${words[0]?.norm ?? ''} ${words[1]?.norm ?? ''}`;
  const question =
    tokens.some((t) => t.norm === '?') ||
    (QUESTION_START.has(words[0]?.norm ?? '') && !ORDERISH_QUESTION.has(first2)) ||
    INFO_REQUEST.matchAt(tokens, 0) > 0;
  const orderVerb = has('orderVerb');
  // Per clause: "a samosa, and are you open on sunday?" orders in one clause and asks in the other
  const clauseQuestion = questionClauses(tokens);
  const lineInQuestion = (l: { seg: number }) => {
    const s = f.segs[l.seg];
    return s !== undefined && clauseQuestion[s.start] === true;
  };
  // "pay by card", "my phone is ...": words other apps use are ours once they carry a checkout detail
  const payPhrase =
    (result.slots.paymentMethod !== undefined || mentionsPaymentMethod(tokens)) &&
    words.some((t) => t.norm === 'pay' || t.norm === 'paying' || t.norm === 'by');
  const slotWord = (t: Token) =>
    (payPhrase && SLOT_WORDS.paymentMethod.has(t.norm)) ||
    (result.slots.phone !== undefined && SLOT_WORDS.phone.has(t.norm)) ||
    (result.slots.fulfillment !== undefined && SLOT_WORDS.fulfillment.has(t.norm));
  const offDomain = words.some((t) => (OFF_DOMAIN.has(t.norm) || OFF_DOMAIN.has(t.key)) && !slotWord(t));
  const lines = built.lines;
  const exactItem = f.segs.some(
    (s) =>
      s.type === 'lex' && s.typos === 0 && s.entries.some((e) => e.kind === 'item' && !e.weak && !e.common),
  );
  const hardOff = words.some((t) => HARD_OFF_DOMAIN.has(t.norm)) || OFF_DOMAIN_PHRASES.has(tokens);
  // How much of the message the menu and ordering talk explain: "i need to pay my water bill" is mostly not about food
  const covered = new Set<number>();
  for (const s of f.segs) if (s.type !== 'word') for (let i = s.start; i < s.end; i++) covered.add(i);
  let understood = 0;
  let unexplained = 0;
  tokens.forEach((t, i) => {
    if (t.punct || STOPWORDS.has(t.norm) || ORDER_TALK.has(t.norm) || slotWord(t)) return;
    if (covered.has(i)) understood++;
    else unexplained++;
  });
  const mostlyUnexplained = unexplained > 2 && unexplained > understood;
  const moodPhrase = f.segs.some(
    (s) => s.type === 'lex' && s.end - s.start > 1 && s.entries.some((e) => e.kind === 'mood'),
  );
  const menuAction = !hardOff && !mostlyUnexplained && (!offDomain || exactItem || moodPhrase);
  const expecting = f.context?.expecting;
  const slotCount = Object.keys(result.slots).length;

  // Context first: a yes/no when a confirmation is pending, a slot value when one is asked for.
  if (expecting === 'confirmation') {
    if (startsWith('affirm') && !startsWith('deny')) add('affirm', 0.95);
    else if (startsWith('deny')) add('deny', 0.95);
  }
  if (
    typeof expecting === 'string' &&
    expecting !== 'confirmation' &&
    result.slots[expecting] !== undefined &&
    !question
  )
    add('provide_info', 0.95);
  if (
    typeof expecting === 'object' &&
    (built.freeOptions.length > 0 || lines.some((l) => l.itemId === expecting.itemId))
  )
    add('order_update', 0.9);

  // Social
  if (startsWith('greet')) add('greet', n <= 4 ? 0.95 : 0.6);
  if (has('goodbye') && (n <= 6 || startsWith('goodbye'))) add('goodbye', 0.9);
  if (has('thanks')) add('thanks', startsWith('deny') || startsWith('affirm') ? 0.7 : n <= 5 ? 0.95 : 0.7);
  if (has('botChallenge')) add('bot_challenge', 0.95);
  if (has('capabilities')) add('capabilities', 0.9);
  if (has('chitchat') && !out.has('bot_challenge')) add('chitchat', 0.8);
  if (startsWith('help') && lines.length === 0) add('help', 0.8);
  if (has('handoff') && has('handoffVerb') && lines.length === 0 && !out.has('bot_challenge'))
    add('human_handoff', 0.9);
  if (startsWith('repeat') || (has('repeat') && n <= 12 && lines.length === 0)) add('repeat', 0.9);
  if (startsWith('cancel') && !lines.some((l) => l.action === 'remove') && lines.length === 0)
    add('cancel', 0.9);
  if (expecting !== 'confirmation' && n <= 8 && lines.length === 0 && !question) {
    if (startsWith('affirm') && !has('deny')) add('affirm', 0.85);
    else if (startsWith('deny') && !has('cancel')) add('deny', 0.85);
  }

  // Order state
  if (has('orderStatus')) add('order_status', 0.9);
  if (has('showCart') && lines.length === 0) add('show_cart', 0.9);
  const checkoutCue = CUES.checkout.find(tokens);
  const shortCheckout =
    checkoutCue !== undefined &&
    (n <= 6 || checkoutCue.at <= 1 || checkoutCue.at + checkoutCue.length >= n - 1);
  if (
    shortCheckout &&
    !offDomain &&
    !hardOff &&
    !out.has('order_status') &&
    !(question && has('orderStatus'))
  )
    add('checkout', lines.length > 0 ? 0.7 : 0.9);

  // FAQ: a question (or "tell me about") with venue vocabulary
  const addressesVenue = words.some((t) => t.norm === 'you' || t.norm === 'your' || t.norm === 'there');
  const faqHit =
    words.some((t) => f.faqWords.has(t.key) || f.faqWords.has(t.norm)) && (!offDomain || addressesVenue);
  if (
    faqHit &&
    (question || n <= 3 || has('itemInfo')) &&
    !out.has('order_status') &&
    lines.length === 0 &&
    !out.has('show_cart')
  )
    add('faq', 0.8);
  else if (faqHit && question && lines.length > 0) add('faq', 0.7);

  // Menu
  const updates = lines.filter((l) => l.action === 'update' || l.action === 'replace');
  const removes = lines.filter((l) => l.action === 'remove');
  const adds = lines.filter((l) => l.action === 'add');
  const pronounRef = words.some((t) => PRONOUNS.has(t.norm));
  if (menuAction) {
    if (removes.length > 0 || (has('remove') && f.categoryMentioned && !question)) add('order_remove', 0.9);
    const refersToCart = words.some(
      (t) => t.norm === 'the' || t.norm === 'my' || t.norm === 'that' || t.norm === 'it',
    );
    if (updates.length > 0) add('order_update', 0.9);
    else if (question && !refersToCart && built.bareQuantity === undefined) {
      // "can i swap sugar for salt": a cooking question, not a change to the order
    } else if (
      has('update') &&
      (built.bareQuantity !== undefined || built.freeOptions.length > 0 || built.freeWithout.length > 0)
    )
      add('order_update', 0.85);
    else if (
      has('update') &&
      f.categoryMentioned &&
      (built.freeOptions.length > 0 || built.bareQuantity !== undefined)
    )
      add('order_update', 0.8);
    const infoCue = has('itemInfo');
    const itemMentioned = lines.length > 0 || result.itemRefs.length > 0;
    const itemQuestion = lines.length > 0 ? lines.every(lineInQuestion) : question;
    if (itemQuestion && !orderVerb && itemMentioned && !out.has('order_remove') && !out.has('order_update')) {
      add('item_info', infoCue ? 0.9 : 0.7);
    } else if (
      question &&
      PRONOUN_INFO.has(tokens) &&
      pronounRef &&
      !itemMentioned &&
      n <= 8 &&
      !f.categoryMentioned &&
      !result.filters.diet
    )
      add('item_info', 0.75);
    else if (adds.length > 0 && !out.has('item_info')) {
      const certain = orderVerb || lines.some((l) => l.quantityExplicit) || adds.length > 1;
      add('order_add', certain ? 0.95 : question ? 0.6 : 0.8);
    }
    const recommend = has('recommend') || result.mood !== undefined;
    if (
      recommend &&
      !out.has('order_add') &&
      (result.mood !== undefined ||
        question ||
        f.tags.length > 0 ||
        !has('browse') ||
        CUES.recommend.has(tokens))
    )
      if (
        result.mood !== undefined ||
        !words.some((t) => t.norm === 'something') ||
        f.tags.length > 0 ||
        question ||
        n <= 6
      )
        add('recommend', result.mood !== undefined ? 0.9 : 0.8);
    const filterish =
      result.filters.diet !== undefined ||
      f.categoryMentioned ||
      result.filters.allergenFree.length > 0 ||
      result.filters.maxSpice !== undefined ||
      f.tags.length > 0 ||
      (f.groupMentioned && has('browse') && question);
    const menuWord = words.some((t) => t.norm === 'menu');
    // "a biryani please", "two biryanis": a counted category asks for one of its dishes, not the list
    const countedCategory = f.segs.some((s) => {
      if (s.type !== 'lex' || s.entries.length === 0 || !s.entries.every((e) => e.kind === 'category'))
        return false;
      const before = tokens[s.start - 1];
      return before !== undefined && (COUNT_WORDS.has(before.norm) || before.num !== undefined);
    });
    const pronounInfo =
      out.has('item_info') &&
      !f.categoryMentioned &&
      !result.filters.diet &&
      result.filters.allergenFree.length === 0;
    if (
      lines.length === 0 &&
      !pronounInfo &&
      (menuWord ||
        (filterish &&
          (question ||
            has('browse') ||
            orderVerb ||
            (n <= 3 && (f.categoryMentioned || result.filters.diet !== undefined))))) &&
      !out.has('order_update') &&
      !out.has('order_remove')
    ) {
      if ((orderVerb || countedCategory) && f.categoryMentioned && !question && !has('browse'))
        add('order_add', 0.6);
      else if (!(out.has('recommend') && !menuWord))
        add('browse_menu', menuWord || has('browse') ? 0.85 : 0.7);
    }
    if (lines.length === 0 && orderVerb && !question && built.ambiguous.length > 0) add('order_add', 0.6);
  }

  // Stated facts: checkout details, a diet, an allergy
  if (!out.has('provide_info') && !question) {
    const constraint =
      result.constraints.diet !== undefined ||
      result.constraints.allergies.length > 0 ||
      (result.guestConstraints?.length ?? 0) > 0;
    const payment =
      result.slots.paymentMethod !== undefined &&
      words.some((t) => t.norm === 'pay' || t.norm === 'paying' || t.norm === 'with' || t.norm === 'by');
    if ((slotCount > 0 && (!offDomain || payment || n <= 3)) || constraint)
      add('provide_info', lines.length > 0 ? 0.6 : 0.85);
  }

  if (out.size === 0) {
    if (has('affirm') && n <= 3) add('affirm', 0.6);
    else if (has('chitchat')) add('chitchat', 0.6);
    else add('out_of_scope', offDomain ? 0.9 : 0.6);
  }
  return [...out]
    .map(([intent, confidence]) => ({ intent, confidence }))
    .sort((a, b) => b.confidence - a.confidence);
}

/** True when the first content word (after fillers like "um", "oh", "well") satisfies `test`. */
function firstContent(tokens: readonly Token[], test: (i: number) => boolean): boolean {
  for (let i = 0; i < tokens.length && i < 4; i++) {
    const t = tokens[i] as Token;
    if (test(i)) return true;
    if (!(t.punct || FILLERS.has(t.norm))) return false;
  }
  return false;
}

/** Words that count a thing: before a category they order one of it. */
const COUNT_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'another']);

const SLOT_WORDS = {
  paymentMethod: new Set([
    'pay',
    'paying',
    'use',
    'using',
    'card',
    'cards',
    'credit',
    'debit',
    'amex',
    'cash',
    'upi',
    'wallet',
  ]),
  fulfillment: new Set(['pickup', 'pick', 'up', 'collect', 'collection', 'delivery', 'deliver', 'delivered']),
  phone: new Set(['phone', 'call', 'text', 'message']),
};

const FILLERS = new Set([
  'um',
  'uh',
  'oh',
  'well',
  'so',
  'ok',
  'okay',
  'hmm',
  'er',
  'erm',
  'ah',
  'please',
  'and',
  'but',
  'actually',
  'hey',
  'hi',
  'sorry',
]);
