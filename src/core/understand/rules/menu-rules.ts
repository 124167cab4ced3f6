import { allergenOfFocus } from '../allergen-of-focus.ts';
import { STOPWORDS } from '../common-words.ts';
import { CUES, ORDER_TALK, PRONOUN_INFO, RECOMMEND_ASKS } from '../cues.ts';
import { dislikedAt } from '../disliked-ingredients.ts';
import { asksMeatless } from '../filters.ts';
import type { Signals } from '../intent-signals.ts';
import type { IntentRule } from './intent-rule.ts';
import { SOCIAL_CLASSES } from './social-rules.ts';

/** Words that count a thing: before a category they order one of it. */
const COUNT_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'another']);

const refersToCart = (s: Signals) =>
  s.words.some((t) => t.norm === 'the' || t.norm === 'my' || t.norm === 'that' || t.norm === 'it');

const lineInQuestion = (s: Signals, l: { seg: number }) => {
  const seg = s.f.segs[l.seg];
  return seg !== undefined && s.clauseQuestion[seg.start] === true;
};

/** "which crusts …?", "what toppings can I put on …?": a question for the choices of an option group. */
const optionsAsked = (s: Signals) =>
  (s.question || s.f.itemQuestion?.framed === true) && s.f.itemQuestion?.question.topic === 'options';

/** "which burgers can i have": the line is the head of a wh-question for dishes, not an order. */
const lineAskedFor = (s: Signals, l: { seg: number }) => {
  const seg = s.f.segs[l.seg];
  return seg !== undefined && s.whOrderAsked.has(seg.start);
};

const itemMentioned = (s: Signals) => s.lines.length > 0 || s.f.result.itemRefs.length > 0;

/** "is it spicy", "how much is it": a food question about the item in focus. */
const pronounQuestion = (s: Signals) =>
  s.question &&
  (PRONOUN_INFO.has(s.tokens) || allergenOfFocus(s.f.itemQuestion)) &&
  s.pronounRef &&
  !itemMentioned(s) &&
  s.n <= 8 &&
  !s.f.categoryMentioned &&
  !s.f.result.filters.diet;

/** "can I customise it", "what can I add to that": an options frame whose object is the dish in focus. */
const framedPronoun = (s: Signals) =>
  s.f.itemQuestion?.framed === true && !s.f.itemQuestion.subject && s.pronounRef && !itemMentioned(s);

const filterish = (s: Signals) => {
  const { filters } = s.f.result;
  return (
    filters.diet !== undefined ||
    s.dietAsk ||
    s.f.categoryMentioned ||
    filters.allergenFree.length > 0 ||
    filters.maxSpice !== undefined ||
    s.f.tags.length > 0 ||
    (s.f.groupMentioned && s.has('browse') && s.question)
  );
};

/** "a biryani please", "two biryanis": a counted category asks for one of its dishes, not the list. */
const countedCategory = (s: Signals) =>
  s.f.segs.some((seg) => {
    if (seg.type !== 'lex' || seg.entries.length === 0 || !seg.entries.every((e) => e.kind === 'category'))
      return false;
    const before = s.tokens[seg.start - 1];
    return before !== undefined && (COUNT_WORDS.has(before.norm) || before.num !== undefined);
  });

/** A count right before the words of dishes a kind noun narrowed ("two chicken heroes"): an order. */
const countedWhich = (s: Signals) =>
  s.f.built.ambiguous.some((a) => {
    if (!a.which) return false;
    const first = a.text.split(' ')[0];
    const at = s.tokens.findIndex((t, i) => t.norm === first && i > 0);
    const before = s.tokens[at - 1];
    return at > 0 && before !== undefined && (COUNT_WORDS.has(before.norm) || before.num !== undefined);
  });

/** Words between a suggestion verb and its object: "recommend a good …", "suggest some nice …". */
const SUGGEST_FILLERS = new Set([
  'a',
  'an',
  'some',
  'any',
  'good',
  'nice',
  'decent',
  'great',
  'the',
  'me',
  'us',
  'best',
  'cheap',
]);
/** General words for what a restaurant serves: a suggestion of one of these is a menu suggestion. */
const FOOD_WORDS = new Set(
  'dish dishes meal meals food foods thing things option options one ones plate plates bite bites snack snacks drink drinks treat treats starter starters side sides combo place order'.split(
    ' ',
  ),
);

/** "recommend a good plumber": the suggestion asked for is of a word the menu and food talk do not know. */
const suggestsOtherThing = (s: Signals) => {
  const cue = s.f.segs.findIndex((seg) => {
    const t = s.tokens[seg.start];
    return t !== undefined && (t.norm === 'recommend' || t.norm === 'suggest');
  });
  if (cue < 0) return false;
  // "suggest something for my friend who can't stand beans": with a dislike said, "for" names whom the
  // pick is for, and the thing suggested came before it
  const forWhom = dislikedAt(s.tokens).length > 0;
  for (const seg of s.f.segs.slice(cue + 1)) {
    if (seg.type === 'qty') continue;
    if (seg.type !== 'word') return false;
    if (forWhom && seg.norm === 'for') return false;
    if (SUGGEST_FILLERS.has(seg.norm)) continue;
    return !FOOD_WORDS.has(seg.norm) && !ORDER_TALK.has(seg.norm) && !STOPWORDS.has(seg.norm);
  }
  return false;
};

const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their']);

/** The item is said as something owned ("my water bottle", "my own beer"), not ordered. */
const possessed = (s: Signals, l: { seg: number }) => {
  const seg = s.f.segs[l.seg];
  if (seg === undefined) return false;
  const before = s.tokens[seg.start - 1]?.norm ?? '';
  const own = before === 'own' ? (s.tokens[seg.start - 2]?.norm ?? '') : before;
  if (!POSSESSIVES.has(own)) return false;
  // "no olives on my veggie supreme", "extra cheese in my burrito": the dish being ordered, not one owned
  const prep = s.tokens[seg.start - 2]?.norm ?? '';
  const changed = s.f.segs
    .slice(0, l.seg)
    .some((x) => x.type === 'neg' || x.type === 'qual' || x.type === 'with');
  return !(before !== 'own' && (prep === 'on' || prep === 'in') && changed);
};

/**
 * The line was read from part of a dish's name only ("beer" for "Root Beer", "dosa" for "Masala Dosa"):
 * its words match no item's full name or alias.
 */
const partialName = (s: Signals, l: { seg: number }) => {
  const seg = s.f.segs[l.seg];
  return (
    seg?.type === 'lex' &&
    seg.entries.some((e) => e.kind === 'item' && e.weak) &&
    !seg.entries.some((e) => e.kind === 'item' && !e.weak)
  );
};

/** Words that open a question about the weather or the day ("is it cold outside?", "will it be a hot day?"). */
const WEATHER_OPENINGS = [
  ['is', 'it'],
  ['will', 'it'],
  ['was', 'it'],
  ['is', 'the', 'weather'],
  ['how', 'cold'],
  ['how', 'hot'],
];
/**
 * "is it cold outside?": a question opening on the weather's "it" that asks nothing of the menu is
 * about the weather, though its words name a mood; "it's cold outside, what do you recommend?" asks.
 */
const weatherQuestion = (s: Signals) =>
  s.question &&
  !s.has('recommend') &&
  WEATHER_OPENINGS.some((w) => w.every((word, i) => s.words[i]?.norm === word));
const menuWord = (s: Signals) => s.words.some((t) => t.norm === 'menu');

/** A list request: the word menu, or a filter with a question, a browsing verb or an order verb. */
/**
 * A "how" question other than "how much", "how many" or "how about" ("how long does pizza keep", "how
 * is the curry at that other place", "how to reheat pizza"): it asks about a manner or a duration,
 * never for a list of the menu.
 */
const howQuestion = (s: Signals) =>
  s.words[0]?.norm === 'how' && !['much', 'many', 'about'].includes(s.words[1]?.norm ?? '');

/**
 * "not too spicy please", "nothing with nuts please", "gluten free please": a short message that only
 * states a spice or allergen preference, with no dish in the cart and no question open (where it is an
 * option for that dish), asks for the dishes that fit it.
 */
const preferenceOnly = (s: Signals) =>
  s.n <= 4 &&
  (s.f.context?.cart?.length ?? 0) === 0 &&
  s.f.context?.expecting === undefined &&
  (s.f.result.filters.allergenFree.length > 0 || s.f.result.filters.maxSpice !== undefined);

/** Words that ask for an unnamed dish ("something", "anything"). */
const SOME_DISH = new Set(['something', 'anything', 'somethin', 'anythin']);

/**
 * "do you have something with no dairy", "anything vegan?", "got something gluten free": an unnamed dish
 * asked for only by a diet or an allergen, with no mood and no ask for the house's pick ("recommend",
 * "surprise me"), asks for the dishes that fit (the browse list), never for one pick. "something light"
 * (a mood) and "what do you recommend that's vegan" stay recommendations.
 */
export const dietSomething = (s: Signals) => {
  const { filters, mood } = s.f.result;
  return (
    mood === undefined &&
    (filters.diet !== undefined || filters.allergenFree.length > 0) &&
    s.lines.length === 0 &&
    s.f.result.itemRefs.length === 0 &&
    s.words.some((t) => SOME_DISH.has(t.norm)) &&
    !RECOMMEND_ASKS.has(s.tokens)
  );
};

/** Plural words for the menu's dishes in a question for some of them ("which dishes", "what items"). */
const DISH_NOUNS = new Set(['dishes', 'items', 'foods', 'meals', 'plates', 'things', 'ones', 'drinks']);

/**
 * "which dishes have no dairy", "what items are egg free": a question for the dishes without an allergen,
 * naming no dish and no choice, only dishes in general (a dish noun or a category). Whatever option group
 * the allergen's word also names ("Milk"), it asks for the list, not for that group's choices.
 */
const asksFreeDishes = (s: Signals, reading: NonNullable<Signals['f']['itemQuestion']>) =>
  s.f.result.filters.allergenFree.length > 0 &&
  s.lines.length === 0 &&
  s.f.result.itemRefs.length === 0 &&
  !reading.dish &&
  !reading.question.choices?.length &&
  (s.f.categoryMentioned || s.words.some((t) => DISH_NOUNS.has(t.norm)));

/**
 * A question for a group's choices with no dish named, whose word is a kind of dishes the menu lists
 * ("what drinks do you have" where a combo's drink group is named "drinks" too): a browse of those dishes.
 */
const asksKindOfDishes = (s: Signals, reading: NonNullable<Signals['f']['itemQuestion']>): boolean => {
  const { filters, itemRefs } = s.f.result;
  return (
    reading.question.topic === 'options' &&
    reading.question.group !== undefined &&
    !reading.framed &&
    s.lines.length === 0 &&
    itemRefs.length === 0 &&
    (filters.items?.length ?? 0) > 0 &&
    filters.noun !== undefined &&
    // "what drinks come with the combo": another choice or group said names what the choices are of
    !s.f.segs.some(
      (g) =>
        g.type === 'lex' &&
        !g.entries.some((e) => e.kind === 'group' && e.group === reading.question.group) &&
        g.entries.some(
          (e) => e.kind === 'choice' || (e.kind === 'group' && e.group !== reading.question.group),
        ),
    )
  );
};

const listRequest = (s: Signals, given: ReadonlyMap<string, number>) => {
  const pronounInfo =
    given.has('item_info') &&
    !s.f.categoryMentioned &&
    !s.f.result.filters.diet &&
    s.f.result.filters.allergenFree.length === 0;
  return (
    s.lines.length === 0 &&
    !pronounInfo &&
    !howQuestion(s) &&
    (menuWord(s) ||
      (filterish(s) &&
        (s.question ||
          s.has('browse') ||
          s.orderVerb ||
          // "two kathi rolls please": a counted kind several dishes share asks which, as an order would
          countedCategory(s) ||
          dietSomething(s) ||
          (s.n <= 3 && (s.f.categoryMentioned || s.f.result.filters.diet !== undefined)) ||
          preferenceOnly(s)))) &&
    !given.has('order_update') &&
    !given.has('order_remove')
  );
};

/**
 * Menu and cart actions. Every rule here needs `menuAction`: the scope classifier does not read the
 * message as another domain's request (or an item is named exactly), and most of its words are menu
 * words or ordering talk.
 */
export const MENU_RULES: readonly IntentRule[] = [
  {
    id: 'menu.remove',
    intent: 'order_remove',
    because: 'a removal of a named item, or a removal verb with a category',
    when: (s) => (s.removes.length > 0 || (s.has('remove') && s.f.categoryMentioned && !s.question)) && 0.9,
  },
  {
    id: 'menu.update_line',
    intent: 'order_update',
    because: 'a line changes an item in the cart or replaces the last one',
    // "what toppings can I put on the pizza?" asks for a group's choices; it changes nothing
    when: (s) => s.updates.length > 0 && !optionsAsked(s) && 0.9,
  },
  {
    id: 'menu.update_free',
    intent: 'order_update',
    because: 'a change word with a bare quantity or options and no item ("actually make that two")',
    when: (s) =>
      s.updates.length === 0 &&
      // "can i swap sugar for salt": a cooking question, not a change to the order
      !(s.question && !refersToCart(s) && s.f.built.bareQuantity === undefined) &&
      s.has('update') &&
      (s.f.built.bareQuantity !== undefined ||
        s.f.built.freeOptions.length > 0 ||
        s.f.built.freeWithout.length > 0) &&
      0.85,
  },
  {
    id: 'menu.item_question',
    intent: 'item_info',
    because: 'a question (without an order verb) about a named item',
    when: (s, given) => {
      const itemQuestion = s.lines.length > 0 ? s.lines.every((l) => lineInQuestion(s, l)) : s.question;
      return (
        itemQuestion &&
        !s.orderVerb &&
        itemMentioned(s) &&
        !given.has('order_remove') &&
        !given.has('order_update') &&
        (s.has('itemInfo') ? 0.9 : 0.7)
      );
    },
  },
  {
    id: 'menu.topic_question',
    intent: 'item_info',
    because:
      'a question with a topic word about an item, an option group or a choice ("which crusts?", "is the gluten-free crust vegan?", "does the pesto have nuts?")',
    when: (s, given) => {
      const reading = s.f.itemQuestion;
      // "can I customise the omelet": an options frame asks even when said as a request
      if (!reading?.cued || !reading.subject || !(s.question || reading.framed)) return false;
      // "which curries have no meat": the meat group named to rule it out asks for the meatless dishes
      if (asksMeatless(s.tokens) && s.lines.length === 0 && s.f.result.itemRefs.length === 0) return false;
      // "which dishes have no dairy": dishes asked for by an allergen they lack, though the allergen's word
      // names an option group too ("Milk"), ask for the list
      if (asksFreeDishes(s, reading)) return false;
      // "what drinks do you have": a kind word naming dishes of the menu asks for them, though a group
      // of a dish's choices is named alike ("Combo Drink"); asked of no dish, the dishes are listed
      if (asksKindOfDishes(s, reading)) return false;
      // "what do you recommend, I don't eat meat": the meat word is the diet refused, no question of meat
      if (reading.question.diet === 'non-vegetarian' && s.f.result.constraints.diet === 'vegetarian')
        return false;
      // "can I get a large pepperoni, how much is it?" orders; "what toppings can I add?" asks
      if (s.orderVerb && reading.question.topic !== 'options') return false;
      if (!reading.framed && !s.lines.every((l) => lineInQuestion(s, l))) return false;
      return !given.has('order_remove') && !given.has('order_update') && 0.88;
    },
  },
  {
    id: 'menu.pronoun_question',
    intent: 'item_info',
    because: 'a food question about "it" ("is it spicy?")',
    when: (s, given) => !given.has('item_info') && (pronounQuestion(s) || framedPronoun(s)) && 0.75,
  },
  {
    id: 'menu.add',
    intent: 'order_add',
    because: 'names items to add (certain with an order verb, a number or several items)',
    when: (s, given) => {
      if (given.has('item_info') || s.adds.length === 0) return false;
      // "tell me a joke about pepperoni pizza": small talk that mentions a dish orders nothing
      if ((given.get('chitchat') ?? 0) >= 0.7 && !s.orderVerb) return false;
      // "top up my water bottle": an item the customer already has is not one they order
      if (s.adds.every((l) => possessed(s, l))) return false;
      // "i'm allergic to eggs, which burgers can i have": dishes asked for by an order-verb question
      if (s.adds.every((l) => lineAskedFor(s, l))) return false;
      // "can i bring my own beer?": a question that names a dish only by part of its name ("Root Beer")
      // is about that kind of thing, not an order of the dish
      if (s.question && !s.orderVerb && s.adds.every((l) => partialName(s, l) && !l.quantityExplicit))
        return false;
      const certain = s.orderVerb || s.lines.some((l) => l.quantityExplicit) || s.adds.length > 1;
      return certain ? 0.95 : s.question ? 0.6 : 0.8;
    },
  },
  {
    id: 'menu.option_on_dish',
    intent: 'order_add',
    because:
      'an amount or option put on a dish said as the customer\'s ("extra butter on my naan") with nothing in the cart: that dish is ordered with it (which one is asked)',
    when: (s, given) =>
      s.optionOnDish &&
      (s.f.context?.cart?.length ?? 0) === 0 &&
      !given.has('order_add') &&
      !given.has('order_update') &&
      !given.has('order_remove') &&
      0.75,
  },
  {
    id: 'menu.recommend',
    intent: 'recommend',
    because: 'asks for a suggestion or states a mood',
    when: (s, given) => {
      const { mood } = s.f.result;
      const recommend = s.has('recommend') || mood !== undefined;
      if (!recommend || given.has('order_add')) return false;
      if (mood === undefined && suggestsOtherThing(s)) return false;
      if (dietSomething(s)) return false;
      // "what's spicy?", "anything spicy?": the dishes that are, listed, not one pick
      if (s.propertyQuestion) return false;
      if (weatherQuestion(s) && !itemMentioned(s) && !s.f.categoryMentioned) return false;
      // "you're the best!", "what should I ask you about": a cue word alone yields to clear small talk
      const moodExact = s.f.segs.some(
        (seg) => seg.type === 'lex' && seg.typos === 0 && seg.entries.some((e) => e.kind === 'mood'),
      );
      const menuEvidence = moodExact || s.f.tags.length > 0 || s.f.categoryMentioned || itemMentioned(s);
      if (!menuEvidence && SOCIAL_CLASSES.has(s.scopeTop.cls as never) && s.scopeTop.score >= 0.9)
        return false;
      const open =
        mood !== undefined ||
        s.question ||
        s.f.tags.length > 0 ||
        !s.has('browse') ||
        CUES.recommend.has(s.tokens);
      const notJustSomething =
        mood !== undefined ||
        !s.words.some((t) => t.norm === 'something') ||
        s.f.tags.length > 0 ||
        s.question ||
        s.n <= 6 ||
        // "recommend something for someone who hates paneer": a dislike says what the pick is for
        dislikedAt(s.tokens).length > 0;
      return open && notJustSomething && (mood !== undefined ? 0.9 : 0.8);
    },
  },
  {
    id: 'menu.order_category',
    intent: 'order_add',
    because: 'an order verb or a count with a category ("I\'d like a pizza"): which one is asked',
    when: (s, given) =>
      listRequest(s, given) &&
      (s.orderVerb || countedCategory(s)) &&
      s.f.categoryMentioned &&
      !s.question &&
      !s.has('browse') &&
      0.6,
  },
  {
    id: 'menu.browse',
    intent: 'browse_menu',
    because:
      'the word menu, or a filter (diet, category, allergen, spice, tag) with a question or browsing verb',
    when: (s, given) =>
      listRequest(s, given) &&
      !((s.orderVerb || countedCategory(s)) && s.f.categoryMentioned && !s.question && !s.has('browse')) &&
      !(given.has('recommend') && !menuWord(s)) &&
      // "no drinks thanks": a decline, not a request for the drinks list
      !(s.startsWith('deny') && !s.question) &&
      (menuWord(s) || s.has('browse') ? 0.85 : 0.7),
  },
  {
    id: 'menu.property_question',
    intent: 'browse_menu',
    because:
      'asks which dishes have (or lack) a property said as an adjective ("what\'s spicy?", "which ones are hot?", "anything not cheesy?"): the menu\'s tags, heat and descriptions answer',
    when: (s) => s.propertyQuestion && s.lines.length === 0 && 0.95,
  },
  {
    id: 'menu.superlative',
    intent: 'browse_menu',
    because:
      'asks for the menu\'s spiciest, mildest, cheapest or priciest dish ("what\'s the spiciest thing you have?"): the menu answers, whatever small talk the classifier hears',
    when: (s, given) => s.menuSuperlative && !given.has('browse_menu') && 0.8,
  },
  {
    id: 'menu.order_ambiguous',
    intent: 'order_add',
    because:
      'an order verb with an ambiguous dish name, or a count before dishes a kind noun narrowed ("a chicken pizza please"): which one is asked',
    when: (s) =>
      s.lines.length === 0 &&
      (s.orderVerb || countedWhich(s)) &&
      !s.question &&
      s.f.built.ambiguous.length > 0 &&
      0.6,
  },
];
