import { allergenOfFocus } from './allergen-of-focus.ts';
import type { BuiltLines, LineDraft } from './build-lines.ts';
import { clockTimeTokens } from './clock-times.ts';
import { STOPWORDS } from './common-words.ts';
import { COMPLAINT } from './complaint-cues.ts';
import { courtesyTailTokens } from './courtesy-tail.ts';
import { CASUAL_ADD_VERBS, CUES, ORDER_TALK, PRONOUN_INFO } from './cues.ts';
import { asksForTime } from './deliberation-cues.ts';
import { dislikedAt } from './disliked-ingredients.ts';
import { spicePreferenceSpan } from './filters.ts';
import { FOREIGN_TASK, HOME_SUBSTITUTION } from './foreign-task-cues.ts';
import { FRUSTRATION } from './frustration-cues.ts';
import { FULFILLMENT_SWITCH } from './fulfillment-switch.ts';
import { asksForPerson } from './handoff-request.ts';
import type { ItemQuestionReading } from './item-question.ts';
import { asksMenuSuperlative } from './menu-superlative-question.ts';
import { modifyLeadAt } from './modify-leads.ts';
import type { Token } from './normalize.ts';
import type { ParseContext, ParseResult } from './parse-result.ts';
import { PhraseSet } from './phrase-set.ts';
import { asksDishProperty, namesDish } from './property-question.ts';
import { OPTION_MEASURES } from './quantity.ts';
import { INFO_REQUEST, ORDERISH_QUESTION, QUESTION_START, questionClauses } from './question-clauses.ts';
import { relativePronouns } from './relative-clause.ts';
import { asapTokens } from './requested-time.ts';
import type { ScopeScore } from './scope/scope-classifier.ts';
import type { Segment } from './segment.ts';
import { mentionsPaymentMethod } from './slot-readers.ts';
import { type TypoSmallTalk, typoSmallTalk } from './smalltalk-typo.ts';
import { messageSentences } from './story-sentences.ts';
import { asksForTotal } from './total-question.ts';
import { whOrderQuestionSpan } from './wh-order-question.ts';

/** What understanding hands the intent rules: tokens, segments, built lines and the fields read so far. */
export interface IntentFeatures {
  tokens: readonly Token[];
  segs: readonly Segment[];
  built: BuiltLines;
  result: Pick<
    ParseResult,
    'filters' | 'constraints' | 'guestConstraints' | 'mood' | 'slots' | 'itemRefs' | 'reopen'
  >;
  tags: readonly string[];
  categoryMentioned: boolean;
  groupMentioned: boolean;
  faqWords: ReadonlySet<string>;
  /** Words of the venue documents' text (faq-vocabulary.ts documentVocabulary); absent in older callers. */
  documentWords?: ReadonlySet<string>;
  /**
   * The facts topic reader (src/core/facts/fact-question.ts) reads a question about a structured venue
   * fact: opening hours, holidays, delivery areas, fees, minimum order or payment.
   */
  factQuestion?: boolean;
  /**
   * The facts topic reader reads a question about the venue itself (its name, pickup, its people:
   * src/core/facts/venue-self.ts), which the scope classifier often takes for small talk ("what's your name").
   */
  venueSelf?: boolean;
  /**
   * What the message says is disliked ("my wife doesn't like mushrooms") is held by some dish of the
   * menu (disliked-ingredients.ts over the dishes' names, descriptions and ingredients).
   */
  dislikeHeld?: boolean;
  /** The scope classifier's classes for this message, best first (scope/scope-classifier.ts). */
  scope: readonly ScopeScore[];
  context?: ParseContext;
  /** What an item question would ask about (item-question.ts), when the message names an item, choice or group. */
  itemQuestion?: ItemQuestionReading;
  /** Tokens the checkout slot readers took (slots.ts), with their leads ("my cell is"). */
  slotTokens?: ReadonlySet<Token>;
}

export type CueName = keyof typeof CUES;

/**
 * Facts about one message that the intent rules (intent-rules.ts) test. Computed once per message so
 * each rule is a short condition over named facts.
 */
export interface Signals {
  readonly f: IntentFeatures;
  readonly tokens: readonly Token[];
  /** Words without punctuation, and their count. */
  readonly words: readonly Token[];
  readonly n: number;
  /** Some cue phrase of the set occurs anywhere. */
  has(cue: CueName): boolean;
  /** A cue phrase of the set is the first content word (after fillers like "um", "oh", "well"). */
  startsWith(cue: CueName): boolean;
  /** The message asks (a "?", a question word first, "tell me about"). */
  readonly question: boolean;
  /** Per token: whether its clause asks a question. */
  readonly clauseQuestion: readonly boolean[];
  /** Token indices of "which burgers can i have"-style questions (`whOrderQuestionSpan`): they ask, not order. */
  readonly whOrderAsked: ReadonlySet<number>;
  readonly orderVerb: boolean;
  readonly lines: readonly LineDraft[];
  readonly adds: readonly LineDraft[];
  readonly removes: readonly LineDraft[];
  readonly updates: readonly LineDraft[];
  /** A menu item named exactly (no typo, not a derived head noun, not an everyday-word alias). */
  readonly exactItem: boolean;
  /** A multi-word mood phrase ("date night"). */
  readonly moodPhrase: boolean;
  /** More than two content words, and more of them outside the menu and ordering talk than inside. */
  readonly mostlyUnexplained: boolean;
  /** Words of a checkout detail ("pay by card", "my phone is"). */
  readonly slotWord: (t: Token) => boolean;
  readonly slotCount: number;
  /**
   * The checkout details read explain the message: at most two content words are left outside them
   * ("my name is Lupe Garcia and my cell is 213 555 0142"), whatever the scope classifier reads.
   */
  readonly slotsExplain: boolean;
  /** A "not" or "never" (other than "why not"), or a no word after the first word: "sure... actually no". */
  readonly negated: boolean;
  /** The scope classifier's best class and its score; and its out-of-scope score. */
  readonly scopeTop: ScopeScore;
  readonly oosScore: number;
  /**
   * Menu and cart actions are allowed: a short message names an item and nothing unexplained (not a
   * question); or most words are menu words or ordering talk and the classifier
   * reads neither a table booking nor another domain's request (out-of-scope score under SOFT_VETO, or
   * under HARD_VETO with an item or a mood named exactly); never with a phrase of another assistant's
   * task (foreign-task-cues.ts).
   */
  readonly menuAction: boolean;
  /** Delivery or pickup with "instead", "rather", "switch" or "change": a request to switch, even asked. */
  readonly switchAsked: boolean;
  /** A stated diet or allergy with "what can I eat?": a list of the dishes that fit. */
  readonly dietAsk: boolean;
  /** A phrase of another assistant's task ("remind me", "the wait at", "recipe"): foreign-task-cues.ts. */
  readonly foreignTask: boolean;
  /** A complaint about an order received ("you forgot my garlic knots"): no menu action. Issue 8. */
  readonly complaint: boolean;
  /** Asks for a person or a way to reach the venue's team (handoff-request.ts). */
  readonly personAsked: boolean;
  /** Impatience or frustration with the conversation (frustration-cues.ts). */
  readonly frustrated: boolean;
  /** The message only asks for time to decide ("let me think", "give me a minute"): deliberation-cues.ts. */
  readonly asksForTime: boolean;
  readonly pronounRef: boolean;
  /**
   * A count said of the line in focus and nothing else ("change it to five", "make those 3", "could you
   * change that to 2 please"): a change word, "it"/"that"/"those"/…, a bare quantity, no dish, and every
   * other word ordering talk. A cart correction whatever the scope classifier reads of "change it to".
   */
  readonly pronounCorrection: boolean;
  /**
   * Asks for the menu's spiciest, mildest, cheapest or priciest dish (menu-superlative-question.ts): of a
   * menu phrase, or of "thing"/"dish" unless the classifier reads another domain's request.
   */
  readonly menuSuperlative: boolean;
  /**
   * "what's spicy?", "which ones are hot?", "anything not cheesy?": a question for the dishes having (or
   * lacking) a property said as an adjective, naming no dish (property-question.ts). A menu request
   * whatever the classifier reads of the bare adjective.
   */
  readonly propertyQuestion: boolean;
  /**
   * "extra butter on my naan", "more cheese on the burger": an amount or an option put on a dish said as
   * the customer's, every other word menu or ordering talk. A menu action whatever the classifier reads.
   */
  readonly optionOnDish: boolean;
  readonly expecting: ParseContext['expecting'];
  /** A lone word one typo from a one-word greeting, thanks or goodbye ("helo"), naming no dish. */
  readonly typoSocial: TypoSmallTalk | undefined;
  /** Opens with a discourse marker followed by a request ("never mind, show my cart"): the request only. */
  readonly markerRequest: boolean;
  /** Asks what the order comes to ("what's the damage", "what does that come to"): total-question.ts. */
  readonly totalAsked: boolean;
}

/** Words after which "so long" still takes leave ("ok so long", "thanks so long"). */
const SO_LONG_OPENERS = new Set(['ok', 'okay', 'alright', 'well', 'thanks', 'and', 'oh', 'bye', 'then']);

const PRONOUNS = new Set(['it', 'that', 'this', 'they', 'those', 'these', 'them']);

/** Out-of-scope score from which a menu reading is vetoed unless a menu item is named exactly. */
export const SOFT_VETO = 0.5;
/** A mood word (said exactly) is the message's last word: "got anything with a bit of heat?". */
function moodCloses(tokens: readonly Token[], segs: readonly Segment[]): boolean {
  let last = tokens.length - 1;
  while (last >= 0 && (tokens[last] as Token).punct) last--;
  return segs.some(
    (s) =>
      s.type === 'lex' && s.typos === 0 && s.end - 1 === last && s.entries.some((e) => e.kind === 'mood'),
  );
}
/** Words that want something, beside a mood: "need to cool down", "could use something warm". */
const MOOD_WANTS = new PhraseSet([
  'need',
  'want',
  'wanna',
  'fancy',
  'could use',
  'looking for',
  'craving',
  'got',
]);
/** Out-of-scope score from which a menu reading is vetoed even when an item is named ("add coke to my shopping list"). */
export const HARD_VETO = 0.7;

/** Words that put an option on a dish: "on my naan", "to the burger", "in my coffee". */
const PUT_ON = new PhraseSet(['on my', 'on the', 'to my', 'to the', 'in my', 'in the', 'for my', 'for the']);
/** Words that ask for more or less of something: "extra butter", "more cheese", "light ice". */
const AMOUNT_WORDS = new Set(['extra', 'more', 'less', 'light', 'double', 'triple', 'no', 'easy', 'heavy']);

/**
 * "extra butter on my naan", "more cheese on the burger", "add honey to my pancakes": an amount word, an
 * option named exactly or a modification request's lead (modify-leads.ts), at most two words of the thing wanted, then "on my"/"to the"/… and a dish or a kind of dish. Returns
 * the token indices of the thing wanted (menu talk in that place, even when the menu has no such option),
 * or undefined. Pure.
 */
function optionPutOnDish(tokens: readonly Token[], segs: readonly Segment[]): Set<number> | undefined {
  const lex = segs.filter((s) => s.type === 'lex');
  const dishAt = (i: number) =>
    lex.some((s) => s.start === i && s.entries.some((e) => e.kind === 'item' || e.kind === 'category'));
  const first = tokens.findIndex((t) => !t.punct);
  if (first < 0) return undefined;
  const choiceFirst = lex.find(
    (s) => s.start === first && s.typos === 0 && s.entries.some((e) => e.kind === 'choice'),
  );
  // "add honey to my biscuits", "can you put bacon on the burger": a request's lead before the thing wanted
  const lead = modifyLeadAt(tokens, first);
  const at = first + lead;
  const from = AMOUNT_WORDS.has((tokens[at] as Token | undefined)?.norm ?? '')
    ? at + 1
    : choiceFirst || (lead > 0 && at < tokens.length)
      ? at
      : -1;
  if (from < 0) return undefined;
  for (let i = from + 1; i <= from + 3 && i < tokens.length; i++) {
    const len = PUT_ON.matchAt(tokens, i);
    if (len === 0) continue;
    if (!dishAt(i + len)) return undefined;
    const wanted = new Set<number>();
    for (let k = first; k < i + len; k++) wanted.add(k);
    return wanted;
  }
  return undefined;
}

/** Computes the signals of one message. */
export function readSignals(f: IntentFeatures): Signals {
  const { tokens, built, result } = f;
  const words = tokens.filter((t) => !t.punct);
  const relatives = relativePronouns(tokens);
  const n = words.length;
  // "large veggie supreme, well done": a cooking degree after an order line is no praise
  // "well done please" with a burger ordered: the degree is the menu's choice of a dish in the order
  const something = (f.context?.cart?.length ?? 0) > 0 || typeof f.context?.expecting === 'object';
  const choiceAt = (i: number) =>
    something &&
    f.segs.some(
      (g) => g.type === 'lex' && g.start <= i && i < g.end && g.entries.some((e) => e.kind === 'choice'),
    );
  const degreeAt = (i: number) =>
    (built.lines.length > 0 || choiceAt(i) || choiceAt(i + 1)) &&
    (CUES.cookingDegree.matchAt(tokens, i) > 0 || CUES.cookingDegree.matchAt(tokens, i - 1) > 1);
  // "no thanks", "nah, thank you": a thanks inside or right after a no is a polite refusal, not thanks to answer
  const refusalAt = (i: number) => {
    let k = i - 1;
    while (k >= 0 && (tokens[k] as Token).punct) k--;
    for (let j = Math.max(0, k - 2); j <= k; j++) {
      if ((tokens[j] as Token).punct) continue;
      if (j + Math.max(CUES.deny.matchAt(tokens, j), CUES.noNeed.matchAt(tokens, j)) > k) return true;
    }
    return false;
  };
  // "this is taking so long": "so long" after a word of its clause is a duration, not a goodbye
  const durationAt = (i: number) =>
    tokens[i]?.norm === 'so' &&
    tokens[i + 1]?.norm === 'long' &&
    i > 0 &&
    !(tokens[i - 1] as Token).punct &&
    !SO_LONG_OPENERS.has((tokens[i - 1] as Token).norm);
  // the rules ask of the same cues again and again: each answer is read once per message
  const hasRead = new Map<CueName, boolean>();
  const has = (cue: CueName) => {
    let known = hasRead.get(cue);
    if (known === undefined) {
      known =
        cue === 'thanks' || cue === 'checkout'
          ? tokens.some(
              (_, i) =>
                CUES[cue].matchAt(tokens, i) > 0 && !degreeAt(i) && !(cue === 'thanks' && refusalAt(i)),
            )
          : cue === 'goodbye'
            ? tokens.some((_, i) => CUES.goodbye.matchAt(tokens, i) > 0 && !durationAt(i))
            : CUES[cue].has(tokens);
      hasRead.set(cue, known);
    }
    return known;
  };
  const startsRead = new Map<CueName, boolean>();
  const startsWith = (cue: CueName) => {
    let known = startsRead.get(cue);
    if (known === undefined) {
      known = firstContent(tokens, (i) => CUES[cue].matchAt(tokens, i) > 0);
      startsRead.set(cue, known);
    }
    return known;
  };
  const first2 = `${words[0]?.norm ?? ''} ${words[1]?.norm ?? ''}`;
  // "can I pay with Apple Pay" asks whether the venue takes it, unless the bot just asked how to pay
  const canIPay =
    ORDERISH_QUESTION.has(first2) && words[2]?.norm === 'pay' && f.context?.expecting !== 'paymentMethod';
  const question =
    tokens.some((t) => t.norm === '?') ||
    (QUESTION_START.has(words[0]?.norm ?? '') && !ORDERISH_QUESTION.has(first2)) ||
    canIPay ||
    INFO_REQUEST.matchAt(tokens, 0) > 0;
  const payPhrase =
    (result.slots.paymentMethod !== undefined || mentionsPaymentMethod(tokens)) &&
    words.some((t) => t.norm === 'pay' || t.norm === 'paying' || t.norm === 'by');
  const slotWord = (t: Token) =>
    (payPhrase && SLOT_WORDS.paymentMethod.has(t.norm)) ||
    (result.slots.phone !== undefined && SLOT_WORDS.phone.has(t.norm)) ||
    (result.slots.fulfillment !== undefined && SLOT_WORDS.fulfillment.has(t.norm));
  const lines = built.lines;
  const exactItem = f.segs.some(
    (s) =>
      s.type === 'lex' && s.typos === 0 && s.entries.some((e) => e.kind === 'item' && !e.weak && !e.common),
  );
  // "half and half pepperoni and mushrooms": two options named exactly that make an order line are as
  // plain a menu reading as a dish named exactly
  const exactChoices =
    lines.some((l) => l.action === 'add') &&
    f.segs.filter((s) => s.type === 'lex' && s.typos === 0 && s.entries.some((e) => e.kind === 'choice'))
      .length >= 2;
  const namedExactly = exactItem || exactChoices;
  const covered = new Set<number>();
  for (const s of f.segs) if (s.type !== 'word') for (let i = s.start; i < s.end; i++) covered.add(i);
  // "not too spicy please": the words of a stated spice preference are menu talk
  const spicePreference = spicePreferenceSpan(tokens);
  for (const i of spicePreference) covered.add(i);
  const optionOnDishWords = optionPutOnDish(tokens, f.segs);
  for (const i of optionOnDishWords ?? []) covered.add(i);
  // "3 of your delicious mango lassis": the describing words a count reached across belong to its dish
  for (const l of built.lines) for (const i of l.countFillers ?? []) covered.add(i);
  let understood = 0;
  let unexplained = 0;
  const unexplainedAt: number[] = [];
  // "one mango lassi, also what time does the kitchen close": with a menu mention outside it, the words
  // of a question clause about the venue are that question's, not words the order reading leaves
  // unexplained
  const asks = questionClauses(tokens);
  const mentionOutsideQuestion =
    f.segs.some((s) => s.type === 'lex' && asks[s.start] !== true) &&
    tokens.some((t, i) => asks[i] === true && (f.faqWords.has(t.key) || f.faqWords.has(t.norm)));
  // a story around an order ("my sister flew in last night, ... anyway 2 butter chicken"): only the
  // sentences that mention the menu are weighed; the others are the customer's, not another domain's
  const weighed = menuSentences(tokens, f.segs, built.lines);
  // "at 8 pm please bring paneer tikka": a clock time says when, it is no other domain's word
  const clockTime = clockTimeTokens(tokens);
  // "whenever it's ready is fine", "asap": a wish of time is ordering talk too
  const asap = asapTokens(tokens);
  // "throw in", "chuck in": a casual verb of adding is ordering talk, every word of it
  const casualAdd = new Set<number>();
  for (let i = 0; i < tokens.length; i++)
    for (let k = 0; k < CASUAL_ADD_VERBS.matchAt(tokens, i); k++) casualAdd.add(i + k);
  // "add fries too, cheers": the words of a closing courtesy are manners, neither unexplained nor counted
  // in the request's length
  const courtesyTail = courtesyTailTokens(tokens);
  const requestWords = n - words.filter((t) => courtesyTail.has(tokens.indexOf(t))).length;
  tokens.forEach((t, i) => {
    // "3 pumps caramel": a measure of an option is ordering talk
    if (
      !weighed(i) ||
      courtesyTail.has(i) ||
      (mentionOutsideQuestion && asks[i] === true) ||
      t.punct ||
      STOPWORDS.has(t.norm) ||
      ORDER_TALK.has(t.norm) ||
      OPTION_MEASURES.has(t.norm) ||
      clockTime[i] === true ||
      asap.has(i) ||
      casualAdd.has(i) ||
      slotWord(t)
    )
      return;
    if (covered.has(i)) understood++;
    else {
      unexplained++;
      unexplainedAt.push(i);
    }
  });
  const moodPhrase = f.segs.some(
    (s) => s.type === 'lex' && s.end - s.start > 1 && s.entries.some((e) => e.kind === 'mood'),
  );
  const exactMood = f.segs.some(
    (s) => s.type === 'lex' && s.typos === 0 && s.entries.some((e) => e.kind === 'mood'),
  );
  const scopeTop = f.scope[0] ?? { cls: 'restaurant', score: 0 };
  const oosScore = f.scope.find((s) => s.cls === 'out_of_scope')?.score ?? 0;
  const mostlyUnexplained = unexplained > 2 && unexplained > understood;
  // "an espresso", "2 plates of paneer tikka", "another one of those cokes": a statement naming an item
  // exactly, every other content word menu or ordering talk (however long: nothing is left for another
  // domain to claim)
  const menuWords = f.segs.some((s) => s.type === 'lex' && s.typos === 0);
  const fullyExplained = unexplained === 0 && (exactItem || (menuWords && understood > 0));
  // the change word itself ("update it to 3") belongs to the correction
  const changeWord = new Set<number>();
  for (let i = 0; i < tokens.length; i++)
    for (let k = 0; k < CUES.update.matchAt(tokens, i); k++) changeWord.add(i + k);
  const pronounCorrection =
    unexplainedAt.every((i) => changeWord.has(i)) &&
    lines.length === 0 &&
    built.bareQuantity !== undefined &&
    has('update') &&
    words.some((t) => PRONOUNS.has(t.norm));
  const booking = scopeTop.cls === 'table_booking' && scopeTop.score >= HARD_VETO;
  // "not too spicy please", "nothing too spicy": a short message that only states a spice preference
  const preferenceStated = spicePreference.size > 0 && unexplained === 0 && n <= 6 && lines.length === 0;
  // "extra butter on my naan", "more cheese on the burger": an option said exactly, put on a dish or a
  // kind of dish said as the customer's, every word menu or ordering talk
  const optionOnDish = optionOnDishWords !== undefined && unexplained === 0 && !question;
  const complaint = COMPLAINT.has(tokens);
  // "how long should i bake the brownies", "remind me to order cookies": another assistant's task
  const foreignTask = FOREIGN_TASK.has(tokens);
  const homeSubstitution = HOME_SUBSTITUTION.has(tokens) && words.some((t) => t.norm === 'instead');
  // "I'm lactose intolerant, what can I eat?": a stated diet or allergy and a request for what fits
  const dietAsk =
    (result.constraints.diet !== undefined || result.constraints.allergies.length > 0) && has('safeToEat');
  const superlative =
    question && !mostlyUnexplained && !foreignTask ? asksMenuSuperlative(tokens, f.segs) : undefined;
  const menuSuperlative = superlative === 'menu' || (superlative === 'general' && oosScore < HARD_VETO);
  const propertyAsk =
    foreignTask || booking ? undefined : asksDishProperty(tokens, namesDish(f.segs, tokens));
  // "anything sweet?" with a mood of that name asks for the mood's pick; "what's sweet?" for the list
  const propertyQuestion =
    propertyAsk !== undefined && !(propertyAsk.anything && !propertyAsk.negated && result.mood !== undefined);
  // "got anything with a bit of heat?", "so hot today, need to cool down": a mood of the venue's or the
  // built-in lexicon said exactly, with a request for something, asks for dishes whatever other domain
  // the classifier hears in the weather or the feeling
  const exactMoodPhrase = f.segs.some(
    (s) =>
      s.type === 'lex' && s.typos === 0 && s.end - s.start > 1 && s.entries.some((e) => e.kind === 'mood'),
  );
  const moodRequest =
    (exactMoodPhrase && (has('recommend') || has('browse') || MOOD_WANTS.has(tokens))) ||
    (exactMood && n <= 7 && (has('recommend') || (has('browse') && moodCloses(tokens, f.segs))));
  const pronounRef = tokens.some((t, i) => PRONOUNS.has(t.norm) && !t.punct && !relatives.has(i));
  // "is that spicy?", "does this have nuts": a short food question whose subject is a pronoun stands for a
  // dish as a dish named exactly does, whatever the classifier makes of "that" on its own
  const pronounFoodQuestion =
    question && pronounRef && n <= 8 && (PRONOUN_INFO.has(tokens) || allergenOfFocus(f.itemQuestion));
  // "is this one spicy?", "is that dish hot?": the heat of the dish in focus, a food question whatever
  // the classifier makes of the pronoun
  // "does that have eggs?": so are the allergens of the dish in focus
  const focusPropertyQuestion =
    pronounFoodQuestion &&
    ((f.itemQuestion?.question.topic === 'spice' && !f.itemQuestion.subject) ||
      allergenOfFocus(f.itemQuestion));
  // "what sizes do they come in?", "how many slices in a large?" at the dish's size question: a question
  // for the group the pending question asks or the choices of its dish, whatever another domain the
  // classifier hears in it (clothes come in sizes too)
  const pending = f.context?.expecting;
  const pendingGroupAsked =
    question &&
    typeof pending === 'object' &&
    f.itemQuestion?.question.topic === 'options' &&
    (f.itemQuestion.question.group === pending.group || f.itemQuestion.impliedItem === pending.itemId);
  const menuAction =
    !booking &&
    !complaint &&
    !foreignTask &&
    !homeSubstitution &&
    (dietAsk ||
      focusPropertyQuestion ||
      pendingGroupAsked ||
      pronounCorrection ||
      preferenceStated ||
      optionOnDish ||
      (moodRequest && (!question || oosScore < 0.95)) ||
      // "suggest something for my friend who can't stand beans": a pick asked with a dislike is a menu
      // request unless the classifier is sure of another domain
      // a request for the customer's companion ("for my wife, she doesn't like mushrooms") whatever the
      // classifier makes of the relationship talk, when the menu holds what is disliked
      (has('recommend') &&
        (oosScore < HARD_VETO || f.dislikeHeld === true) &&
        dislikedAt(tokens).length > 0) ||
      menuSuperlative ||
      propertyQuestion ||
      (!mostlyUnexplained &&
        // a strong other-domain reading needs the item named exactly ("tell the kids where i am" names a
        // mood, "order more bread please" a dish only through its head noun)
        ((fullyExplained &&
          (!question || requestWords <= 3) &&
          (oosScore < HARD_VETO || namedExactly || requestWords <= 3)) ||
          (oosScore < HARD_VETO &&
            (oosScore < SOFT_VETO || namedExactly || pronounFoodQuestion || exactMood || moodPhrase)))));
  return {
    f,
    tokens,
    words,
    n,
    has,
    startsWith,
    question,
    clauseQuestion: asks,
    orderVerb: saysOrderVerb(tokens),
    whOrderAsked: whOrderQuestionSpan(tokens),
    optionOnDish,
    lines,
    adds: lines.filter((l) => l.action === 'add'),
    removes: lines.filter((l) => l.action === 'remove'),
    updates: lines.filter((l) => l.action === 'update' || l.action === 'replace'),
    exactItem,
    moodPhrase,
    mostlyUnexplained,
    slotWord,
    slotCount: Object.keys(result.slots).length,
    slotsExplain:
      Object.keys(result.slots).length > 0 &&
      words.filter((t) => !f.slotTokens?.has(t) && !STOPWORDS.has(t.norm) && !ORDER_TALK.has(t.norm))
        .length <= 2,
    scopeTop,
    oosScore,
    menuAction,
    switchAsked: result.slots.fulfillment !== undefined && words.some((t) => FULFILLMENT_SWITCH.has(t.norm)),
    dietAsk,
    foreignTask,
    complaint,
    personAsked: asksForPerson(tokens, question),
    frustrated: FRUSTRATION.has(tokens),
    asksForTime: asksForTime(words.map((t) => t.norm).join(' ')),
    // "what do you have that isn't spicy": a relative "that" points at the dishes asked for, not at one
    pronounRef,
    pronounCorrection,
    menuSuperlative,
    propertyQuestion,
    negated:
      words.some(
        (t, i) =>
          (t.norm === 'not' || (t.norm === 'never' && words[i + 1]?.norm !== 'mind')) &&
          words[i - 1]?.norm !== 'why',
      ) ||
      (CUES.deny.find(tokens, 1) !== undefined &&
        !firstContent(tokens, (i) => CUES.deny.matchAt(tokens, i) > 0)),
    expecting: f.context?.expecting,
    typoSocial: n === 1 && lines.length === 0 ? typoSmallTalk(words[0]?.norm ?? '') : undefined,
    markerRequest: opensWithMarkerRequest(tokens),
    totalAsked: asksForTotal(
      tokens,
      (f.context?.cart?.length ?? 0) > 0 || typeof f.context?.expecting === 'object',
    ),
  };
}

/** True when the first content word (after fillers like "um", "oh", "well") satisfies `test`. */
function firstContent(tokens: readonly Token[], test: (i: number) => boolean): boolean {
  for (let i = 0; i < tokens.length && i < 4; i++) {
    const t = tokens[i] as Token;
    // "nvm just place it", "actually, show my cart": a discourse marker before a request is that request
    const marker = DISCOURSE_MARKER.matchAt(tokens, i);
    if (marker > 0 && opensRequest(tokens, i + marker)) {
      i += marker - 1;
      continue;
    }
    if (test(i)) return true;
    // "I'd like to cancel my order", "can you repeat that": a request's lead before the control word
    const lead = WISH_LEAD.matchAt(tokens, i);
    if (lead > 0) {
      const after = i + lead;
      return after < tokens.length && test(after);
    }
    if (!(t.punct || FILLERS.has(t.norm))) return false;
  }
  return false;
}

/** True when the first content words are a discourse marker and a request follows it. */
function opensWithMarkerRequest(tokens: readonly Token[]): boolean {
  let i = 0;
  while (i < tokens.length && ((tokens[i] as Token).punct || FILLERS.has((tokens[i] as Token).norm))) i++;
  const marker = DISCOURSE_MARKER.matchAt(tokens, i);
  return marker > 0 && opensRequest(tokens, i + marker);
}

/** Words that turn the talk ("nvm", "never mind", "ok so"): a request after them is the request itself. */
const DISCOURSE_MARKER = new PhraseSet([
  'nvm',
  'never mind',
  'nevermind',
  'actually',
  'ok so',
  'okay so',
  'anyway',
]);

/** Cues that make what follows a discourse marker a request of its own rather than a bare "never mind". */
const REQUEST_CUES: readonly CueName[] = [
  'affirm',
  'deny',
  'checkout',
  'showCart',
  'orderVerb',
  'update',
  'remove',
  'repeat',
  'help',
  'handoff',
  'recommend',
  'browse',
];

/**
 * True when the words from `from` on (after fillers) make a request: one of the request cues anywhere in
 * the rest of the message ("never mind, show my cart" holds "my cart"; "nvm just place it" opens with one).
 */
function opensRequest(tokens: readonly Token[], from: number): boolean {
  let i = from;
  while (i < tokens.length && ((tokens[i] as Token).punct || FILLERS.has((tokens[i] as Token).norm))) i++;
  for (let at = i; at < tokens.length; at++) {
    if (REQUEST_CUES.some((c) => CUES[c].matchAt(tokens, at) > 0)) return true;
  }
  return false;
}

/** How a request opens before its verb: what follows is the request itself. */
const WISH_LEAD = new PhraseSet([
  'i would like to',
  'i want to',
  'i wanna',
  'i need to',
  'i would love to',
  'can i',
  'could i',
  'can you',
  'could you',
  'would you',
  'will you',
  'please',
  'let me',
  'let us',
  'i just want to',
  'i would just like to',
  'just',
]);

/** Words a fulfillment choice is said with ("pickup", "deliver it"). */
export const FULFILLMENT_WORDS: ReadonlySet<string> = new Set([
  'pickup',
  'pick',
  'up',
  'collect',
  'collection',
  'delivery',
  'deliver',
  'delivered',
]);

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
  fulfillment: FULFILLMENT_WORDS,
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

/** Words before "order" that make it the noun ("how many come in an order", "per order"). */
const ORDER_NOUN_BEFORE = new Set([
  'a',
  'an',
  'the',
  'my',
  'your',
  'our',
  'per',
  'each',
  'every',
  'this',
  'that',
]);

/**
 * An order verb is said: a phrase of `CUES.orderVerb`, except "order" as a noun (after an article,
 * a possessive or "per", and not followed by "of" or "for": "an order of fries" still orders).
 */
export function saysOrderVerb(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const len = CUES.orderVerb.matchAt(tokens, i);
    if (len === 0) continue;
    const t = tokens[i] as Token;
    const noun =
      len === 1 &&
      t.norm === 'order' &&
      ORDER_NOUN_BEFORE.has(tokens[i - 1]?.norm ?? '') &&
      !['of', 'for'].includes(tokens[i + 1]?.norm ?? '');
    if (noun) continue;
    // "what's the difference between a cheeseburger and a double": the "and a" of a comparison joins
    // the dishes compared, it adds none
    if (t.norm !== 'order' && COORDINATING.has(t.norm) && comparedBefore(tokens, i)) continue;
    return true;
  }
  return false;
}

/** The list words of `CUES.orderVerb` ("and a", "plus a", "also a"). */
const COORDINATING = new Set(['and', 'plus', 'also']);
/** Words that set dishes side by side to compare them. */
const COMPARING = new Set(['between', 'compare', 'compared', 'comparing', 'versus', 'vs']);

/** A comparing word earlier in the clause of token `i` (no punctuation between). */
function comparedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.punct) return false;
    if (COMPARING.has(t.norm)) return true;
  }
  return false;
}

/**
 * Which tokens to weigh when judging how much of a message the menu explains. A message of several
 * sentences (`messageSentences`): the sentences that order when one of them mentions the menu, else
 * the sentences that mention the menu, else all. One sentence: all of it. Pure.
 */
function menuSentences(
  tokens: readonly Token[],
  segs: readonly Segment[],
  lines: readonly LineDraft[],
): (i: number) => boolean {
  const { of, count, ordering } = messageSentences(tokens, lines);
  if (count < 2) return () => true;
  const mentioning = new Set(segs.flatMap((s) => (s.type === 'lex' ? [of[s.start] as number] : [])));
  const picked = [...ordering].some((x) => mentioning.has(x)) ? ordering : mentioning;
  if (picked.size === 0) return () => true;
  return (i) => picked.has(of[i] as number);
}
