import type { Allergen, Diet, DietFlag, Menu } from '../../domain/menu-schema.ts';
import type { LineDraft } from './build-lines.ts';
import { FOOD_WORDS } from './food-words.ts';
import { warmingVerbAt } from './heat-verbs.ts';
import type { LexEntry } from './lexicon-entry.ts';
import type { MenuIndex } from './menu-index.ts';
import type { Token } from './normalize.ts';
import { OPTION_ASKS } from './option-asks.ts';
import { OPTION_NOUNS, onlyClosersFrom, readOptionsFrame } from './options-frame.ts';
import type { ItemQuestion, ItemTopic, ParsedOption } from './parse-result.ts';
import { PhraseSet } from './phrase-set.ts';
import { relativePronouns } from './relative-clause.ts';
import type { Segment } from './segment.ts';
import { servingWord, temperatureGroup } from './serving-temperature.ts';

const p = (s: string) => new PhraseSet(s.split('|'));

/**
 * The question-topic lexicon (generic restaurant English, nothing venue-specific): the words that say
 * what an item question asks about. Option groups are the menu's own (their names and aliases, found as
 * `group` lexicon entries), diets and allergens the lexicon's generic words.
 */
const TOPIC_CUES = {
  price: p(
    'how much|price|prices|pricing|priced|cost|costs|how expensive|what do you charge|how much extra|what is the damage',
  ),
  spice: p(
    'how spicy|how hot|spicy|spiciness|spice|spice level|heat level|how much heat|any heat|some heat|much heat|a kick|any kick|too hot|too spicy|mild|how mild|how fiery|fiery|heat|kick|how much kick|spice rating',
  ),
  // "what's in the margherita?" stays the overview (ingredients, allergens, price): the whole picture
  ingredients: p(
    'what is on|what are on|what goes in|what goes on|what comes on|ingredients|ingredient|made with|made of|made from|what is it made|what does it have on',
  ),
  allergens: p(
    'contain|contains|containing|allergen|allergens|allergy|allergies|allergic|intolerant|intolerance|safe for|traces of|have|has|any|is there|are there',
  ),
  overview: p('tell me about|tell me more about|describe|what is|what are|info on|details of|explain'),
};

/**
 * "does the poke bowl have onion?", "does it contain garlic?": after a named dish, a verb of holding
 * followed by words no menu entry reads (no allergen, diet, group or choice) asks about an ingredient.
 */
const HOLDS = p('have|has|contain|contains|got|have any|has any|contain any|contains any');
/** "how much heat", "how much spice": the amount asked is heat, whatever "how much" asks elsewhere. */
const HEAT_AMOUNT = p('how much heat|how much spice|how much kick');
/** "is the rogan josh hot?", "is this one mild?": a heat word closing a yes/no question about a dish. */
const CLOSING_HEAT = new Set(['hot', 'mild', 'fiery', 'spicy']);
/** Focus words a closing heat word may follow: "is this one hot?", "is that dish mild?". */
const FOCUS_WORDS = new Set(['it', 'this', 'that', 'they', 'these', 'those', 'one', 'dish', 'ones']);
/** Words a definite dish phrase opens with: "how spicy is the pad thai" asks about one dish. */
const DEFINITE = new Set(['the', 'your', 'ur', 'this', 'that']);
/** How many words after "the" a dish word this menu lacks may stand ("the chicken pad thai"). */
const DEFINITE_REACH = 3;
/** "is there garlic in the takoyaki?", "any pork in the shoyu ramen?": the ingredient, then "in" the dish. */
const THERE_IS = p('is there|are there|any|is there any|are there any');

/** Words that ask for some dish or dishes, not one: "something that has no dairy", "anything that is mild". */
const INDEFINITES = new Set([
  'something',
  'anything',
  'dishes',
  'things',
  'options',
  'stuff',
  'food',
  'items',
]);

/** "which crusts", "what sizes", "what … options": the question asks for the choices of an option group. */
/** Words before a group's noun asking for its choices: "which salsas", "the difference between the salsas". */
const OPTION_ASKERS = new Set(['which', 'what', 'whats', 'between', 'compare']);
const OPTION_CUES = p(
  'options|choices|kinds of|types of|come in|comes in|available|do you have|can i get|can i have|can i add|can i choose|can i pick|is there a choice|choose from|different|differ|compare',
);

/**
 * "how big is the large", "how many ounces is the medium", "how long is the footlong": a choice asked
 * about by its size (normalized: "ounces" is "oz", "inches" is "inch"); the answer is the choice as the
 * menu names it ("Large (20 oz)").
 */
const SIZE_ASKS = p(
  'how big|how large|how small|how long is|how long are|how wide is|how many oz|how many ounces|how many ounce|how many ml|how many inch|how many inches|how many slices|how many pieces|what size is|what size are|how much bigger|how much larger',
);

/** Words that may stand between "what"/"which" and the group it asks for: "what are the sizes". */
const ASKER_GAP = new Set(['are', 'is', 'the', 'your', 'ur', 'all', 'of']);

/** "does the coke come in 2 liter?": whether the item takes the choice said. */
const CHOICE_ASKED = p(
  'come in|comes in|come with|comes with|available in|available with|do you have it in|do you do it in|can i get it in|can i get it with|can i have it in|can i have it with',
);
/** "what can I put on the build your own pizza?": the choices of what goes on it. */
const WHAT_CAN_GO = p(
  'what can i put on|what can i add to|what can i add on|what can i have on|what can i get on|what can go on|what can you put on|what else can i add|what can i put in|what can go in',
);

/** Diet flags named by their own word (dietary law or practice); "gluten free" and the like are allergen words. */
const FLAG_WORDS = new Map<string, DietFlag>([
  ['halal', 'halal'],
  ['kosher', 'kosher'],
  ['jain', 'jain'],
]);

/** What understanding read so far, as the item question reader needs it. */
export interface ItemQuestionInput {
  tokens: readonly Token[];
  segs: readonly Segment[];
  /** Lines built from the message (before an info question drops them): the items and their options. */
  lines: readonly LineDraft[];
  /** Options said with no item to attach to. */
  freeOptions: readonly ParsedOption[];
  /** A category named ("the bowl"): its one item with the group asked about is the item. */
  category: string | undefined;
  /** Where a kind of thing served is named ("drinks", "sides": kind-categories.ts), if anywhere. */
  kindAt?: number;
  index: MenuIndex;
  /**
   * The dish of the pending option question, if one is pending: a question about choices it takes
   * ("how big is the large?") is about that dish.
   */
  focusItem?: string;
  /** The segment of a part counted ("slices" of "how many slices does the large have"): no dish named. */
  countedSeg?: number;
}

/** The reading, and the item it names when only a category and an option group point at it. */
export interface ItemQuestionReading {
  question: ItemQuestion;
  /** Set when no item was named but a category with exactly one item taking the group asked about was. */
  impliedItem?: string;
  /** A topic word said it (not only an item named in a question). */
  cued: boolean;
  /** An item, a choice or an option group is named; without one the question is about the item in focus ("is it vegan?"). */
  subject: boolean;
  /**
   * An options-question frame asks it ("can I customise the omelet", "what can I pick on the pizza"):
   * a question even when said as a request, and never an order of the dish (options-frame.ts).
   */
  framed?: boolean;
  /** A dish is named (one of the menu's, or one it lacks named with "the"), not only a group or a choice. */
  dish?: boolean;
}

const entriesOf = (s: Segment): readonly LexEntry[] => (s.type === 'lex' ? s.entries : []);

/**
 * Reads what an item question asks about: its topic (price, options of a group, diet, allergens, spice,
 * ingredients, else overview), the group and choices it names, the diet, allergens or diet flag it asks
 * about. Pure. Returns undefined when nothing names an item, a choice or an option group and no topic
 * word is said.
 */
export function readItemQuestion(input: ItemQuestionInput): ItemQuestionReading | undefined {
  const { tokens, segs, lines, index } = input;
  const cueAt = new Set<number>();
  // a topic word inside a dish's name is the name's ("what's in the Spicy Miso Ramen?" asks no spice)
  const named = new Set<number>();
  for (const [i, s] of segs.entries())
    if (itemSeg(s) && i !== input.countedSeg) for (let k = s.start; k < s.end; k++) named.add(k);
  const cued = (set: PhraseSet): boolean => {
    let found = false;
    for (let i = 0; i < tokens.length; i++) {
      const len = set.matchAt(tokens, i);
      // "heat up the croissant": a verb of warming food names no heat
      if (len > 0 && !rangeHits(i, i + len, named) && !warmingVerbAt(tokens, i)) {
        found = true;
        for (let k = i; k < i + len; k++) cueAt.add(k);
      }
    }
    return found;
  };
  const diets = segs.flatMap((s) =>
    entriesOf(s).flatMap((e) => (e.kind === 'diet' && !itemSeg(s) && !choiceSeg(s) ? [e.diet] : [])),
  );
  const allergenEntries = segs.flatMap((s) =>
    itemSeg(s) || choiceSeg(s) ? [] : entriesOf(s).filter((e) => e.kind === 'allergen'),
  );
  const flag = tokens.map((t) => FLAG_WORDS.get(t.norm)).find((f) => f !== undefined);
  const itemIds = [...new Set(lines.map((l) => l.itemId))];
  // "any vegetarian sides?", "dairy free drinks?": a filtered browse of a category or kind, not the
  // choices of an option group named alike ("Side swap", "Kids Drink")
  const browse =
    itemIds.length === 0 && (diets.length > 0 || allergenEntries.length > 0 || flag !== undefined);
  // "do you have something that has no dairy": an indefinite with a relative clause asks for dishes, so a
  // group named in it ("Milk choice") is no subject of a question about one dish
  const existential =
    browse && relativePronouns(tokens).size > 0 && tokens.some((t) => INDEFINITES.has(t.norm));
  const browsed = (s: Segment) =>
    browse &&
    (existential ||
      entriesOf(s).some((e) => e.kind === 'category') ||
      (input.kindAt !== undefined && s.start <= input.kindAt && input.kindAt < s.end));
  const framed = optionsFrameAsked(tokens, segs);
  // "how can I have the bagel": the dish the frame asks about is no option group named alike
  if (framed) for (const k of framed.cue) cueAt.add(k);
  const asksEnd = askEnds(tokens);
  const frameDish = (s: Segment) =>
    itemSeg(s) && (s.start === framed?.object || asksEnd.has(afterDeterminers(tokens, s.start)));
  const groupSegs = segs.filter(
    (s) => entriesOf(s).some((e) => e.kind === 'group') && !browsed(s) && !frameDish(s),
  );
  let impliedItem: string | undefined;

  // which group: the one of the item asked about, else the menu's first group that has the word
  const groupIds = groupSegs.flatMap((s) =>
    entriesOf(s).flatMap((e) => (e.kind === 'group' ? [e.group] : [])),
  );
  let group: string | undefined;
  if (groupIds.length > 0) {
    const item = itemIds[0];
    group = item ? groupIds.find((g) => index.accepts(item, g)) : undefined;
    if (!item && input.category) {
      const takers = index
        .itemsInCategory(input.category)
        .filter((i) => groupIds.some((g) => i.optionGroups.includes(g)));
      if (takers.length === 1 && takers[0]) {
        impliedItem = takers[0].id;
        group = groupIds.find((g) => takers[0]?.optionGroups.includes(g));
      }
    }
    // "what extras can I get with the latte": a word for choices in general that names a group the
    // dish lacks asks for all of the dish's options
    const generic = groupSegs.every((g) => OPTION_NOUNS.matchAt(tokens, g.start) === g.end - g.start);
    if (!group && item && generic) group = undefined;
    else group ??= groupIds[0];
  }
  const optionAsked =
    groupSegs.length > 0 &&
    groupSegs.some((s) => {
      const before = tokens.slice(Math.max(0, s.start - 2), s.start).map((t) => t.norm);
      return (
        before.some((w) => OPTION_ASKERS.has(w)) ||
        askerAcrossGap(tokens, s.start) ||
        OPTION_CUES.has(tokens.slice(s.end))
      );
    });

  let topic: ItemTopic | undefined;
  let allergens: Allergen[] | undefined;
  let diet: Diet | undefined;
  // "how much heat does it have?" asks the heat, not the price
  if (cued(HEAT_AMOUNT)) topic = 'spice';
  else if (cued(TOPIC_CUES.price)) topic = 'price';
  else if (
    optionAsked ||
    cued(WHAT_CAN_GO) ||
    cued(OPTION_ASKS) ||
    framed !== undefined ||
    (diets.length === 0 && allergenEntries.length === 0 && !flag && nounAsked(tokens, named, cueAt))
  )
    topic = 'options';
  else if (cued(TOPIC_CUES.spice)) topic = 'spice';
  else if (diets.length > 0 || flag || allergenEntries.some((e) => e.kind === 'allergen' && e.free)) {
    topic = 'diet';
    diet = diets[0];
    const free = allergenEntries.flatMap((e) => (e.kind === 'allergen' && e.free ? e.allergens : []));
    if (free.length > 0) allergens = [...new Set(free)];
  } else if (
    cued(TOPIC_CUES.allergens) &&
    (allergenEntries.length > 0 || tokens.some((t) => t.key === 'allergen'))
  ) {
    topic = 'allergens';
    const named = allergenEntries.flatMap((e) => (e.kind === 'allergen' ? e.allergens : []));
    if (named.length > 0) allergens = [...new Set(named)];
  } else if (cued(TOPIC_CUES.ingredients) || asksIngredient(tokens, segs)) topic = 'ingredients';
  let wasCued = topic !== undefined;
  // "is the lamb rogan josh hot?": a heat word closing the question after the dish asks its heat
  if ((topic === undefined || topic === 'overview') && closingHeat(tokens, segs, cueAt, index.menu)) {
    topic = 'spice';
    wasCued = true;
  }
  // "is the latte hot", "is the flat white served cold", "does the americano come iced": a serving word
  // beside a dish served hot or iced asks for that dish's temperature group
  let servingGroup: string | undefined;
  if (topic === undefined || topic === 'overview') {
    const served = itemIds.map((id) => temperatureGroup(index.menu, id)).find((g) => g !== undefined);
    // the word outside every dish asked about ("hot" may have read as "Hot Tea", a line dropped since)
    const inLine = (t: Token) => lines.some((l) => t.start >= l.span[0] && t.end <= l.span[1]);
    const at = tokens.findIndex((t) => !inLine(t) && servingWord(t.norm) !== undefined);
    if (served && at >= 0) {
      topic = 'options';
      servingGroup = served.id;
      group = served.id;
      cueAt.add(at);
      wasCued = true;
    }
  }
  if (!topic && cued(TOPIC_CUES.overview)) topic = 'overview';

  // "how large is the medium": the size words are the topic's, not a choice said (registered before the
  // choices below are told from the topic's words)
  const sizeAsked = cued(SIZE_ASKS);
  // the choices said with the item, not the words that said the topic ("how spicy", "which crusts")
  const topicChoice = new Set<string>();
  for (const s of segs) {
    const topicWord =
      entriesOf(s).some((e) => e.kind !== 'choice' && e.kind !== 'item') ||
      (s.type === 'lex' && rangeHits(s.start, s.end, cueAt));
    if (topicWord)
      for (const e of entriesOf(s)) if (e.kind === 'choice') topicChoice.add(`${e.group}/${e.choice}`);
  }
  const said = [...lines.flatMap((l) => l.options), ...input.freeOptions].filter(
    (o) => !topicChoice.has(`${o.group}/${o.choice}`) && o.group !== servingGroup,
  );
  const choices = [...new Set(said.map((o) => o.choice))];
  if (
    (topic === undefined || topic === 'overview') &&
    choices.length > 0 &&
    (sizeAsked || cued(CHOICE_ASKED))
  ) {
    topic = 'options';
    wasCued = true;
  }
  // "how big is the large?" at the latte's size question: choices the pending dish takes, asked about with
  // no dish named, are that dish's
  const focus = input.focusItem;
  if (
    itemIds.length === 0 &&
    impliedItem === undefined &&
    focus !== undefined &&
    topic === 'options' &&
    said.length > 0 &&
    said.every((o) => index.accepts(focus, o.group))
  )
    impliedItem = focus;
  // "how many slices does the large have" with no dish waiting (a counted part read): the label of the
  // choice asked about is its group's, so the first dish taking every choice said stands for it
  if (
    itemIds.length === 0 &&
    impliedItem === undefined &&
    focus === undefined &&
    input.countedSeg !== undefined &&
    sizeAsked &&
    topic === 'options' &&
    said.length > 0
  )
    impliedItem = index.menu.items.find((i) => said.every((o) => index.accepts(i.id, o.group)))?.id;
  // a choice alone is asked about its diet, allergens or price ("is the oat milk vegan?"), not as a dish
  // ("what goes in broccoli cheddar soup": a dish this menu lacks, made of words that are choices here)
  const choiceTopic = topic === 'diet' || topic === 'allergens' || topic === 'price';
  // "how spicy is the pad thai": a dish this menu lacks, named definitely, is the heat question's subject
  const absentDish = topic === 'spice' && definiteAbsentDish(tokens, segs);
  const hasSubject =
    itemIds.length > 0 ||
    impliedItem !== undefined ||
    (choices.length > 0 && choiceTopic) ||
    group !== undefined ||
    absentDish;
  if (!hasSubject && !wasCued) return undefined;
  topic ??= 'overview';
  const question: ItemQuestion = { topic };
  if (group && (topic === 'options' || itemIds.length === 0)) question.group = group;
  if (choices.length > 0) question.choices = choices;
  if (diet) question.diet = diet;
  if (allergens) question.allergens = allergens;
  if (flag && topic === 'diet') question.flag = flag;
  // "how big is the large": the choice's measure is asked, not whether the dish takes it
  if (sizeAsked && topic === 'options' && choices.length > 0) question.measure = true;
  const dish = itemIds.length > 0 || impliedItem !== undefined || absentDish;
  return {
    question,
    ...(impliedItem ? { impliedItem } : {}),
    cued: wasCued,
    subject: hasSubject,
    dish,
    ...(framed && topic === 'options' ? { framed: true } : {}),
  };
}

/** "what are the sizes", "which are all the crusts": "what"/"which" before the group across copula and determiners. */
function askerAcrossGap(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const w = (tokens[k] as Token).norm;
    if (OPTION_ASKERS.has(w)) return true;
    if (!ASKER_GAP.has(w)) return false;
  }
  return false;
}

/** Words pointing at a dish before its name ("the", "my"). */
const POINTERS = new Set(['the', 'a', 'an', 'my', 'your', 'this', 'that']);

/** The index just before the determiners that lead up to token `at` ("how can I have | the bagel"). */
const afterDeterminers = (tokens: readonly Token[], at: number) => {
  let k = at;
  while (k > 0 && POINTERS.has(tokens[k - 1]?.norm ?? '')) k--;
  return k;
};

/** Where an options-asking phrase (OPTION_ASKS, WHAT_CAN_GO) ends: the dish asked about may follow. */
function askEnds(tokens: readonly Token[]): Set<number> {
  const ends = new Set<number>();
  for (let i = 0; i < tokens.length; i++)
    for (const set of [OPTION_ASKS, WHAT_CAN_GO]) {
      const len = set.matchAt(tokens, i);
      if (len > 0) ends.add(i + len);
    }
  return ends;
}

/** Pronouns that stand for the dish in focus as a frame's object ("can I customise it?"). */
const FOCUS_OBJECTS = new Set(['it', 'them', 'one', 'ones', 'this', 'that', 'these', 'those']);

/**
 * The options-question frame of the message (options-frame.ts) when a dish or a pronoun for the dish
 * in focus is its object, and for a customising frame nothing but closing words follows the dish
 * ("can I change the latte to oat milk" changes it).
 */
function optionsFrameAsked(tokens: readonly Token[], segs: readonly Segment[]) {
  const frame = readOptionsFrame(tokens);
  if (!frame) return undefined;
  const dish = segs.find((s) => s.start === frame.object && itemSeg(s));
  let end: number;
  if (dish) end = dish.end;
  else {
    // "can I customise it", "what can I add to that?": the demonstrative the frame skipped is the object
    const at = FOCUS_OBJECTS.has(tokens[frame.object]?.norm ?? '') ? frame.object : frame.object - 1;
    if (!FOCUS_OBJECTS.has(tokens[at]?.norm ?? '') || at < (frame.cue.at(-1) ?? 0)) return undefined;
    end = at + 1;
  }
  if (frame.closed && !onlyClosersFrom(tokens, end)) return undefined;
  return frame;
}

/** Question openers for a word for choices in general ("does the bowl come with choices?"). */
const NOUN_QUESTION_OPENERS = new Set(['what', 'whats', 'which', 'does', 'do', 'is', 'are', 'any']);

/**
 * "does the burrito bowl come with choices?", "any add-ons for the tacos?": a question (not a request:
 * "can I get the burrito with extra toppings?" orders) holding a word for choices in general (OPTION_NOUNS)
 * outside a dish's name. Marks the word in `cueAt`.
 */
function nounAsked(tokens: readonly Token[], named: ReadonlySet<number>, cueAt: Set<number>): boolean {
  const first = tokens.find((t) => !t.punct)?.norm ?? '';
  if (!NOUN_QUESTION_OPENERS.has(first)) return false;
  for (let i = 0; i < tokens.length; i++) {
    const len = OPTION_NOUNS.matchAt(tokens, i);
    if (len > 0 && !rangeHits(i, i + len, named)) {
      for (let k = i; k < i + len; k++) cueAt.add(k);
      return true;
    }
  }
  return false;
}

/**
 * A heat word closing the message right after a dish named or a focus word ("is the vindaloo hot",
 * "is this one mild?"): marks it in `cueAt` and says so. Pure but for `cueAt`.
 */
function closingHeat(
  tokens: readonly Token[],
  segs: readonly Segment[],
  cueAt: Set<number>,
  menu: Menu,
): boolean {
  let last = tokens.length - 1;
  while (last >= 0 && (tokens[last] as Token).punct) last--;
  const word = tokens[last];
  if (!word || !CLOSING_HEAT.has(word.norm) || last === 0) return false;
  const before = segs.find((s) => s.end === last);
  const afterDish = before !== undefined && itemSeg(before);
  if (!afterDish && !FOCUS_WORDS.has((tokens[last - 1] as Token).norm)) return false;
  // "is the latte hot": a dish served hot or iced is asked its temperature, not its heat
  if (afterDish && word.norm === 'hot') {
    const ids = entriesOf(before).flatMap((e) => (e.kind === 'item' ? [e.id] : []));
    if (ids.length > 0 && ids.every((id) => temperatureGroup(menu, id) !== undefined)) return false;
  }
  cueAt.add(last);
  return true;
}

/** "the pad thai", "your chicken vindaloo": a definite phrase holding a food word no menu entry reads. */
function definiteAbsentDish(tokens: readonly Token[], segs: readonly Segment[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!DEFINITE.has((tokens[i] as Token).norm)) continue;
    for (let j = i + 1; j <= Math.min(tokens.length - 1, i + DEFINITE_REACH); j++) {
      const t = tokens[j] as Token;
      if (t.punct) break;
      if (unread(segs, tokens, j) && (FOOD_WORDS.has(t.key) || FOOD_WORDS.has(t.norm))) return true;
    }
  }
  return false;
}

const itemSeg = (s: Segment) => entriesOf(s).some((e) => e.kind === 'item');
const choiceSeg = (s: Segment) =>
  entriesOf(s).some((e) => e.kind === 'choice') &&
  !entriesOf(s).some((e) => e.kind === 'diet' || e.kind === 'allergen');
const rangeHits = (start: number, end: number, at: ReadonlySet<number>) => {
  for (let i = start; i < end; i++) if (at.has(i)) return true;
  return false;
};

/** A word of the message that no menu entry reads (a lexicon segment covers none of it). */
const unread = (segs: readonly Segment[], tokens: readonly Token[], i: number): boolean =>
  !(tokens[i] as Token).punct && !segs.some((s) => s.type === 'lex' && s.start <= i && i < s.end);

/**
 * Whether the message asks if a named dish holds an ingredient the menu does not read as a word of its
 * own: "<dish> has|contains <word>" or "is there|any <word> in <dish>" (HOLDS, THERE_IS), with a word
 * between or after that no menu entry covers. Pure.
 */
export function asksIngredient(tokens: readonly Token[], segs: readonly Segment[]): boolean {
  const items = segs.filter(itemSeg);
  if (items.length === 0) return false;
  const first = Math.min(...items.map((s) => s.start));
  const last = Math.max(...items.map((s) => s.end));
  for (let i = last; i < tokens.length; i++) {
    const len = HOLDS.matchAt(tokens, i);
    if (len === 0) continue;
    for (let j = i + len; j < tokens.length; j++) if (unread(segs, tokens, j)) return true;
  }
  for (let i = 0; i < first; i++) {
    const len = THERE_IS.matchAt(tokens, i);
    if (len === 0) continue;
    const inAt = tokens.findIndex((t, k) => k >= i + len && k < first && t.norm === 'in');
    if (inAt < 0) continue;
    for (let j = i + len; j < inAt; j++) if (unread(segs, tokens, j)) return true;
  }
  return false;
}
