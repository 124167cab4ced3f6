import { choiceName } from '../../domain/choice-name.ts';
import type { Diet, Menu, VenueSettings } from '../../domain/menu-schema.ts';
import type { VenueDocument, VenueMood } from '../../domain/venue.ts';
import { wordTable } from '../../domain/word-table.ts';
import { MAX_MESSAGE_LENGTH_CEILING } from '../config/dialog-config.ts';
import { type FactQuestion, readFactQuestion } from '../facts/fact-question.ts';
import { BoundedMemo } from '../state/bounded-memo.ts';
import { absentBesideUnresolved, mergedUnresolved } from './absent-mentions.ts';
import { allergensAskedIn } from './allergen-dishes.ts';
import { buildLines, type LineDraft } from './build-lines.ts';
import { cartChoiceAlone } from './cart-choice-alone.ts';
import { cartChoiceWords } from './cart-choice-words.ts';
import { cartGroupReask, withGroupReask } from './cart-group-reask.ts';
import { cartDishByHeadNoun, countsCartDish } from './cart-head-noun.ts';
import { cartIngredientRemovals } from './cart-ingredient-removals.ts';
import { cartDishesByNamePart } from './cart-name-part.ts';
import { cartOptionChange, withCartOptionChange } from './cart-option-changes.ts';
import { cartLineForFreeOptions, optionsOnItem } from './cart-target.ts';
import { withChoiceAvailability } from './choice-availability.ts';
import { classifyIntents } from './classify-intents.ts';
import { clockTimeTokens } from './clock-times.ts';
import { isCommonDishName } from './common-dish-names.ts';
import { COMMON_WORDS, STOPWORDS } from './common-words.ts';
import { comparesDishes } from './compared-dishes.ts';
import { COMPLAINT } from './complaint-cues.ts';
import { lineBeneficiary } from './constraint-owner.ts';
import { choicesContinuingDish } from './continued-dish.ts';
import { readCountMultiplier } from './count-multiplier.ts';
import { countUpdateRewrite } from './count-update-verbs.ts';
import { choicesAfterPart, countedPartSeg } from './counted-part.ts';
import { courtesyTailTokens } from './courtesy-tail.ts';
import { CUES } from './cues.ts';
import { asksForTime } from './deliberation-cues.ts';
import { dietQualifiedDishes } from './diet-qualified-dish.ts';
import { dishFits } from './dish-fits.ts';
import { dishNameWord } from './dish-name-word.ts';
import { type DishSlotContext, inDishSlot } from './dish-slot-word.ts';
import {
  dislikedAt,
  dislikedWords,
  foodWords as foodWordsOf,
  namesDisliked,
} from './disliked-ingredients.ts';
import { absentDrinkKind, absentDrinkKindOf } from './drink-kind-words.ts';
import { asksForEventCatering } from './event-catering.ts';
import { documentVocabulary, faqVocabulary } from './faq-vocabulary.ts';
import { OPTION_ORDER_WORDS } from './filler-words.ts';
import { readFilters } from './filters.ts';
import { focusHeldReading } from './focus-held-question.ts';
import { DRINK_WORDS, FOOD_WORDS } from './food-words.ts';
import { FOREIGN_TASK } from './foreign-task-cues.ts';
import { FRUSTRATION } from './frustration-cues.ts';
import { FULFILLMENT_SWITCH } from './fulfillment-switch.ts';
import { withGreeting, withoutOpeningGreeting } from './greeting-lead.ts';
import { impliedFromCountedClauses, impliedFromOptionsAlone } from './implied-items.ts';
import { mayHoldShares, readImpliedShares } from './implied-shares.ts';
import { dishesHoldingWords, dishesWithIngredient } from './ingredient-dishes.ts';
import { ingredientRemovalNotes } from './ingredient-removals.ts';
import { FULFILLMENT_WORDS, HARD_VETO, saysOrderVerb } from './intent-signals.ts';
import { type ItemQuestionReading, readItemQuestion } from './item-question.ts';
import { kindCategories, readKindBrowse } from './kind-categories.ts';
import { afterLeadIn } from './lead-in.ts';
import { Lexicon } from './lexicon.ts';
import { looksAtCategory } from './look-request.ts';
import { isMeasureOfServing, measuredOrder } from './measured-order.ts';
import { memoizeParse } from './memoize-parse.ts';
import { menuDrinks } from './menu-drinks.ts';
import { MenuIndex } from './menu-index.ts';
import { asksMenuSuperlative, menuSuperlativeAt } from './menu-superlative-question.ts';
import { normalize, type Token } from './normalize.ts';
import { oneAsHeadNoun } from './one-anaphora.ts';
import { readOptionWithDish } from './option-with-dish.ts';
import { askDishForOptions } from './options-without-dish.ts';
import type { ParseContext, ParsedLine, ParseResult } from './parse-result.ts';
import { cartPartPreparation, partRequests } from './part-preparation.ts';
import { withoutPartyStatement } from './party-statement.ts';
import { type PaymentPhrases, paymentPhrases } from './payment-phrases.ts';
import { phoneCountry } from './phone-number.ts';
import { PhraseSet } from './phrase-set.ts';
import { type NounBrowse, readNounBrowse, readWhichNoun, widerThanCategory } from './plural-noun-browse.ts';
import { pointedEdits } from './pointed-edit.ts';
import { dropPointedReferences } from './pointed-reference.ts';
import { readPossibilityQuestion } from './possibility-question.ts';
import { findPrepPhrases } from './prep-notes.ts';
import { productKind } from './product-names.ts';
import { asksAboutPronoun, partOfNameOnly } from './pronoun-subject.ts';
import type { MisspeltNumbers } from './quantity.ts';
import { ORDERISH_QUESTION, questionClauses } from './question-clauses.ts';
import { questionText } from './question-text.ts';
import { asksForRecommendation } from './recommend-asks.ts';
import { relativePronouns } from './relative-clause.ts';
import { reopenedSlot } from './reopen-slot.ts';
import { readRequestedTime } from './requested-time.ts';
import { withScaleAsks } from './scale-asks.ts';
import { scopeClassifier } from './scope/scope.ts';
import type { ScopeScore } from './scope/scope-classifier.ts';
import { scopeFeatures } from './scope/scope-features.ts';
import { scopeWords } from './scope/scope-text.ts';
import { type Segment, segment } from './segment.ts';
import { temperatureLines } from './serving-temperature.ts';
import { choicesSaidAlone } from './shared-choice-dishes.ts';
import { expandMarkerShorthand } from './shorthand.ts';
import { withoutSideFrame } from './side-of-dish.ts';
import { singularOf } from './singular.ts';
import { readSlots } from './slots.ts';
import { messageSentences, storyTokens } from './story-sentences.ts';
import { superlativeKind } from './superlative-kind.ts';
import { withSwapOneHead } from './swap-one.ts';
import { readSwitchVerbs } from './switch-verbs.ts';
import { withoutMenuWordsInTotal } from './total-question.ts';
import { ungatedChoices } from './ungated-choices.ts';
import { unknownDishes, withoutImpliedBy } from './unknown-dishes.ts';
import { joinAdjacentUnknowns, withUnitCounts } from './unknown-runs.ts';
import { readUnofferedModifiers } from './unoffered-modifiers.ts';
import { ingredientRemovalsAsNotes } from './unread-removals.ts';
import { asksAboutVenueName, type VenueNameMask, venueNameReader } from './venue-name.ts';
import { whOrderQuestions } from './wh-order-question.ts';
import { asksWhyDetail } from './why-asked.ts';
import { withoutChosenStyles, withPrepNotes } from './with-prep-notes.ts';

/** Lexicon kinds read as browse filters, never as an ingredient asked for. */
const FILTER_KINDS = new Set(['diet', 'allergen', 'category', 'tag', 'mood', 'group']);

/** Understanding without a language model: everything derived from the menu at load time. */
export interface Understanding {
  parse(text: string, context?: ParseContext): ParseResult;
  /**
   * How this venue's misspelt number words are read ("thre", "tenn"): its menu words never are. For the
   * readers of a count outside the parse (a correction's count, a piece-count answer; `countWord`).
   */
  readonly misspeltNumbers: MisspeltNumbers;
}

/** A guard for direct callers; never below what the dialog may pass (its length cap does the cutting). */
const MAX_INPUT = MAX_MESSAGE_LENGTH_CEILING;

/**
 * Builds the lexicon, indexes and FAQ vocabulary once; `parse` is then pure and fast, and remembers its
 * latest readings (memoize-parse.ts).
 */
export function createUnderstanding(
  menu: Menu,
  moods: readonly VenueMood[] = [],
  documents: VenueDocument[] = [],
): Understanding {
  const index = new MenuIndex(menu);
  const lexicon = new Lexicon(menu, moods);
  const menuWords = new Set<string>();
  for (const i of menu.items)
    for (const t of normalize(`${i.name} ${i.aliases.join(' ')}`).tokens) menuWords.add(t.key);
  const faqWords = faqVocabulary(documents, menuWords);
  const documentWords = documentVocabulary(documents, menuWords);
  const country = phoneCountry(menu.venue.country);
  const payments = paymentPhrases(menu.venue);
  const deps: Deps = {
    index,
    lexicon,
    faqWords,
    documentWords,
    country,
    venue: menu.venue,
    payments,
    groupMood: groupMood(lexicon),
    scopes: new BoundedMemo(SUB_READINGS_KEPT),
    times: new BoundedMemo(SUB_READINGS_KEPT),
    nounBrowses: new BoundedMemo(SUB_READINGS_KEPT),
  };
  // "do you have almond milk": a question whether a choice exists, read over the parse
  // (a choice said alone that names a dish keeps the dish's question: its order reading is asked)
  const read: (text: string, context?: ParseContext) => ParseResult = memoizeParse((text, context) =>
    withChoiceAvailability(parseSpellingOnes(text, context, deps), text, menu, (phrase) => read(phrase)),
  );
  const venueName = { read: venueNameReader(menu.venue.name), name: menu.venue.name };
  return {
    parse: (text, context) => readNamingVenue(text.slice(0, MAX_INPUT), context, venueName, read),
    misspeltNumbers: { isMenuWord: (w) => lexicon.hasWord(w) },
  };
}

/**
 * The message read with the venue's own name masked ("why is it called spice route": no spice level);
 * a question about the name itself is a question for the documents, searched with the name as typed.
 */
function readNamingVenue(
  text: string,
  context: ParseContext | undefined,
  venueName: { read: (text: string) => VenueNameMask; name: string },
  read: (text: string, context?: ParseContext) => ParseResult,
): ParseResult {
  const masked = venueName.read(text);
  if (!masked.named) return read(text, context);
  const result = read(masked.text, context);
  if (!asksAboutVenueName(masked) || result.lines.length > 0) return result;
  const { itemQuestion: _item, absentDishes: _absent, mood: _mood, ...rest } = result;
  const question = `${text.trim()} (the name ${venueName.name})`;
  return {
    ...rest,
    text: question,
    // the documents tell a name's story beside the word "name" ("The name comes from ..."): the search
    // carries it whatever the wording ("why is it called Spice Route")
    question,
    intents: [{ intent: 'faq', confidence: 0.85 }],
    itemRefs: [],
    why: {
      scope: result.why?.scope ?? { class: 'restaurant', score: 0 },
      intents: [
        { intent: 'faq', rule: 'understanding.venue_name', because: "asks about the venue's own name" },
      ],
    },
  };
}

interface Deps {
  index: MenuIndex;
  lexicon: Lexicon;
  faqWords: ReadonlySet<string>;
  documentWords: ReadonlySet<string>;
  country: ReturnType<typeof phoneCountry>;
  venue: VenueSettings;
  payments: PaymentPhrases;
  /** The venue's mood for feeding a group (`groupMood`), read once at load; undefined when it has none. */
  groupMood: string | undefined;
  /**
   * The parse's readings of the words alone, remembered by those words: the same message comes back
   * with another context (another cart, another pending question; a miss of the parse memo) far more
   * often than a new message does. Each holds a pure function's result, handed out as a fresh copy.
   */
  scopes: BoundedMemo<readonly ScopeScore[]>;
  /** `readRequestedTime` by `bare` and text (`null`: no time said). */
  times: BoundedMemo<string | null>;
  /** `readNounBrowse` by text (`null`: no browse by a noun). */
  nounBrowses: BoundedMemo<NounBrowse | null>;
}

/** Entries of each memo of `Deps` (emptied whole when full). */
const SUB_READINGS_KEPT = 2_000;

/** The scope classifier's scores of the words the scope reads (`scopeWords`), remembered per word list. */
function scopeOf(words: readonly string[], memo: Deps['scopes']): ScopeScore[] {
  const key = JSON.stringify(words);
  const known = memo.get(key) ?? memo.set(key, scopeClassifier().classifyScope(scopeFeatures(words)));
  return known.map((x) => ({ cls: x.cls, score: x.score }));
}

/** `readNounBrowse` of the text's tokens (`tokens`, read from `text` alone), remembered per text; a copy. */
/** Whether `items` hold every item of the category `category`, and others besides. */
function holdsAllOf(items: readonly string[], category: string, menu: Menu): boolean {
  const inCategory = menu.items.filter((i) => i.category === category);
  return items.length > inCategory.length && inCategory.every((i) => items.includes(i.id));
}

function nounBrowseOf(text: string, tokens: readonly Token[], deps: Deps): NounBrowse | undefined {
  let known = deps.nounBrowses.get(text);
  if (known === undefined)
    known = deps.nounBrowses.set(text, readNounBrowse(tokens, deps.index.menu) ?? null);
  return known === null ? undefined : { ...known, items: [...known.items] };
}

/** `readRequestedTime(text, bare)`, remembered per text and `bare`. */
function requestedTimeOf(text: string, bare: boolean, memo: Deps['times']): string | undefined {
  const key = `${bare ? 1 : 0}${text}`;
  let known = memo.get(key);
  if (known === undefined) known = memo.set(key, readRequestedTime(text, bare) ?? null);
  return known ?? undefined;
}

/**
 * `parse`, and "swap the croissant for a chocolate one": when "one" stands for a dish's head noun said
 * before it (oneAsHeadNoun), the message is read again with the noun spelt out, and that reading is kept
 * when it names a dish of that head noun with the describing words that the first did not name. The
 * result keeps the message as written.
 */
function parseSpellingOnes(text: string, context: ParseContext | undefined, deps: Deps): ParseResult {
  const first = parse(text, context, deps);
  const rewrite = oneAsHeadNoun(text, normalize(text).tokens, deps.index, context?.cart?.at(-1));
  if (!rewrite) return first;
  const again = parse(rewrite.text, context, deps);
  const before = new Set(first.lines.map((l) => l.itemId));
  const names = (id: string) => {
    const words = normalize(deps.index.items.get(id)?.name ?? '').tokens.map((t) => t.key);
    return words.at(-1) === rewrite.head && rewrite.modifiers.every((m) => words.includes(m));
  };
  const spelt = again.lines.some((l) => !before.has(l.itemId) && names(l.itemId));
  return spelt ? { ...again, text } : first;
}

/**
 * Whether a choice starts at token `i` that the dish in focus takes (the dish waiting on its question,
 * else the cart's last dish; with none, any choice of the menu).
 */
function namesFocusChoice(
  tokens: readonly Token[],
  i: number,
  context: ParseContext | undefined,
  deps: Deps,
): boolean {
  const focus = typeof context?.expecting === 'object' ? context.expecting.itemId : context?.cart?.at(-1);
  return (deps.lexicon.match(tokens, i)?.entries ?? []).some(
    (e) => e.kind === 'choice' && !e.part && (focus === undefined || deps.index.accepts(focus, e.group)),
  );
}

/** How many eating make a group the venue's mood for feeding one fits ("party of 4"). */
const GROUP_SIZE = 4;

/** Words every venue's mood for feeding a group is likely to hold, tried in turn. */
const GROUP_MOOD_WORDS = ['feeding a crowd', 'big group', 'feeding a group', 'party'];

/** The venue's mood for feeding a group (the one its lexicon reads "feeding a crowd" as), if any. */
function groupMood(lexicon: Lexicon): string | undefined {
  for (const words of GROUP_MOOD_WORDS) {
    const tokens = normalize(words).tokens;
    const hit = lexicon.match(tokens, 0);
    if (hit === undefined || hit.end !== tokens.length || hit.typos > 0) continue;
    const mood = hit.entries.find((e) => e.kind === 'mood');
    if (mood?.kind === 'mood') return mood.id;
  }
  return undefined;
}

function parse(text: string, context: ParseContext | undefined, deps: Deps, notes = true): ParseResult {
  const { index, lexicon, faqWords, documentWords, country, venue, payments, scopes, times } = deps;
  const norm = normalize(text);
  // "swap the croissant for a plain one": the "one" is a croissant (swap-one.ts)
  const tokens = withSwapOneHead(withoutSideFrame(expandMarkerShorthand(norm.tokens), lexicon));
  // "one question, is it vegan?", "oh and does it have nuts?": the lead-in asks nothing, and the
  // question about "it" after it is read as said alone
  // "hi what time do you close": what follows the greeting is read as said alone, the greeting beside it
  // ("hey bot", "hi there anyone around": what follows that reads as nothing leaves the greeting whole)
  // "bump the wings up to 20", "take it down to 2": a count update said with a verb of raising or
  // lowering is read as "make the wings 20" (count-update-verbs.ts)
  const recount = countUpdateRewrite(text, norm.tokens, (i) =>
    (lexicon.match(norm.tokens, i)?.entries ?? []).some((e) => e.kind === 'item' || e.kind === 'choice'),
  );
  if (recount !== undefined) return { ...parse(recount, context, deps, notes), text };
  // "double it", "triple that", "twice as many": the count of the dish in focus multiplied, read as a
  // change of count ("make it 2") whose count is the factor (count-multiplier.ts); a word that is a
  // choice of the dish in focus ("double" of a burger's patties) is that choice
  const scaled = readCountMultiplier(norm.tokens, (i) => namesFocusChoice(norm.tokens, i, context, deps));
  if (scaled?.object !== undefined) {
    // "double the garlic knots": the count of the cart dish named is multiplied, when the words name
    // exactly one cart dish and nothing more of it (no option, no other word)
    const named = namedCartDish(
      parse(
        text.slice(
          (norm.tokens[scaled.object.from] as Token).oStart,
          (norm.tokens[scaled.object.to - 1] as Token).oEnd,
        ),
        context,
        deps,
        false,
      ),
      context,
    );
    if (named)
      return {
        ...named.read,
        text,
        intents: [{ intent: 'order_update', confidence: 0.9 }],
        lines: [{ ...named.line, action: 'update' }],
        scale: scaled.factor,
      };
  } else if (scaled !== undefined) {
    const { quantity: _count, ...read } = parse(`make it ${scaled.factor}`, context, deps, notes);
    if (read.intents[0]?.intent === 'order_update') return { ...read, text, scale: scaled.factor };
  }
  const greeted = withoutOpeningGreeting(text, norm.tokens);
  const rest = greeted !== undefined ? parse(greeted, context, deps, notes) : undefined;
  if (rest && rest.intents[0]?.intent !== 'out_of_scope') return withGreeting(rest, text);
  // "party of 6, any suggestions?", "there are 4 of us, what do you recommend": who is eating, said
  // around an ask for the house's pick, is read apart (party-statement.ts); a group takes the venue's
  // mood for feeding one unless the ask names a mood of its own
  const party = withoutPartyStatement(text, norm.tokens);
  const picked = party !== undefined ? parse(party.rest, context, deps, notes) : undefined;
  if (party !== undefined && picked?.intents[0]?.intent === 'recommend') {
    const group = picked.mood ?? (party.size >= GROUP_SIZE ? deps.groupMood : undefined);
    return { ...picked, text, ...(group ? { mood: group } : {}) };
  }
  const lead = afterLeadIn(tokens);
  if (lead > 0 && asksAboutPronoun(tokens))
    return { ...parse(text.slice((tokens[lead] as Token).oStart), context, deps, notes), text };
  const waiting = typeof context?.expecting === 'object' ? context.expecting.itemId : undefined;
  const ordering = (context?.cart?.length ?? 0) > 0 || waiting !== undefined;
  const inCart = context?.cart ?? [];
  // "remove the dal" with Dal Makhani in the cart: a part of a cart dish's name pointed at names it;
  // "with garlic naan" after a curry: the curry's choice, not a dish
  const segs = choicesContinuingDish(
    cartDishesByNamePart(
      withoutMenuWordsInTotal(
        segment(tokens, lexicon, countsCartDish(tokens, inCart, waiting, index)),
        tokens,
        ordering,
      ),
      tokens,
      inCart,
      index,
    ),
    waiting ? [...inCart, waiting] : inCart,
    index,
  );
  // "a large pepperoni, well done", "cut in squares": preparation requests are kitchen notes, read apart
  // (not at a checkout question or the summary, where the words are that answer)
  if (notes && typeof context?.expecting !== 'string') {
    // "can the bun be toasted": a part's preparation is read with its part (part-preparation.ts)
    const parts = partRequests(tokens, segs, text);
    // "a coffee, black": a style a choice of another dish also names is the coffee's note
    const prep = withoutChosenStyles(
      findPrepPhrases(tokens, segs, text).filter((p) => !parts.some((r) => r.from <= p.from && p.to <= r.to)),
      index,
      () => parse(text, context, deps, false),
    );
    if (prep.length > 0) {
      const noted = withPrepNotes(text, context, prep, (t) => parse(t, context, deps, false));
      if (noted) return noted;
    }
  }
  // "two mediums one with pepperoni and one with mushrooms": a dish named by its options, split per unit
  if (
    notes &&
    (context?.cart?.length ?? 0) === 0 &&
    context?.expecting === undefined &&
    mayHoldShares(tokens, lexicon)
  ) {
    const first = parse(text, context, deps, false);
    return readImpliedShares(text, tokens, first, (t) => parse(t, context, deps, false), lexicon) ?? first;
  }
  const cart = context?.cart ?? [];
  const idle = context?.expecting === undefined;
  const built = buildLines(
    segs,
    tokens,
    index,
    cart,
    cart.length === 0 && idle,
    idle,
    waiting,
    context?.cartGates,
  );
  // "a plain naan with extra butter": words no option knows, said as the dish's modifier, are said back
  readUnofferedModifiers(segs, tokens, built.lines, index);
  // "toast the bagel please": a dish's switch said as a verb before it, never a dish of its own
  const verbs = readSwitchVerbs(built.lines, segs, tokens, index);
  built.lines = verbs.lines;
  // "is it spicy?": a question about "it" names no dish by a part of a dish's name ("spicy" of the
  // Diablo Burger's "spicy burger"); the dish is the one in focus, or the bot asks which
  const aboutPronoun = asksAboutPronoun(tokens);
  if (aboutPronoun) built.lines = built.lines.filter((l) => !partOfNameOnly(segs[l.seg]));
  // "how many slices does the large have": the part counted is no dish (the Cheese Slice)
  const counted = countedPartSeg(tokens, segs);
  if (counted !== undefined) {
    // the choices said of it ("with the medium") are the size asked about
    for (const l of built.lines) if (l.seg === counted) built.freeOptions.push(...l.options);
    for (const c of choicesAfterPart(segs, counted))
      if (!built.freeOptions.some((o) => o.group === c.group && o.choice === c.choice))
        built.freeOptions.push({ ...c, choiceName: choiceName(index.menu, c), quantity: 1 });
    built.lines = built.lines.filter((l) => l.seg !== counted);
  }
  // "recommend something for someone who hates paneer": asked for a pick, a dish word a dislike reaches
  // is what is disliked (the recommendation's filter below), never a dish ordered
  if (CUES.recommend.has(tokens)) {
    const disliked = new Set(dislikedAt(tokens));
    if (disliked.size > 0)
      built.lines = built.lines.filter((l) => {
        const seg = segs[l.seg];
        return (
          !seg ||
          !Array.from({ length: seg.end - seg.start }, (_, k) => seg.start + k).some((i) => disliked.has(i))
        );
      });
  }
  // "large mushroom and onion" with nothing in the cart and no question pending: a dish to choose
  if (cart.length === 0 && context?.expecting === undefined) impliedFromOptionsAlone(built, index, segs);
  else if (context?.expecting === undefined) impliedFromCountedClauses(built, index, segs);
  // "large oat milk" read as no dish, for no dish of the cart: which dish the options are for is asked
  // (the whole message only: a part read again for its shares or notes keeps its options as said)
  if (context?.expecting === undefined && notes) askDishForOptions(built, index, segs, tokens, cart);
  // "palak paneer for me and a butter chicken for my son": each line's eater, up to the next line
  // (a line implied by options alone may have no segment of its own)
  built.lines.forEach((l, i) => {
    const own = segs[l.seg];
    if (!own) return;
    const next = segs[built.lines[i + 1]?.seg ?? -1];
    const forWhom = lineBeneficiary(tokens, own.end, next ? next.start : tokens.length);
    if (forWhom) l.forWhom = forWhom;
  });
  // "a vegan muffin", "a gluten free croissant": the dish must fit the words said right before it
  for (const l of built.lines) {
    const fits = dishFits(segs, tokens, l.seg);
    if (fits) l.fits = fits;
  }
  const absorbed = new Set<number>();
  built.lines.forEach((l) => {
    const next = segs[l.seg + 1];
    if (next?.type === 'lex' && next.entries.some((e) => e.kind === 'category')) absorbed.add(l.seg + 1);
  });
  const { filters, constraints, guests, mood, tags } = readFilters(segs, tokens, absorbed);
  // "dairy free drinks?" where the drinks span "Espresso Drinks", "Brewed Coffee & Tea" and "Other
  // Drinks": a kind word browses every category that holds the kind
  const kindBrowse =
    built.lines.length === 0 ? readKindBrowse(tokens, index.menu, filters.category) : undefined;
  if (kindBrowse && 'category' in kindBrowse) filters.category ??= kindBrowse.category;
  else if (kindBrowse) {
    filters.items = kindBrowse.items;
    filters.noun = kindBrowse.noun;
    delete filters.category;
  }
  const kindItems = kindBrowse !== undefined && 'items' in kindBrowse;
  const itemTokens = new Set<Token>();
  for (const s of segs)
    if (s.type === 'lex') for (let i = s.start; i < s.end; i++) itemTokens.add(tokens[i] as Token);
  const { slots, tokens: slotTokens } = readSlots(
    text,
    tokens,
    context,
    (t) => itemTokens.has(t),
    country,
    payments,
  );
  // "do you deliver to midtown?" asks; it does not choose delivery (a request, "can you deliver it?",
  // is no question clause and still does)
  const asks = questionClauses(tokens);
  const words = tokens.filter((t) => !t.punct);
  const request = ORDERISH_QUESTION.has(`${words[0]?.norm ?? ''} ${words[1]?.norm ?? ''}`);
  // ("wait, can you deliver it instead?" asks to switch and still does)
  const switching = tokens.some((t) => FULFILLMENT_SWITCH.has(t.norm));
  if (
    slots.fulfillment &&
    !request &&
    !switching &&
    // "... and could you deliver to 22 Baker Street?" gives the address: a delivery asked for
    !slots.address &&
    tokens.every((t, i) => !(FULFILLMENT_WORDS.has(t.norm) && slotTokens.has(t)) || asks[i] === true) &&
    tokens.some((t, i) => FULFILLMENT_WORDS.has(t.norm) && asks[i] === true)
  )
    delete slots.fulfillment;
  // "pickup at 7:30", "asap", "in 45 minutes": when the order is wanted (a bare "8" only when asked)
  const when = requestedTimeOf(text, context?.expecting === 'when', times);
  if (when !== undefined) slots.when = when;
  // words a checkout detail took are no order ("five five five zero one ..." is a phone, not a Coke Zero)
  built.lines = built.lines.filter(
    (l) => !tokens.some((t) => t.start >= l.span[0] && t.end <= l.span[1] && !t.punct && slotTokens.has(t)),
  );
  // a story around the order: a dish mentioned in passing in a sentence that neither orders nor asks
  // ("the naan is actually fresh") is not ordered, and its unknown words are no dish to ask about
  const story = storyTokens(messageSentences(tokens, built.lines), asks);
  const inStory = (l: { span: readonly [number, number] }) =>
    tokens.some((t, i) => t.start >= l.span[0] && t.end <= l.span[1] && !t.punct && story(i));
  built.lines = built.lines.filter((l) => l.action !== 'add' || l.quantityExplicit || !inStory(l));
  const passing = new Set<Token>([...slotTokens, ...tokens.filter((_, i) => story(i))]);
  // "is the latte hot": the serving word is the latte's temperature, not the Hot Tea
  built.lines = temperatureLines(built.lines, tokens, index.menu);
  const itemRefs = built.lines
    .filter((l) => l.action !== 'add')
    .map((l) => ({ itemId: l.itemId, name: l.name }));
  const categoryMentioned = filters.category !== undefined || kindItems;
  const groupMentioned = segs.some((s) => s.type === 'lex' && s.entries.some((e) => e.kind === 'group'));

  const reopen = reopenedSlot(tokens, slots);
  const partial = {
    filters,
    constraints,
    slots,
    ...(reopen ? { reopen } : {}),
    itemRefs,
    ...(mood ? { mood } : {}),
    ...(guests.length > 0 ? { guestConstraints: guests } : {}),
  };
  // "please bring paneer tikka at 8 pm", "I'll pick it up in 10 min": beside a dish or a pickup or
  // delivery, a time says when the order is wanted; the classifier, which learnt times from alarms and
  // reminders, reads the message without it
  const clockTime = clockTimeTokens(tokens);
  // the words of the requested time ("10 oclock", "in 20 mins") are no dish the menu lacks
  if (slots.when !== undefined) for (const [i, t] of tokens.entries()) if (clockTime[i]) passing.add(t);
  const timeOfOrder =
    (segs.some((s) => s.type === 'lex' && s.entries.some((e) => e.kind === 'item')) ||
      slots.fulfillment !== undefined) &&
    !FOREIGN_TASK.has(tokens);
  // "add fries too, cheers": a closing courtesy after a request is manners; the classifier reads the
  // request without it (courtesy-tail.ts)
  const courtesyTail = courtesyTailTokens(tokens);
  const scope = scopeOf(
    scopeWords(tokens, segs, (i) => (timeOfOrder && clockTime[i] === true) || courtesyTail.has(i)),
    scopes,
  );
  let itemQuestion = readItemQuestion({
    tokens,
    segs,
    lines: built.lines,
    freeOptions: built.freeOptions,
    category: filters.category,
    ...(kindBrowse ? { kindAt: kindBrowse.at } : {}),
    ...(typeof context?.expecting === 'object' ? { focusItem: context.expecting.itemId } : {}),
    ...(counted !== undefined ? { countedSeg: counted } : {}),
    index,
  });
  const fact = readFactQuestion(text, venue);
  const classified = classifyIntents({
    tokens,
    segs,
    built,
    result: partial,
    tags,
    categoryMentioned,
    groupMentioned,
    faqWords,
    documentWords,
    factQuestion: fact !== undefined,
    dislikeHeld: dislikeHeldByMenu(tokens, index.menu),
    venueSelf: fact !== undefined && VENUE_SELF_TOPICS.has(fact.topic),
    scope,
    slotTokens,
    ...(context ? { context } : {}),
    ...(itemQuestion ? { itemQuestion } : {}),
  });
  let intents = classified.intents;
  // "is it spicy?": the spice word is what is asked about "it", not a mood to suggest dishes for
  if (aboutPronoun && built.lines.length === 0 && intents.some((i) => i.intent === 'item_info')) {
    intents = intents.filter((i) => i.intent !== 'recommend');
    classified.why = classified.why.filter((w) => w.intent !== 'recommend');
  }
  let lines: LineDraft[] = built.lines;
  // "why do you need my name?" at the name question: a question about the question, answered with what
  // the detail is for, then asked again
  const detail = context?.expecting;
  const whyAsked =
    typeof detail === 'string' &&
    detail !== 'confirmation' &&
    detail !== 'when' &&
    built.lines.length === 0 &&
    asksWhyDetail(tokens, detail);
  if (whyAsked) {
    intents = [{ intent: 'chitchat', confidence: 0.9 }];
    classified.why = [
      {
        intent: 'chitchat',
        rule: 'understanding.why_asked',
        because: 'asks why the detail asked for is needed',
      },
    ];
  }
  // "can you make the chana masala jain?", "can I swap the cheese for vegan cheese?" (nothing in the
  // cart): a question about what the kitchen can do, answered from the documents, not an order
  const possibility = readPossibilityQuestion({ tokens, segs, cartSize: cart.length });
  if (possibility) {
    intents = [{ intent: 'faq', confidence: 0.85 }];
    classified.why = [
      {
        intent: 'faq',
        rule: `understanding.possibility_${possibility}`,
        because: 'asks whether a dish can be made another way, not for the dish',
      },
    ];
    built.freeOptions = [];
    built.freeWithout = [];
  }
  // "we'd love a dosa station at our wedding": a catering question, not a dosa for now
  if (!possibility && asksForEventCatering(tokens, lines)) {
    intents = [{ intent: 'faq', confidence: 0.8 }];
    classified.why = [
      {
        intent: 'faq',
        rule: 'understanding.event_catering',
        because: 'a dish named as a catering service at an occasion',
      },
    ];
    built.freeOptions = [];
    built.freeWithout = [];
  }
  // "which dishes have sesame?", "nut allergy, what should we avoid?": the list of dishes with it
  const allergenIn = possibility ? undefined : allergensAskedIn(tokens, segs, asks);
  if (allergenIn && lines.length === 0) {
    filters.allergenIn = allergenIn;
    filters.allergenFree = filters.allergenFree.filter((a) => !allergenIn.includes(a));
    // a greeting before the question is still answered ("hi! which dishes have sesame?")
    intents = [{ intent: 'browse_menu', confidence: 0.85 }, ...intents.filter((x) => x.intent === 'greet')];
    classified.why = [
      {
        intent: 'browse_menu',
        rule: 'understanding.allergen_in',
        because: 'asks which dishes hold an allergen (or which to avoid)',
      },
    ];
    built.freeOptions = [];
    built.freeWithout = [];
  }
  // "let me have a look at the desserts", "can I see your salads": looking at a category browses it
  const looked = !possibility && !allergenIn && looksAtCategory(tokens, segs, lines, filters.category);
  if (looked) {
    // a greeting before the question is still answered ("hi! which dishes have sesame?")
    intents = [{ intent: 'browse_menu', confidence: 0.85 }, ...intents.filter((x) => x.intent === 'greet')];
    classified.why = [
      {
        intent: 'browse_menu',
        rule: 'understanding.look_at_category',
        because: 'asks to look at (see, check out, be shown) a category of the menu',
      },
    ];
    lines = [];
    itemRefs.length = 0;
    built.freeOptions = [];
    built.freeWithout = [];
  }
  // "do you have anything with paneer?", "any halal lamb dishes": the list of dishes whose name or
  // ingredients hold the word; a diet, allergen, category, tag or mood word beside it is a filter
  const filterWordAt = new Set<number>();
  for (const s of segs)
    if (s.type === 'lex' && s.entries.some((e) => FILTER_KINDS.has(e.kind)))
      for (let i = s.start; i < s.end; i++) filterWordAt.add(i);
  const withIngredient =
    possibility || allergenIn || looked || lines.some((l) => l.quantityExplicit)
      ? undefined
      : dishesWithIngredient(tokens, asks, index.menu, (i) => filterWordAt.has(i));
  if (withIngredient) {
    filters.items = withIngredient.items;
    const kind = withIngredient.items.length === 1 ? 'one dish' : 'dishes';
    filters.noun = `${[...(withIngredient.flags ?? []), kind].join(' ')} with ${withIngredient.word}`;
    // a greeting before the question is still answered ("hi! which dishes have sesame?")
    intents = [{ intent: 'browse_menu', confidence: 0.85 }, ...intents.filter((x) => x.intent === 'greet')];
    classified.why = [
      {
        intent: 'browse_menu',
        rule: 'understanding.ingredient_in',
        because: 'asks which dishes hold an ingredient (in their name or ingredient list)',
      },
    ];
    lines = [];
    itemRefs.length = 0;
    built.freeOptions = [];
    built.freeWithout = [];
  }
  // "any recommendations for a first timer?", "what do most people get here": a pick asked of the house
  // that only the fallback read (the classifier took it for another domain's request)
  if (
    lines.length === 0 &&
    classified.why[0]?.rule.startsWith('fallback.') &&
    asksForRecommendation(tokens)
  ) {
    intents = [{ intent: 'recommend', confidence: 0.8 }];
    classified.why = [
      {
        intent: 'recommend',
        rule: 'understanding.recommend_ask',
        because: 'asks the house for a pick (a first visit, what is popular)',
      },
    ];
  }
  // "I only have a short lunch break, how fast is lunch?": the mood stays, but a question of how fast
  // or how long asks about the service first (the documents say how soon dishes leave the kitchen)
  if (
    intents[0]?.intent === 'recommend' &&
    tokens.some((_t, i) => asks[i] && SPEED_QUESTION.matchAt(tokens, i) > 0)
  ) {
    intents = [{ intent: 'faq', confidence: 0.85 }, ...intents];
    classified.why = [
      {
        intent: 'faq',
        rule: 'understanding.speed_question',
        because: 'asks how fast or how long, beside a mood',
      },
      ...classified.why,
    ];
  }
  // "what vegan pizzas do you have": a plural diet-and-kind phrase asks for the list, even where one
  // dish's alias ("vegan pizza") matches it
  const listed =
    intents[0]?.intent === 'item_info' && !filters.diet ? pluralDietMention(lines, tokens) : undefined;
  if (listed) {
    filters.diet = listed.diet;
    filters.category ??= index.items.get(listed.itemId)?.category;
    intents = [{ intent: 'browse_menu', confidence: 0.8 }];
    classified.why = [
      {
        intent: 'browse_menu',
        rule: 'understanding.plural_diet',
        because: 'a plural diet-and-kind phrase asks for the list',
      },
    ];
    lines = [];
    itemRefs.length = 0;
  }
  // "how much heat does the carnitas burrito have", "how spicy is the pad thai": a heat question about one
  // dish (named, or one this menu lacks) asks that dish's heat, not for the spicy dishes
  const heatOfDish =
    itemQuestion?.cued === true &&
    itemQuestion.dish === true &&
    itemQuestion.question.topic === 'spice' &&
    intents[0]?.intent === 'recommend' &&
    intents.some((i) => i.intent === 'item_info');
  if (heatOfDish) {
    intents = intents.filter((i) => i.intent !== 'recommend');
    classified.why = classified.why.filter((w) => w.intent !== 'recommend');
  }
  // "does it have cheese", "is there cheese on it": a pronoun-subject question of what the dish in focus
  // holds; the thing asked about is an ingredient, never a dish matched by its word ("Cheese Fries")
  const held = listed ? undefined : focusHeldReading(tokens, itemQuestion);
  if (held) {
    itemQuestion = held;
    intents = [{ intent: 'item_info', confidence: 0.85 }, ...intents.filter((x) => x.intent === 'greet')];
    classified.why = [
      {
        intent: 'item_info',
        rule: 'understanding.focus_held',
        because: 'asks whether the dish in focus ("it", "that") holds a thing',
      },
    ];
    lines = [];
    itemRefs.length = 0;
    built.freeOptions = [];
    built.freeWithout = [];
    delete filters.items;
    delete filters.noun;
  }
  // "how many slices does the large have": a question about the dish holding the part counted, never a
  // browse of the kind the part names
  if (counted !== undefined && !listed && lines.length + itemRefs.length <= 1) {
    delete filters.category;
    intents = [{ intent: 'item_info', confidence: 0.85 }, ...intents.filter((x) => x.intent === 'greet')];
    classified.why = [
      {
        intent: 'item_info',
        rule: 'understanding.counted_part',
        because: 'asks how many parts ("slices") the dish named or in focus has',
      },
    ];
  }
  // "a pint of buttermilk": a measure of a thing asked for is an order of it, the thing absent or not
  const measured = ['out_of_scope', 'chitchat', 'faq'].includes(intents[0]?.intent ?? '');
  if (measured && lines.length === 0 && itemRefs.length === 0 && measuredOrder(tokens)) {
    intents = [{ intent: 'order_add', confidence: 0.8 }, ...intents.filter((x) => x.intent === 'greet')];
    classified.why = [
      {
        intent: 'order_add',
        rule: 'understanding.measured_order',
        because: 'a count and a unit of measure before "of" and a thing ask for that thing',
      },
    ];
  }
  // "cheeseburger vs hamburger", "compare the margherita and the white pizza": dishes set side by side
  // are asked about, never ordered
  if (!listed && comparesDishes(tokens, [...lines.map((l) => l.itemId), ...itemRefs.map((r) => r.itemId)])) {
    intents = [{ intent: 'item_info', confidence: 0.85 }, ...intents.filter((x) => x.intent === 'greet')];
    classified.why = [
      {
        intent: 'item_info',
        rule: 'understanding.compared_dishes',
        because: 'two dishes set side by side by a comparing word are asked about',
      },
    ];
  }
  // an item question reads the list and FAQ words as its topic, not as further requests
  const asked = intents[0]?.intent === 'item_info' && !listed ? itemQuestion : undefined;
  // "is it vegan?": no subject, the item in focus is asked about (the command generator decides)
  const relatives = relativePronouns(tokens);
  const aboutFocus =
    !asked &&
    itemQuestion?.cued &&
    !itemQuestion.subject &&
    // "something that has no dairy": a relative "that" points at the dishes asked for, not at the focus
    tokens.some((t, i) => FOCUS_PRONOUNS.has(t.norm) && !relatives.has(i))
      ? itemQuestion
      : undefined;
  if (asked?.subject) {
    if (asked.impliedItem && !built.lines.some((l) => l.itemId === asked.impliedItem))
      itemRefs.push({ itemId: asked.impliedItem, name: index.items.get(asked.impliedItem)?.name ?? '' });
    // "how spicy is the diavola?": the spice word is the topic, not a mood to recommend for
    const dropped = new Set(asked.cued ? ['browse_menu', 'faq', 'recommend'] : ['browse_menu', 'faq']);
    const kept = intents.filter((i) => !dropped.has(i.intent));
    classified.why = classified.why.filter((w) => !dropped.has(w.intent));
    intents = kept;
  }
  const primary = intents[0]?.intent;
  const has = (i: string) => intents.some((x) => x.intent === i);

  // "change the pizza to large" / "remove the pizza": a category names the cart item of that category
  if (
    (has('order_update') || has('order_remove')) &&
    lines.length === 0 &&
    filters.category &&
    cart.length > 0
  ) {
    const inCat = [...new Set(cart)].filter((id) => index.items.get(id)?.category === filters.category);
    if (inCat.length === 1) {
      const id = inCat[0] as string;
      const item = index.items.get(id);
      lines = [
        {
          itemId: id,
          name: item?.name ?? id,
          quantity: built.bareQuantity ?? 1,
          quantityExplicit: built.bareQuantity !== undefined,
          options: built.freeOptions.filter((o) => index.accepts(id, o.group)),
          without: built.freeWithout.filter((o) => index.accepts(id, o.group)),
          unresolved: [],
          span: [0, 0],
          action: has('order_remove') ? 'remove' : 'update',
          seg: -1,
        },
      ];
      itemRefs.push({ itemId: id, name: item?.name ?? id });
    }
  }
  // "remove one naan" with only Garlic Naan in the cart: a head noun names the cart dish that has it
  // ("cheddar on the burger" at the cheeseburger's question: the waiting dish counts as the cart's)
  const pointable = waiting && !cart.includes(waiting) ? [...cart, waiting] : cart;
  if (pointable.length > 0)
    lines = lines.map((l) =>
      cartDishByHeadNoun(
        l,
        norm.normalized.slice(l.span[0], l.span[1]),
        pointable,
        index,
        norm.normalized.slice(0, l.span[0]),
        verbs.switched.has(`${l.seg}`),
      ),
    );
  // "extra raita for my dal", "with cream cheese on the bagel": a change pointed at the cart's or the
  // waiting dish edits it (again below, once the kitchen notes are read)
  // "rye toast with the omelet" at the omelet's question: the toast is the omelet's, not a side
  const withDish = readOptionWithDish(lines, segs, tokens, pointable, index);
  lines = withDish.lines;
  const pointedAt = new Set([...verbs.switched, ...withDish.pointed]);
  ({ lines, intents } = pointedEdits({ lines, intents }, norm.normalized, cart, waiting, pointedAt));
  if (typeof context?.expecting === 'object') {
    const { itemId } = context.expecting;
    // a question about choices the waiting dish does not take ("is the horchata dairy free?" at the
    // soda's flavour question) is about those choices, not the waiting dish
    const takesSaid = built.freeOptions.some((o) => index.accepts(itemId, o.group));
    const aboutOtherChoices = primary === 'item_info' && !takesSaid && built.freeWithout.length === 0;
    const said = built.freeOptions.length > 0 || built.freeWithout.length > 0;
    // "and a coke" at the knots' count question: a count before choices that define other dishes (the
    // Flavor of two sodas), none the waiting dish takes, orders one of those dishes (asked below)
    const orderedByChoice = !takesSaid && built.ambiguous.some((a) => a.byChoice);
    if (lines.length === 0 && said && !aboutOtherChoices && !orderedByChoice && index.items.has(itemId)) {
      // the dish waiting on its option takes what is said with no dish: "large, no onions"; a removal
      // it has no place for stays on it, so the engine says the dish does not come with it
      const on = optionsOnItem(built, itemId, index, norm.normalized);
      lines = [
        {
          itemId,
          name: index.items.get(itemId)?.name ?? itemId,
          quantity: 1,
          quantityExplicit: false,
          options: on.options.filter((o) => index.accepts(itemId, o.group)),
          without: on.without,
          unresolved: [],
          span: [0, 0],
          action: 'update',
          seg: -1,
        },
      ];
      // "no onions" alone at the size question: a change of the waiting dish, not small talk
      if (built.freeWithout.length > 0 && !has('order_update'))
        intents = [
          { intent: 'order_update', confidence: 0.8 },
          ...intents.filter((i) => i.intent !== 'out_of_scope' && i.intent !== 'deny'),
        ];
    }
  }
  // Info questions name items without ordering them
  let heldAsRefs: LineDraft[] = [];
  if (primary === 'item_info' || (!has('order_add') && !has('order_update') && !has('order_remove'))) {
    if (primary !== 'item_info') heldAsRefs = lines;
    for (const l of lines)
      if (!itemRefs.some((r) => r.itemId === l.itemId)) itemRefs.push({ itemId: l.itemId, name: l.name });
    lines = [];
  }
  // "add bacon" with one cart item that takes bacon: a change of that item
  const optionsSaid = !has('item_info') && !has('browse_menu') && !has('faq');
  const cartLine =
    lines.length === 0 && optionsSaid
      ? cartLineForFreeOptions(built, cart, index, norm.normalized, context?.cartGates)
      : undefined;
  if (cartLine) {
    lines = [cartLine];
    built.freeOptions = [];
    built.freeWithout = [];
    if (!has('order_update'))
      intents = [
        { intent: 'order_update', confidence: 0.8 },
        ...intents.filter((i) => i.intent !== 'out_of_scope'),
      ];
  }

  // "a single cheeseburger with a coke": a combo's drink on a burger with no combo is a soda of its own
  lines = ungatedChoices(lines, index, context?.cartGates, tokens.map((t) => t.key).join(' '));
  // "make it a combo with a snapple": the combo is the cart hero's, the snapple a dish of its own
  lines = cartChoiceWords(lines, cart, index);
  // "iced" right after a latte: the cart dish's choice, not the Iced Black Tea the word begins
  const asChoice =
    context?.expecting === undefined ? cartChoiceAlone(lines, segs, tokens, cart, index) : lines;
  if (asChoice !== lines) {
    lines = [...asChoice];
    intents = [
      { intent: 'order_update', confidence: 0.85 },
      ...intents.filter((i) => i.intent !== 'order_add' && i.intent !== 'order_update'),
    ];
  }
  // "a vegetarian burger please": the one vegetarian burger, not the beef dish "burger" names
  lines = dietQualifiedDishes(lines, filters.diet, norm.normalized, index);

  // "a sprite" (the Flavor of two sodas), said as an order or as nothing else: which dish is asked,
  // and the one chosen takes the choice; in a question ("is sprite diet?") the choice stays a choice
  const sharedChoice = built.ambiguous.filter((a) => a.byChoice);
  if (sharedChoice.length > 0) {
    const waitingTakes =
      typeof context?.expecting === 'object' &&
      built.freeOptions.some((o) => index.accepts((context.expecting as { itemId: string }).itemId, o.group));
    const ordered =
      lines.length === 0 &&
      !FOREIGN_TASK.has(tokens) &&
      (primary === 'order_add' ||
        // at another dish's option question, an order said with a count ("and a coke") reads first as an
        // answer to that question
        (typeof context?.expecting === 'object' &&
          !waitingTakes &&
          (has('order_add') || choicesSaidAlone(segs))) ||
        (SHARED_CHOICE_ORDER_READINGS.has(primary ?? '') && choicesSaidAlone(segs)));
    if (ordered) {
      if (primary !== 'order_add')
        intents = [
          { intent: 'order_add', confidence: 0.8 },
          ...intents.filter((i) => i.intent !== primary && i.intent !== 'order_add'),
        ];
      const asked = new Set(sharedChoice.flatMap((a) => a.choices ?? []));
      built.freeOptions = built.freeOptions.filter((o) => !asked.has(o.choice));
    } else built.ambiguous = built.ambiguous.filter((a) => !a.byChoice);
  }
  const unresolved: ParseResult['unresolved'] = built.ambiguous.map((a) => ({
    text: a.text,
    suggestions: a.ids.map((id) => ({ id, name: index.items.get(id)?.name ?? id, score: 1 })),
    ...(a.choices ? { choices: a.choices } : {}),
    ...(a.which ? { which: true as const } : {}),
  }));
  // "gimme a sec": a message that only asks for time names no dish, so none of its words is an unknown one
  const timeAsked = asksForTime(norm.normalized);
  if (!timeAsked && !looked && (has('order_add') || (CUES.orderVerb.has(tokens) && lines.length === 0))) {
    // the describing words a count reached across are part of its dish's phrase ("two yummy garlic naan")
    const described = new Set(lines.flatMap((l) => (l.countFillers ?? []).map((i) => tokens[i] as Token)));
    // the word must stand where a dish would ("is there a minimum order" names none), and not be one
    // said back already as a line's modifier ("a sprite with a lemon")
    const slot: DishSlotContext = {
      faqWords,
      ordering: has('order_add'),
      spelledLikeDish: (w) => lexicon.suggest(w).length > 0,
    };
    const modifiers = new Set(lines.flatMap((l) => l.unresolved.flatMap((u) => u.split(' '))));
    for (const u of unknownFoodWords(segs, tokens, new Set([...passing, ...described]), (i) =>
      inDishSlot(tokens, i, slot),
    ))
      if (
        !u.split(' ').some((w) => modifiers.has(w)) &&
        // "a vanilla cookie": the word of a dish already said to be absent is not said again alone
        !unresolved.some((x) => ` ${x.text} `.includes(` ${u} `))
      )
        unresolved.push({ text: u, suggestions: lexicon.suggest(u) });
    // "what add-ons can I get with the latte": a category word that is a dish named is no category asked
    if (
      lines.length === 0 &&
      itemRefs.length === 0 &&
      filters.category &&
      (CUES.orderVerb.has(tokens) || has('order_add')) &&
      // "which hot heroes can i have": the customer asks which of the kind, naming no dish of it
      whOrderQuestions(tokens).length === 0
    ) {
      // "a chicken hero": the kind noun of dishes already asked about is no category asked again
      const mention = categoryMention(index, segs, tokens, filters.category);
      if (!unresolved.some((u) => u.text.endsWith(` ${mention.text}`))) unresolved.push(mention);
    }
  }
  // a dish this menu does not have ("got any lasagna?"): say so and offer the nearest dishes
  // "does the shoyu ramen have onion?": the unknown word is the ingredient asked about, not a dish
  const ingredientAsked =
    (primary === 'item_info' && itemQuestion?.question.topic === 'ingredients' && itemRefs.length > 0) ||
    held !== undefined;
  let absentAsked = false;
  const orderVerbRead = ORDER_VERB_YIELDS.has(primary ?? '') && CUES.orderVerb.has(tokens);
  // "one orange crush", "a mango smoothie": a social reading only the scope classifier gave (no cue said
  // it, or only its fallback: "one chicken cobb salad please" is no "repeat") yields to a dish the menu
  // lacks, said with nothing else
  const classifierOnly =
    lines.length === 0 &&
    /^(?:fallback\.)?scope[._]/.test(classified.why[0]?.rule ?? '') &&
    primary !== 'out_of_scope';
  if ((UNKNOWN_DISH_INTENTS.has(primary ?? '') || orderVerbRead || classifierOnly) && !ingredientAsked) {
    const otherDomain =
      FOREIGN_TASK.has(tokens) || (scope.find((x) => x.cls === 'out_of_scope')?.score ?? 0) >= HARD_VETO;
    // "apple pay": the words of a checkout detail are no dish
    const dishes = unknownDishes(
      segs,
      tokens,
      new Set(built.readAsOption),
      dishNameWord(index, tokens),
    ).filter((u) => !u.text.split(' ').every((w) => tokens.some((t) => t.norm === w && slotTokens.has(t))));
    // a reading that only fell back ("show how to order") yields to the dish asked for
    // unless the message is another assistant's task ("help me find a lasagna recipe")
    // "i'll have a sprite", "can I get a fanta" where the menu has none: an order verb before the dish
    // makes it an order, though the words also read as a goodbye or as another domain's request
    // "eggs benedict please": an out-of-scope reading that only fell back (nothing matched; no other
    // domain's request past the veto) yields to a common dish's name said whole
    const fellBackOnDish =
      primary === 'out_of_scope' &&
      classified.why[0]?.rule === 'fallback.out_of_scope' &&
      dishes.some((u) => productKind(u.dish) === 'food');
    const orderedAbsent = orderVerbRead || classifierOnly || fellBackOnDish;
    if (dishes.length > 0 && (FALLBACK_READINGS.has(primary ?? '') || orderedAbsent) && !otherDomain) {
      intents = [{ intent: 'order_add', confidence: 0.6 }, ...intents.filter((i) => i.intent !== primary)];
      // "a blt real quick and a coke": the dishes of the menu said with the absent one are ordered too
      // (the words the menu lacks had left the message mostly unexplained, so no order was read)
      const ordered = heldAsRefs.filter((l) => (l.action ?? 'add') === 'add');
      if (lines.length === 0 && ordered.length > 0) {
        lines = ordered;
        for (const l of ordered) {
          const at = itemRefs.findIndex((r) => r.itemId === l.itemId);
          if (at >= 0) itemRefs.splice(at, 1);
        }
      }
    }
    for (const u of dishes) {
      // "a chai frappuccino": the dish its first words name is not the one asked for
      if (u.dishSegs.length > 0) lines = lines.filter((l) => !u.dishSegs.includes(l.seg));
      // "a horchata latte", "a bowl of split pea soup": a dish implied only by a choice word of the absent
      // dish's is not ordered in its place
      if (u.optionSegs.length > 0) lines = withoutImpliedBy(lines, u.optionSegs, segs);
      // "a chicken cobb salad": a dish word the absent name took is not asked about on its own as well
      for (const seg of u.dishSegs) {
        const d = segs[seg] as Segment;
        const said = tokens
          .slice(d.start, d.end)
          .map((t) => t.norm)
          .join(' ');
        const at = unresolved.findIndex((x) => x.text === said && said !== u.text && !u.text.endsWith(said));
        if (at >= 0) unresolved.splice(at, 1);
      }
      // "how spicy is the chicken vindaloo": an option word right before the absent dish is its own word
      if (primary === 'item_info' && itemRefs.length === 0 && lines.length === 0) {
        const at = tokens.findIndex((t) => t.norm === u.text.split(' ')[0]);
        const before = segs.find(
          (x) => x.type === 'lex' && x.end === at && x.entries.some((e) => e.kind === 'choice'),
        );
        if (before && at >= 0) {
          u.text = `${tokens
            .slice(before.start, at)
            .map((t) => t.norm)
            .join(' ')} ${u.text}`;
          u.span = [(tokens[before.start] as Token).oStart, u.span[1]];
          u.tookOptions = true;
        }
      }
      // "the tuna melt": the absent dish's words already stand in a near dish's name asked about
      if (unresolved.some((x) => x.text.startsWith(`${u.text} `))) continue;
      if (unresolved.some((x) => x.text === u.text || u.text.endsWith(x.text))) {
        const known = unresolved.find((x) => u.text.endsWith(x.text));
        if (known) {
          known.text = u.text;
          known.span = u.span;
          // "dr pepper": a product's name said whole is offered as such, not as the dish its part matched
          if (known.suggestions.length === 0 || productKind(u.text))
            known.suggestions = nearestDishes(lexicon, index, u.text);
          known.food = true;
        }
        continue;
      }
      unresolved.push({
        text: u.text,
        suggestions: nearestDishes(lexicon, index, u.text),
        food: true,
        span: u.span,
      });
      // "how spicy is the chicken vindaloo": the option word belongs to the absent dish asked about
      if (u.tookOptions && primary === 'item_info' && itemRefs.length === 0) absentAsked = true;
      // "what add-ons can I get with the lasagna": the options asked are the absent dish's, not those
      // of the menu's dishes taking a group named alike
      if (optionsOfAbsent(primary, itemQuestion, itemRefs.length, lines.length)) absentAsked = true;
      if (u.tookOptions && lines.length === 0) {
        built.freeOptions = [];
        built.freeWithout = [];
      }
    }
  }

  // "a fountain drink": unknown words said in a row are one name the menu lacks, said back once
  unresolved.splice(
    0,
    unresolved.length,
    ...withUnitCounts(joinAdjacentUnknowns(unresolved, tokens), tokens),
  );
  // "an italian sub": the words of dishes a kind noun narrowed are asked about once, as those dishes
  for (let k = unresolved.length - 1; k >= 0; k--) {
    const u = unresolved[k] as (typeof unresolved)[number];
    if (!u.which && unresolved.some((w) => w.which && ` ${w.text} `.includes(` ${u.text} `)))
      unresolved.splice(k, 1);
  }
  // "an italian sub": the kind noun narrowed the dishes to ask which of; it browses no category beside
  const narrowedKind =
    unresolved.some((u) => u.which) &&
    filters.category !== undefined &&
    filters.diet === undefined &&
    filters.allergenFree.length === 0 &&
    !filters.allergenIn?.length &&
    intents.every((x) => x.intent === 'order_add' || x.intent === 'browse_menu' || x.intent === 'greet');
  if (narrowedKind) {
    // "italian sub" said alone names those dishes as "an italian sub" does: which one is asked
    if (!intents.some((x) => x.intent === 'order_add'))
      intents = [{ intent: 'order_add', confidence: 0.6 }, ...intents];
    intents = intents.filter((x) => x.intent !== 'browse_menu');
    delete filters.category;
  }

  // "a vanilla cookie" with only a Chocolate Chip Cookie: a reading that only fell back yields to the
  // dish the menu lacks, named with a part of a near dish's name
  if (
    !intents.some((x) => x.intent === 'order_add') &&
    built.ambiguous.some((a) => a.absent) &&
    FALLBACK_READINGS.has(primary ?? '') &&
    !FOREIGN_TASK.has(tokens)
  )
    intents = [{ intent: 'order_add', confidence: 0.6 }, ...intents.filter((i) => i.intent !== primary)];
  // a question about the venue naming a dish the menu lacks ("do you have biryani?"): kept apart from
  // `unresolved`, since the documents may speak of it ("is there any pork in the kitchen?")
  // "what sandwiches do you have": a plural noun several items hold lists them all, across categories
  const otherFilter =
    filters.diet !== undefined || filters.allergenFree.length > 0 || (filters.allergenIn?.length ?? 0) > 0;
  const byNoun =
    !otherFilter && lines.every((l) => l.action !== 'remove') ? nounBrowseOf(text, tokens, deps) : undefined;
  // a noun read as a category's ("what desserts do you have") stays that category's browse
  // ... unless the noun names more dishes than that category holds ("what pizzas do you have" where
  // the Build Your Own Pizza and the specialty pizzas sit in two categories), or the message was read
  // as a question about the one dish holding the noun as an alias ("what burgers do you have")
  const category = filters.category;
  const nounBrowse =
    byNoun &&
    !kindItems &&
    (!category ||
      (!byNoun.category && holdsAllOf(byNoun.items, category, index.menu)) ||
      (primary !== 'browse_menu' && byNoun.category === category))
      ? byNoun
      : undefined;
  // "which burgers are vegetarian", "any vegetarian pizzas?": the filter picks among every dish the
  // plural noun names, not one dish holding the noun as an alias, nor one category named by a part
  const filteredNoun =
    !nounBrowse && otherFilter && lines.length === 0 && !kindItems
      ? (readWhichNoun(tokens, index.menu) ??
        (category && primary === 'browse_menu' ? widerThanCategory(tokens, index.menu, category) : undefined))
      : undefined;
  if (filteredNoun?.category) filters.category = filteredNoun.category;
  else if (filteredNoun) {
    filters.items = filteredNoun.items;
    filters.noun = filteredNoun.noun;
    delete filters.category;
  }
  if (filteredNoun) {
    // a greeting before the question is still answered ("hi! which dishes have sesame?")
    intents = [{ intent: 'browse_menu', confidence: 0.85 }, ...intents.filter((x) => x.intent === 'greet')];
    classified.why = [
      {
        intent: 'browse_menu',
        rule: 'understanding.filtered_noun_browse',
        because: 'asks which of the dishes a plural noun names have a property',
      },
    ];
    itemRefs.length = 0;
  }
  // "what burgers do you have" read as the Hamburger's question: the category "Burgers" browsed
  const asCategory = nounBrowse?.category !== undefined && nounBrowse.category === category;
  if (nounBrowse && !asCategory) {
    filters.items = nounBrowse.items;
    filters.noun = nounBrowse.noun;
    // the noun browsed names the dishes listed: it is no dish the menu lacks ("show me the sandwiches")
    for (let k = unresolved.length - 1; k >= 0; k--)
      if ((unresolved[k] as (typeof unresolved)[number]).text.endsWith(nounBrowse.noun))
        unresolved.splice(k, 1);
    delete filters.category;
  }
  if (nounBrowse) {
    // a greeting before the question is still answered ("hi! which dishes have sesame?")
    intents = [{ intent: 'browse_menu', confidence: 0.85 }, ...intents.filter((x) => x.intent === 'greet')];
    classified.why = [
      {
        intent: 'browse_menu',
        rule: 'understanding.noun_browse',
        because: 'asks which dishes a plural noun names',
      },
    ];
    lines = [];
    itemRefs.length = 0;
  }
  // "hey what's your cheapest pie": the superlative ranks the dishes of the kind said, not the one dish
  // whose alias the kind noun is, nor the whole menu
  // ("your most expensive burger" is no Hamburger, whose alias "burger" is: the line the kind noun
  // right after the superlative read is the kind's, not an order of that dish)
  const superlativeAt = menuSuperlativeAt(tokens);
  const kindLine = (l: ParsedLine) => l.span[0] === tokens[superlativeAt?.end ?? -1]?.start;
  const ofKindRead =
    (lines.length === 0 || (lines.length === 1 && lines.every(kindLine))) &&
    !FOREIGN_TASK.has(tokens) &&
    asksMenuSuperlative(tokens, segs) !== undefined
      ? superlativeKind(tokens, segs, index.menu)
      : undefined;
  const ofKind =
    ofKindRead && lines.every((l) => ofKindRead.items.includes(l.itemId)) ? ofKindRead : undefined;
  if (ofKind) {
    lines = [];
    filters.items = ofKind.items;
    filters.noun = ofKind.noun;
    delete filters.category;
    intents = [{ intent: 'browse_menu', confidence: 0.85 }, ...intents.filter((x) => x.intent === 'greet')];
    classified.why = [
      {
        intent: 'browse_menu',
        rule: 'understanding.superlative_kind',
        because: "asks for the extreme (price, spice) among the dishes of a kind ('the cheapest pie')",
      },
    ];
    itemRefs.length = 0;
  }
  const asksAbsent = !nounBrowse && primary === 'faq' && lines.length === 0 && !FOREIGN_TASK.has(tokens);
  const absentDishes: NonNullable<ParseResult['absentDishes']> = asksAbsent
    ? unknownDishes(segs, tokens, new Set(built.readAsOption))
        .filter((u) => !unresolved.some((x) => u.text.endsWith(x.text) || x.text.startsWith(`${u.text} `)))
        .map((u) => ({
          text: u.text,
          suggestions: nearestDishes(lexicon, index, u.text),
          ...(saysOrderVerb(tokens) ? { requested: true } : {}),
        }))
    : [];
  // "what's in the tuna melt" (only a Patty Melt here): the dish asked about is absent, the near one offered
  if (asksAbsent)
    for (let k = unresolved.length - 1; k >= 0; k--) {
      const u = unresolved[k] as (typeof unresolved)[number];
      if (built.ambiguous.some((a) => a.absent && a.text === u.text)) {
        absentDishes.unshift({ text: u.text, suggestions: u.suggestions });
        unresolved.splice(k, 1);
      }
    }

  // "whats on tap", "any cocktails?" where the menu serves no beer, no cocktails: a question about a kind
  // of drink the menu lacks, answered as any absent dish is (with the drinks the menu has)
  const drinkKind =
    lines.length === 0 && !nounBrowse && !FOREIGN_TASK.has(tokens)
      ? absentDrinkKind(tokens, index.menu)
      : undefined;
  if (drinkKind) {
    const said = (x: { text: string }) =>
      x.text.split(' ').some((w) => drinkKind.heard.split(' ').includes(w));
    for (const list of [absentDishes, unresolved])
      for (let k = list.length - 1; k >= 0; k--) if (said(list[k] as { text: string })) list.splice(k, 1);
    absentDishes.unshift({
      text: drinkKind.heard,
      suggestions: menuDrinks(index.menu),
      drinkKind: drinkKind.kind,
      ...(saysOrderVerb(tokens) ? { requested: true } : {}),
    });
    intents = [{ intent: 'faq', confidence: 0.85 }, ...intents.filter((x) => x.intent === 'greet')];
    classified.why = [
      {
        intent: 'faq',
        rule: 'understanding.absent_drink_kind',
        because: 'asks for a kind of drink (beer, wine, cocktails, alcohol) the menu does not serve',
      },
    ];
    itemRefs.length = 0;
  }

  // "a cheeseburger and a beer" with no beer: a kind of drink the menu does not serve, named as a dish
  // of the order, is said not served with the menu's drinks offered (no dish spelt like it)
  if (!drinkKind)
    for (const u of unresolved) {
      if ((u.choices?.length ?? 0) > 0 || u.which) continue;
      const kind = absentDrinkKindOf(u.text, index.menu);
      if (!kind) continue;
      u.drinkKind = kind.kind;
      u.suggestions = menuDrinks(index.menu);
      u.food = true;
    }

  // "a ribeye medium rare with a side of mashed potatoes": each dish the menu lacks said once, by its
  // shortest name (no preparation words, no serving noun, no mention inside another)
  unresolved.splice(0, unresolved.length, ...mergedUnresolved(unresolved, norm.normalized));
  absentDishes.splice(0, absentDishes.length, ...absentBesideUnresolved(absentDishes, unresolved));
  // ... and a dish asked for with an order verb beside an unknown dish of the order is one more unknown
  // dish of that order, said with the others (not a question for the documents)
  if (!drinkKind && unresolved.some((u) => (u.choices?.length ?? 0) === 0)) {
    let moved = 0;
    for (let k = absentDishes.length - 1; k >= 0; k--) {
      const a = absentDishes[k] as (typeof absentDishes)[number];
      if (!a.requested) continue;
      unresolved.push({ text: a.text, suggestions: a.suggestions, food: true });
      absentDishes.splice(k, 1);
      moved++;
    }
    if (
      moved > 0 &&
      absentDishes.length === 0 &&
      lines.length === 0 &&
      classified.why[0]?.rule.startsWith('fallback.')
    )
      intents = [
        { intent: 'order_add', confidence: 0.6 },
        ...intents.filter((x) => x.intent !== intents[0]?.intent),
      ];
  }

  // "paneer tikka, leave off the onions": a listed ingredient no option takes off is a kitchen note
  ingredientRemovalNotes(lines, segs, tokens, index);
  // "a side of hot honey": choices said alone, read only as a remark, are an order whose dish is asked,
  // never a passage of the documents
  if (
    lines.length === 0 &&
    leftoverRemark(classified.why) &&
    unresolved.some((u) => (u.choices?.length ?? 0) > 0) &&
    choicesSaidAlone(segs, OPTION_ORDER_WORDS)
  )
    intents = [{ intent: 'order_add', confidence: 0.8 }, ...intents.filter((i) => i.intent !== 'faq')];
  // "what do you recommend for someone who doesn't like coffee": what is disliked filters the dishes
  // asked for, and names no dish asked about (the House Drip Coffee)
  if (has('recommend') || has('browse_menu')) {
    const disliked = dislikedWords(tokens);
    if (disliked.length > 0) {
      filters.withoutIngredients = disliked;
      // "… my kid is not keen on apples": what is disliked is no dish asked for that the menu lacks
      const dislikedOnly = (text: string) => foodWordsOf(text).every((w) => disliked.includes(w));
      for (const list of [absentDishes, unresolved])
        for (let k = list.length - 1; k >= 0; k--)
          if (dislikedOnly((list[k] as (typeof list)[number]).text)) list.splice(k, 1);
      for (let k = itemRefs.length - 1; k >= 0; k--)
        if (namesDisliked((itemRefs[k] as (typeof itemRefs)[number]).name, disliked)) itemRefs.splice(k, 1);
      if (itemRefs.length === 0 && lines.length === 0)
        intents = intents.filter((i) => i.intent !== 'item_info');
      // "what would you recommend, my kid is not keen on apples": a pick asked with a dislike is no
      // question for the documents
      if (has('recommend') && lines.length === 0) {
        intents = intents.filter((i) => i.intent !== 'faq');
        classified.why = classified.why.filter((w) => w.intent !== 'faq');
      }
    }
  }
  const question = questionText(text, tokens, lines);
  const result: ParseResult = {
    text,
    normalized: norm.normalized,
    ...(question ? { question } : {}),
    ...(COMPLAINT.has(tokens) ? { complaint: true as const } : {}),
    ...(FRUSTRATION.has(tokens) ? { frustrated: true as const } : {}),
    ...(timeAsked ? { asksForTime: true as const } : {}),
    ...(whyAsked ? { whyAsked: true as const } : {}),
    ...(possibility ? { possibility } : {}),
    intents,
    lines: lines.map(toParsedLine),
    itemRefs,
    filters,
    constraints,
    slots,
    ...(reopen ? { reopen } : {}),
    unresolved,
    ...(absentDishes.length > 0 ? { absentDishes } : {}),
    why: {
      intents: classified.why,
      scope: { class: scope[0]?.cls ?? 'restaurant', score: round2(scope[0]?.score ?? 0) },
    },
  };
  // "chicken biryani no onions": an ingredient no option takes off is kept as a kitchen note
  Object.assign(result, ingredientRemovalsAsNotes(result, tokens, index.menu));
  // "no cream on the dal", "with cream cheese on the bagel": a change pointed at the cart's or the
  // waiting dish edits it
  Object.assign(result, pointedEdits(result, norm.normalized, cart, waiting));
  // "toast the sandwich": the general word pointed at names the dish edited, no dish the menu lacks
  result.unresolved = dropPointedReferences(result.unresolved, result.lines, text);
  // "dan dan noodles less spicy", "a milk tea, 30% sugar": the dish's scale is asked, the words not dropped
  Object.assign(result, withScaleAsks(result, index.menu));
  if (mood) result.mood = mood;
  const itemReading = asked ?? aboutFocus;
  if (itemReading)
    result.itemQuestion = absentAsked ? { topic: itemReading.question.topic } : itemReading.question;
  if (guests.length > 0) result.guestConstraints = guests;
  // "actually at 6am", "make it half past 7": the number is the time's, no count
  const bareQuantity = slots.when === undefined ? built.bareQuantity : undefined;
  if (bareQuantity !== undefined && lines.length === 0) result.quantity = bareQuantity;
  if (built.bareMore && lines.length === 0) result.more = true;
  else if (bareQuantity !== undefined && has('order_update')) result.quantity = bareQuantity;
  // "make that 3 and a coke": the count is the cart dish's in focus, the coke is added as said
  if (built.focusCount !== undefined && lines.length > 0 && cart.length > 0 && slots.when === undefined)
    result.focusCount = built.focusCount;
  const optionsInUse = !has('item_info') && !has('browse_menu');
  const placed = new Set(lines.flatMap((l) => l.options.map((o) => `${o.group}/${o.choice}`)));
  const free = built.freeOptions.filter((o) => !placed.has(`${o.group}/${o.choice}`));
  if (free.length > 0 && optionsInUse) result.freeOptions = free;
  if (built.freeWithout.length > 0 && optionsInUse && lines.length === 0)
    result.freeWithout = built.freeWithout;
  // "no salami on it", "hold the cheese" once the dish is in the cart: a kitchen note on that dish; at
  // a dish's option question, on the waiting dish
  Object.assign(result, cartIngredientRemovals(result, tokens, index.menu, cart, waiting));
  // "toast the bun", "can the roll be grilled" (no menu option for it): a kitchen note on the dish
  // that has the part; with none, which dish is asked
  Object.assign(result, cartPartPreparation(result, tokens, segs, text, index.menu, cart, waiting));
  // "swap the fries for onion rings", "can my burger be well done": an option of a cart dish changed
  // "change the crust", "can I change the sauce": a group of a cart dish to be asked again (before a
  // change to a choice, which the group's word may also name: "sauce" for Marinara)
  // "different rice please" with a burrito holding a rice choice in the cart: the burrito's rice, not a
  // Side of Rice (a dish not in the cart yields to a cart dish's group of its name; a count keeps it)
  // a question of what the dish in focus holds ("does it come with cheese") changes nothing of it
  if (held) return result;
  const reask = result.lines.every((l) => cart.includes(l.itemId) || !l.quantityExplicit)
    ? (cartGroupReask(tokens, index, cart) ??
      // "add cheese", "extra cheese on it": a cart dish's group named with no choice, asked for its line
      (result.lines.length === 0 && built.freeAsk.length > 0
        ? { groups: built.freeAsk.slice(0, 8) }
        : undefined))
    : undefined;
  if (reask) return withGroupReask(result, reask);
  const optionChange = cartOptionChange(tokens, index, cart);
  if (optionChange) return withCartOptionChange(result, optionChange, norm.normalized);
  // "make the biryani extra spicy" with no biryani in the cart: which one?
  if (
    has('order_update') &&
    filters.category &&
    !lines.some((l) => l.action === 'update' || l.action === 'replace')
  ) {
    if (segs.some(isCategorySeg))
      result.unresolved.push(categoryMention(index, segs, tokens, filters.category));
  }
  return result;
}

/** An options question (its group, if any, only a word) about no dish the menu has but the one it lacks. */
const optionsOfAbsent = (
  primary: string | undefined,
  reading: ItemQuestionReading | undefined,
  refs: number,
  lines: number,
) => primary === 'item_info' && reading?.question.topic === 'options' && refs === 0 && lines === 0;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** A question of how fast or how long something takes: about the service, not a mood to recommend for. */
const SPEED_QUESTION = new PhraseSet(['how fast', 'how quick', 'how quickly', 'how soon', 'how long']);

/** Words that point at the item in focus ("is it vegan?", "how much are they?"). */
const FOCUS_PRONOUNS = new Set(['it', 'that', 'this', 'they', 'them', 'those', 'these']);

/** Readings under which a food word the menu lacks is a dish asked for (not a question about the venue). */
/** Readings an order verb before a dish the menu lacks overrides ("i'll have a sprite" is no goodbye). */
const ORDER_VERB_YIELDS = new Set(['goodbye', 'out_of_scope', 'chitchat', 'thanks']);

const UNKNOWN_DISH_INTENTS = new Set([
  'help',
  'order_add',
  'order_update',
  'out_of_scope',
  'browse_menu',
  'item_info',
  'recommend',
]);

/** A reading given only because nothing else matched ("show how to order"): a dish the menu lacks is the better one. */
const FALLBACK_READINGS = new Set(['help']);

/** Readings that only fell back, which a choice said on its own as an order ("a sprite") replaces. */
const SHARED_CHOICE_ORDER_READINGS = new Set(['help', 'out_of_scope', 'repeat']);

/**
 * The first reading is only the remark fallback (nothing else matched; a word of the venue's documents:
 * "a side of hot honey"): a message of choices alone is their order, never a passage of the documents.
 */
function leftoverRemark(why: readonly { rule: string }[]): boolean {
  return why[0]?.rule === 'fallback.restaurant_remark';
}

/** The dishes closest to an unknown one by name, else those holding its words; none when nothing is near. */
function nearestDishes(
  lexicon: Lexicon,
  index: MenuIndex,
  text: string,
): ParseResult['unresolved'][number]['suggestions'] {
  // "a red bull": a common drink's name is offered the menu's drinks, not dishes holding its words
  // ("split pea soup", a common dish's name, is offered the soups as any unknown dish is, but never a
  // dish only spelt like its words: "fish and chips" is no Fresh Lemonade)
  const common = isCommonDishName(text);
  const product = common ? undefined : productKind(text);
  const drinkSaid =
    product === 'drink' || text.split(' ').some((w) => DRINK_WORDS.has(w) || DRINK_WORDS.has(singularOf(w)));
  const drinkCats = drinkSaid ? kindCategories(index.menu, 'drink') : [];
  // "a coke" at a café with a Chocolate Chip Cookie: a drink's name is offered the drinks spelt like it,
  // never a dish that is only spelt alike (a menu with no drink category keeps the spelling's dishes)
  const near = (product || common ? [] : lexicon.suggest(text)).filter(
    (n) => drinkCats.length === 0 || drinkCats.includes(index.items.get(n.id)?.category ?? ''),
  );
  // "a chicken waldorf salad": the menu's dishes of the phrase's head noun (its salads) are the nearest
  // (a common dish's name only by a head noun that is a food word: "sloppy joe" is no cup of joe)
  const foodHead = !common || FOOD_WORDS.has(singularOf(text.split(' ').at(-1) ?? ''));
  const ofHead = product || !foodHead ? [] : headNounDishes(index, text, drinkCats);
  if (ofHead.length > 0) return ofHead;
  if (near.length > 0) return byHeadNoun(near, text);
  // "chicken vindaloo": the dishes holding its known words (names, aliases, ingredients); for a drink,
  // only drinks ("a glass of milk" is no curry made with coconut milk)
  const holding = product
    ? []
    : dishesHoldingWords(
        index.menu,
        text.split(' ').filter((w) => !common || (w.length > 3 && !STOPWORDS.has(w))),
      )
        .map((id) => index.items.get(id))
        .filter((i) => i?.available && (drinkCats.length === 0 || drinkCats.includes(i.category)))
        .slice(0, 3);
  if (holding.length > 0) return holding.map((i) => ({ id: i!.id, name: i!.name, score: 0 }));
  // "a sprite" at a venue with none: the menu's drinks, the nearest kind of thing
  if (drinkSaid) {
    const cats = drinkCats;
    // "a diet coke" with only a Mexican Coke: the drinks sharing a word of the name first
    const words = new Set(text.split(' '));
    const shares = (i: (typeof index.menu.items)[number]) =>
      [i.name, ...(i.aliases ?? [])].some((n) =>
        n
          .toLowerCase()
          .split(/\s+/)
          .some((w) => words.has(w)),
      );
    return index.menu.items
      .filter((i) => cats.includes(i.category) && i.available)
      .sort((a, b) => Number(shares(b)) - Number(shares(a)))
      .slice(0, 3)
      .map((i) => ({ id: i.id, name: i.name, score: 0 }));
  }
  // nothing spelt like it nor sharing a word with it: no dish is offered ("pickles" at a café is not
  // an espresso)
  return [];
}

/**
 * The available dishes of a phrase of several words whose last word (its head noun) ends their name or
 * an alias ("chicken waldorf salad": the Side Salad), at most three, in menu order; only drinks when
 * `drinkCats` is not empty. None for a one-word phrase. Pure over the menu.
 */
function headNounDishes(
  index: MenuIndex,
  text: string,
  drinkCats: readonly string[],
): Array<{ id: string; name: string; score: number }> {
  const words = text.split(' ');
  if (words.length < 2) return [];
  const head = singularOf(words.at(-1) as string);
  const ends = (n: string) => singularOf(n.toLowerCase().split(/\s+/).at(-1) ?? '') === head;
  return index.menu.items
    .filter((i) => i.available && (drinkCats.length === 0 || drinkCats.includes(i.category)))
    .filter((i) => [i.name, ...(i.aliases ?? [])].some(ends))
    .slice(0, 3)
    .map((i) => ({ id: i.id, name: i.name, score: 0 }));
}

/**
 * "turkey bacon": of the dishes spelt near a phrase of several words, those whose name ends in the
 * phrase's last word (its head noun: Side of Bacon) first, then those holding it (Bacon Cheeseburger),
 * then the rest (Turkey Club), each kept in its order.
 */
function byHeadNoun<T extends { name: string }>(near: readonly T[], text: string): T[] {
  const words = text.split(' ');
  if (words.length < 2) return [...near];
  const head = singularOf(words.at(-1) as string);
  const rank = (n: T) => {
    const name = n.name.toLowerCase().split(/\s+/).map(singularOf);
    return name.at(-1) === head ? 0 : name.includes(head) ? 1 : 2;
  };
  return near
    .map((n, i) => ({ n, i, r: rank(n) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.n);
}

const DIET_WORDS = wordTable<Diet>({
  vegan: 'vegan',
  vegetarian: 'vegetarian',
  veg: 'vegetarian',
  veggie: 'vegetarian',
});

/** An item mention whose words hold a diet word and a plural ("vegan pizzas"), in a question. */
function pluralDietMention(
  lines: readonly LineDraft[],
  tokens: readonly Token[],
): { itemId: string; diet: Diet } | undefined {
  const first = tokens.find((t) => !t.punct)?.norm ?? '';
  const asks =
    tokens.some((t) => t.norm === '?') || ['what', 'which', 'any', 'do', 'are', 'have'].includes(first);
  if (!asks || lines.length !== 1) return undefined;
  const line = lines[0] as LineDraft;
  const words = tokens.filter((t) => !t.punct && t.start >= line.span[0] && t.end <= line.span[1]);
  const diet = words.map((t) => DIET_WORDS[t.norm]).find((d) => d !== undefined);
  const plural = words.some((t) => t.norm !== t.key && t.norm.endsWith('s'));
  return diet && plural && !line.quantityExplicit ? { itemId: line.itemId, diet } : undefined;
}

const isCategorySeg = (s: Segment) => s.type === 'lex' && s.entries.some((e) => e.kind === 'category');

/**
 * A category said where a dish was meant ("a biryani please"): the words said, and the category's dishes
 * to choose from, those whose name holds the word first ("Chicken Biryani" before "Rajma Chawal").
 */
function categoryMention(
  index: MenuIndex,
  segs: readonly Segment[],
  tokens: readonly Token[],
  category: string,
): ParseResult['unresolved'][number] {
  const seg = segs.find(isCategorySeg);
  const word = seg
    ? tokens
        .slice(seg.start, seg.end)
        .map((t) => t.norm)
        .join(' ')
    : (index.categoryNames.get(category) ?? category);
  const inCat = index.itemsInCategory(category);
  const key = seg ? (tokens[seg.start]?.key ?? word) : word;
  const named = inCat.filter((i) => index.nameKeys.get(i.id)?.has(key));
  return {
    text: word,
    suggestions: (named.length > 0 ? named : inCat)
      .slice(0, 5)
      .map((i) => ({ id: i.id, name: i.name, score: 0.5 })),
    // "a grilled sandwich": several of the category's dishes hold the word said, which of them is asked
    ...(named.length > 1 ? { which: true as const } : {}),
  };
}

function toParsedLine(l: LineDraft): ParsedLine {
  const { seg: _seg, countFillers: _fillers, ...line } = l;
  return line;
}

/**
 * Words after an order verb and article that matched nothing: "a hamburger" on a menu without one;
 * only those `dishSlot` (by token index) says stand where a dish would (dish-slot-word.ts).
 */
function unknownFoodWords(
  segs: readonly Segment[],
  tokens: readonly Token[],
  slotTokens: ReadonlySet<Token>,
  dishSlot: (i: number) => boolean,
): string[] {
  const out: string[] = [];
  for (let k = 1; k < segs.length; k++) {
    const s = segs[k] as Segment;
    const p = segs[k - 1] as Segment;
    if (s.type !== 'word' || COMMON_WORDS.has(s.norm) || s.norm.length < 3) continue;
    // "to 12 Elm Street": the words of a checkout detail are no dish
    if (slotTokens.has(tokens[s.start] as Token)) continue;
    // "916 555 0134 ill pay by card": the number before the word is a phone's, not a count
    // "a pint of buttermilk": the thing after a count's measure and "of" stands where a dish would
    const m = segs[k - 2];
    const measured =
      p.type === 'word' &&
      p.norm === 'of' &&
      m?.type === 'word' &&
      isMeasureOfServing(m.norm) &&
      segs[k - 3]?.type === 'qty';
    if (measured || (p.type === 'qty' && !slotTokens.has(tokens[p.end - 1] as Token) && dishSlot(s.start)))
      out.push(
        tokens
          .slice(s.start, s.end)
          .map((t) => t.norm)
          .join(' '),
      );
  }
  return out;
}

/** Fact topics about the venue itself (facts/venue-self.ts): asked of the venue even when read as small talk. */
const VENUE_SELF_TOPICS: ReadonlySet<FactQuestion['topic']> = new Set([
  'venue-name',
  'venue-about',
  'pickup',
]);

/** Whether some dish of the menu holds a word the message says is disliked ("she hates mushrooms"). */
function dislikeHeldByMenu(tokens: readonly Token[], menu: Menu): boolean {
  const disliked = dislikedWords(tokens);
  return disliked.length > 0 && dishesHoldingWords(menu, disliked).length > 0;
}

/**
 * The one cart dish a reading names and nothing else ("the garlic knots" of "double the garlic knots"):
 * a single line of a dish in the cart, with no count, option, removal, note or unknown word. Undefined
 * otherwise.
 */
function namedCartDish(
  read: ParseResult,
  context: ParseContext | undefined,
): { read: ParseResult; line: ParseResult['lines'][number] } | undefined {
  const [line, ...more] = read.lines;
  if (!line || more.length > 0 || !(context?.cart ?? []).includes(line.itemId)) return undefined;
  if (line.quantityExplicit || line.options.length > 0 || line.without.length > 0 || line.note)
    return undefined;
  if (line.unresolved.length > 0 || read.unresolved.length > 0 || (read.freeOptions?.length ?? 0) > 0)
    return undefined;
  return { read, line };
}
