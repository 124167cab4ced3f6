import type { MenuItemDto } from '../../contract/backend-api.ts';
import { dietFits } from '../../domain/diet-fits.ts';
import { itemHeat } from '../../domain/item-heat.ts';
import type { Allergen, Choice, OptionGroup } from '../../domain/menu-schema.ts';
import { isTemperatureGroup } from '../../domain/serving-temperature.ts';
import type { CommandOf } from '../commands/command.ts';
import { backendItem, card, log, quickReplies, say, step, type TurnContext } from '../dialog/turn-context.ts';
import { itemEntry, spiceLabel } from '../respond/cards.ts';
import { choiceMeasure } from '../respond/choice-measure.ts';
import { definiteName } from '../respond/definite-name.ts';
import { formatMoney } from '../respond/format-money.ts';
import { groupChoices } from '../respond/group-noun.ts';
import { heatHint, heatSummary } from '../respond/heat-hint.ts';
import { isPluralName, joinList } from '../respond/phrases.ts';
import { CROSS_CONTACT_PASSAGE, menuDeclaresAllergens } from './allergen-caution.ts';
import { addDocumentPassage } from './answer-question.ts';
import { dietConflicts } from './diet-check.ts';
import { heldBy } from './held-ingredient.ts';
import {
  allergenFacts,
  choiceDiet,
  dietVerdict,
  freeAlternatives,
  itemGroup,
  keptDefaults,
  type OptionPick,
  openRequiredGroups,
  picksFor,
  spiceGroup,
  unitPrice,
} from './item-facts.ts';
import { answerLinePrice } from './line-price-answer.ts';
import { addPassageNaming } from './passage-naming.ts';
import { sayServingTemperature } from './serving-temperature-answer.ts';

type ItemInfo = CommandOf<'item_info'>;

/**
 * Longest list of choices said when the customer asks for one group ("which toppings?"): they asked to
 * hear them, so all are said up to this bound; the rest are counted ("and 40 more").
 */
const MAX_LISTED = 100;

/**
 * A group with more choices than this is summarised when a dish's options are asked without naming a
 * group ("what are my options for the margherita?"): its name, how many choices, `EXAMPLES` of them and
 * how to hear them all ("toppings (77 choices such as …; ask "which toppings" to see them all)"). Eight
 * is about what a person at the counter reads out before a list stops being heard; smaller groups are
 * listed in full.
 */
export const SUMMARISE_GROUP_ABOVE = 8;
const EXAMPLES = 3;
/** How many choices that would add a thing asked about are said ("you can add Cheddar, Swiss or …"). */
const MAX_HELD_CHOICES = 5;

/** Asks what can go on a dish ("what can I put on it?", "what can I add to the pizza?"). */
const ASKS_ADDITIONS = /\b(?:put on|put in|add|top(?:ped)? with|goes? on)\b/i;

/**
 * Answers a question about one item, or about option choices alone, from the backend's menu
 * (`getItem`, `getMenu`): per `cmd.topic` its options (a group's choices with their price deltas), diet
 * (yes or no, with the choice or ingredient that decides it and the choices that would make it fit),
 * allergens (per choice too), spice, price (the unit price with the choices said, by the backend's pricing
 * rules; per choice of a required group when none is said), ingredients; without a topic, the overview.
 * The item becomes the item in focus. Never touches the cart.
 */
/** A question asking when: "when", "what time", "how late", "until", a clock time ("at 1pm"). */
const ASKS_WHEN = /\b(when|what time|how late|how early|until|till)\b|\b\d{1,2}(:\d\d)?\s?(am|pm)\b/i;

/** A question asking what is in the dish ("what's in the katsu curry?", "what goes in it?"). */
const ASKS_CONTENTS = /\bwhat(?:'s|s| is| are)? (?:in|inside)\b|\bwhat goes in\b/i;

export async function itemInfo(ctx: TurnContext, cmd: ItemInfo): Promise<void> {
  step(ctx, 'item_info');
  ctx.flags.digressed = true;
  const topic = cmd.topic ?? 'overview';
  if (!cmd.itemId && !cmd.group && !cmd.choices?.length) {
    // "is it spicy?" with no dish talked about: which one, never a dish picked by a word of the question
    say(ctx, 'which_dish');
    return;
  }
  if (!cmd.itemId && cmd.available && cmd.group) {
    await choiceAvailabilityAnswer(ctx, cmd);
    return;
  }
  if (!cmd.itemId) {
    await choiceInfo(ctx, cmd);
    if (!(await sayAllergenPassage(ctx, cmd))) await addDocumentPassage(ctx, ctx.message);
    return;
  }
  // "how much is that?" right after adding it: the line's price, with its options and count
  if (topic === 'price' && cmd.lineId && (await answerLinePrice(ctx, cmd.lineId, cmd.itemId))) return;
  const item = await backendItem(ctx, cmd.itemId);
  if (!item) {
    say(ctx, 'unknown_item', { heard: cmd.itemId });
    return;
  }
  ctx.state.focusItemId = item.id;
  if (topic === 'overview') {
    await overview(ctx, item);
  } else {
    const { optionGroups: groups } = await ctx.deps.backend.getMenu();
    const group = cmd.group ? itemGroup(item, groups, cmd.group) : undefined;
    const { picks, unknown } = picksFor(groups, cmd.choices ?? [], item, group?.id);
    const answer = { ctx, item, groups, picks, cmd };
    if (topic === 'options') answerOptions(answer, group, unknown);
    else if (topic === 'diet') answerDiet(answer);
    else if (topic === 'allergens') answerAllergens(answer);
    // a diet or allergen answer carries what the menu says about shared fryers and traces; without
    // such a note, an options, diet or allergen answer is followed by what the dish is made with
    const note = topic === 'diet' || topic === 'allergens' ? crossContactNote(item.description) : undefined;
    if (note) say(ctx, 'item_cross_contact', { note });
    else if (topic === 'spice') answerSpice(answer);
    else if (topic === 'price') answerPrice(answer);
    // "does it have cheese": yes with what holds it, or what can add it; a no is followed by what it is
    // made with
    else if (topic === 'ingredients' && cmd.ingredient) {
      if (!answerHeld(answer, cmd.ingredient)) answerIngredients(answer, topic);
    }
    // "is the latte hot": how it is served answers it whole, with no list of what it is made with
    // "how big is the large": the measure answers it whole too
    else if (!(topic === 'options' && ((group && isTemperatureGroup(group)) || cmd.measure)))
      answerIngredients(answer, topic);
    if (!item.available) say(ctx, 'unavailable', { name: item.name });
  }
  // what the menu's fields do not say ("what oil do you fry in?"), the documents may; after an overview,
  // a passage about the dish itself ("make it super (cheese, sour cream and guacamole)")
  // a question of when a dish is served ("when do you start serving burgers?") is the documents' to
  // answer: the menu's fields hold no times, so a passage naming the dish is said even when unsure
  const asksWhen = topic === 'overview' && ASKS_WHEN.test(ctx.message);
  if (await sayAllergenPassage(ctx, cmd)) {
    if (item.available) quickReplies(ctx, [`Add ${item.name}`]);
    log(ctx, 'dialog.item_info.answered', { itemId: item.id, topic });
    return;
  }
  await addDocumentPassage(
    ctx,
    ctx.message,
    asksWhen ? ctx.deps.config.knowledgeUnsureAt : undefined,
    topic === 'overview' ? item.name : undefined,
  );
  if (item.available) quickReplies(ctx, [`Add ${item.name}`]);
  log(ctx, 'dialog.item_info.answered', { itemId: item.id, topic });
}

/**
 * After an allergen answer from the menu ("is the paneer tikka ok for a nut allergy?"), the venue's
 * confident cross-contact passage naming an allergen asked about, when a document has one (traces,
 * shared fryers, which sauces hold it), trimmed to its sentences on it. Says it and returns true.
 */
async function sayAllergenPassage(ctx: TurnContext, cmd: ItemInfo): Promise<boolean> {
  if (cmd.topic !== 'allergens') return false;
  const only = { minConfidence: ctx.deps.config.knowledgeConfidentAt, about: CROSS_CONTACT_PASSAGE };
  for (const allergen of cmd.allergens ?? [])
    if (await addPassageNaming(ctx, ctx.message, allergen.replace('-', ' '), only)) return true;
  return false;
}

interface Answer {
  ctx: TurnContext;
  item: MenuItemDto;
  groups: readonly OptionGroup[];
  picks: OptionPick[];
  cmd: ItemInfo;
}

const cap = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

/** "the Pepperoni Pizza", "the Pepperoni Pizza (Large, Thin Crust)". */
function subjectOf(item: MenuItemDto, picks: readonly OptionPick[]): string {
  return picks.length > 0
    ? `${definiteName(item.name)} (${picks.map((p) => p.choice.name.replace(/[()]/g, '')).join(', ')})`
    : definiteName(item.name);
}

const ALLERGEN_NAMES: Record<Allergen, string> = {
  celery: 'celery',
  gluten: 'gluten',
  crustaceans: 'crustaceans',
  eggs: 'eggs',
  fish: 'fish',
  lupin: 'lupin',
  milk: 'milk',
  molluscs: 'molluscs',
  mustard: 'mustard',
  'tree-nuts': 'tree nuts',
  peanuts: 'peanuts',
  sesame: 'sesame',
  soy: 'soy',
  sulphites: 'sulphites',
};
const allergenName = (a: Allergen) => ALLERGEN_NAMES[a];

/** "nut free" for tree nuts and peanuts, "dairy free" for milk, else "<allergen> free". */
function freeLabel(allergens: readonly Allergen[]): string {
  if (allergens.includes('tree-nuts') && allergens.includes('peanuts')) return 'nut free';
  if (allergens.length === 1 && allergens[0] === 'milk') return 'dairy free';
  return `${joinList(allergens.map(allergenName), 'and')} free`;
}

/** "Thin Crust", "Deep Dish (+$2.50)", "Hand-Tossed (standard)". */
function choiceLabel(c: Choice, currency: string): string {
  if (c.default) return `${c.name} (standard)`;
  if (c.priceDelta > 0) return `${c.name} (+${formatMoney(c.priceDelta, currency)})`;
  if (c.priceDelta < 0) return `${c.name} (−${formatMoney(-c.priceDelta, currency)})`;
  return c.name;
}

function listChoices(group: OptionGroup, currency: string): string {
  const open = group.choices.filter((c) => c.available);
  const shown = open.slice(0, MAX_LISTED).map((c) => choiceLabel(c, currency));
  const more = open.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : joinList(shown, 'or');
}

function answerOptions(
  { ctx, item, groups, picks, cmd }: Answer,
  group: OptionGroup | undefined,
  unknown: readonly string[],
): void {
  const currency = item.price.currency;
  // "how big is the large?": each choice's measures as the menu's label gives them, nothing chosen
  if (cmd.measure && picks.length > 0) {
    for (const { choice } of picks) {
      const { word, measures } = choiceMeasure(choice.name);
      if (measures.length === 0) say(ctx, 'item_choice_no_measure', { name: item.name, choice: choice.name });
      else
        say(ctx, 'item_choice_measure', {
          name: item.name,
          choice: word || 'choice',
          measures: joinList(measures),
        });
    }
    return;
  }
  // "does the coke come in 2 liter?": yes with its price delta, or no
  if (!cmd.group && (picks.length > 0 || unknown.length > 0)) {
    if (picks.length > 0)
      say(ctx, 'item_option_yes', {
        name: item.name,
        choices: joinList(picks.map((p) => choiceLabel(p.choice, currency))),
      });
    const missing = unknown.flatMap((id) =>
      groups.flatMap((g) => g.choices.filter((c) => c.id === id)).slice(0, 1),
    );
    if (missing.length > 0)
      say(ctx, 'item_option_no', {
        name: item.name,
        choices: joinList(
          missing.map((c) => c.name),
          'or',
        ),
      });
    return;
  }
  const asked = cmd.group ? groups.find((g) => g.id === cmd.group) : undefined;
  if (asked && !group) {
    // "what toppings can I add?" with a drink in focus: this item has none; the menu's are listed
    say(ctx, 'item_options_none', { name: item.name, group: asked.name.toLowerCase() });
    say(ctx, 'item_options_menu', {
      group: asked.name.toLowerCase(),
      groupChoices: groupChoices(asked.name),
      list: listChoices(asked, currency),
    });
    return;
  }
  // "is the latte hot": a "hot or iced" group is said as how the dish is served
  if (group && sayServingTemperature(ctx, item, group)) return;
  if (group) {
    say(ctx, 'item_options', {
      name: item.name,
      group: group.name.toLowerCase(),
      groupChoices: groupChoices(group.name),
      list: listChoices(group, currency),
    });
    if (group.selection === 'multiple' && group.max > 1)
      say(ctx, 'item_options_rule', { rule: `You can pick up to ${group.max}.` });
    return;
  }
  const own = groups.filter((g) => item.optionGroups.includes(g.id));
  // "what can I put on it?": the one group that adds to it (toppings), when there is one
  const adds = own.filter((g) => g.selection === 'multiple');
  if (adds.length === 1 && adds[0] && ASKS_ADDITIONS.test(ctx.message)) {
    say(ctx, 'item_options', {
      name: item.name,
      group: adds[0].name.toLowerCase(),
      groupChoices: groupChoices(adds[0].name),
      list: listChoices(adds[0], currency),
    });
    return;
  }
  if (own.length === 0) {
    say(ctx, 'item_no_options', { name: item.name });
    return;
  }
  // every group of the dish: a small one with its choices, a large one summarised
  say(ctx, 'item_option_groups', {
    name: item.name,
    groups: own.map((g) => groupOverview(g, currency)).join('; '),
  });
}

/**
 * One group of a dish's options overview: "size (Small, Medium (+$3.00) or Large (+$6.00))", or above
 * `SUMMARISE_GROUP_ABOVE` available choices, "toppings (77 choices such as Tomato Sauce, Basil Pesto
 * and Feta; ask "which toppings" to see them all)". A group of one choice is said by its choice alone.
 */
export function groupOverview(group: OptionGroup, currency: string): string {
  const name = group.name.toLowerCase();
  const open = group.choices.filter((c) => c.available);
  if (open.length > SUMMARISE_GROUP_ABOVE) {
    const examples = joinList(
      open.slice(0, EXAMPLES).map((c) => c.name),
      'and',
    );
    return `${name} (${open.length} choices such as ${examples}; ask "which ${name}" to see them all)`;
  }
  return `${name} (${listChoices(group, currency)})`;
}

/** The menu flag that says a dish is free of an allergen ("gluten-free" for gluten). */
const FREE_FLAG: Partial<Record<Allergen, string>> = {
  gluten: 'gluten-free',
  milk: 'dairy-free',
  eggs: 'egg-free',
  'tree-nuts': 'nut-free',
  peanuts: 'nut-free',
};

/** True when the dish's own diet flags say it is free of every allergen asked about. */
function flaggedFree(flags: readonly string[], asked: readonly Allergen[]): boolean {
  return asked.every((a) => {
    const flag = FREE_FLAG[a];
    return flag !== undefined && flags.includes(flag);
  });
}

function answerDiet({ ctx, item, groups, picks, cmd }: Answer): void {
  const subject = subjectOf(item, picks);
  if (cmd.flag) {
    const flag = cmd.flag.replace('-', ' ');
    if (item.dietFlags.includes(cmd.flag)) say(ctx, 'item_flag_yes', { subject, flag });
    else say(ctx, 'item_flag_no', { Subject: cap(subject), flag });
    return;
  }
  if (cmd.allergens && cmd.allergens.length > 0 && !cmd.diet) {
    const label = freeLabel(cmd.allergens);
    const { contains, optional } = allergenFacts(item, groups, picks, cmd.allergens);
    if (contains.length === 0) {
      // a "yes, it is gluten free" needs the menu's own flag; without it only the declared allergens speak
      if (flaggedFree(item.dietFlags, cmd.allergens)) say(ctx, 'item_diet_yes', { subject, diet: label });
      else
        say(ctx, 'item_allergen_no', {
          Subject: cap(subject),
          list: joinList(cmd.allergens.map(allergenName), 'or'),
        });
      sayOptional(ctx, optional);
      return;
    }
    say(ctx, 'item_diet_no', { subject, diet: label, reasons: `it contains ${describeSources(contains)}` });
    for (const c of contains) {
      const alternatives = freeAlternatives(item, groups, c.allergen);
      if (alternatives.length > 0)
        say(ctx, 'item_allergen_alternative', {
          choices: joinList(
            alternatives.map((a) => definiteName(a.name)),
            'or',
          ).replace(/^t/, 'T'),
          allergen: allergenName(c.allergen),
        });
    }
    return;
  }
  const diet = cmd.diet ?? 'vegetarian';
  const verdict = dietVerdict(item, groups, picks, diet);
  if (verdict.fits) {
    say(ctx, 'item_diet_yes', { subject, diet });
    return;
  }
  const reasons =
    verdict.because.length > 0
      ? `${isPluralName(item.name) ? 'they have' : 'it has'} ${joinList(verdict.because)}`
      : `it is marked ${item.diet} on our menu`;
  say(ctx, 'item_diet_no', { subject, diet, reasons });
  if (verdict.without.length > 0) {
    const instead = verdict.instead.map((c) => choiceLabel(c, item.price.currency));
    const fix =
      instead.length > 0
        ? `with ${joinList(instead, 'or')} instead of ${joinList(verdict.without)}`
        : `without ${joinList(verdict.without)}`;
    say(ctx, 'item_diet_fix', { diet, fix });
  }
}

/** "tree nuts (from Basil Pesto) and milk". */
function describeSources(contains: ReturnType<typeof allergenFacts>['contains'], sources = true): string {
  return joinList(
    contains.map((c) =>
      sources && c.from.length > 0
        ? `${allergenName(c.allergen)} (from ${joinList(c.from)})`
        : allergenName(c.allergen),
    ),
  );
}

function sayOptional(ctx: TurnContext, optional: ReturnType<typeof allergenFacts>['optional']): void {
  for (const o of optional)
    say(ctx, 'item_allergen_optional', {
      choices: joinList(o.from, 'or'),
      allergen: allergenName(o.allergen),
    });
}

function answerAllergens({ ctx, item, groups, picks, cmd }: Answer): void {
  const subject = subjectOf(item, picks);
  // a menu whose dishes declare no allergens does not say: never a "no nuts declared" read as safe
  if (!menuDeclaresAllergens(ctx.deps.venue.menu.items)) {
    say(ctx, 'item_allergens_unlisted', { name: item.name });
    return;
  }
  const asked = cmd.allergens && cmd.allergens.length > 0 ? cmd.allergens : undefined;
  const { contains, optional } = allergenFacts(item, groups, picks, asked);
  if (!asked) {
    if (contains.length === 0) say(ctx, 'item_allergens_none', { Subject: cap(subject) });
    else say(ctx, 'item_allergens_list', { Subject: cap(subject), list: describeSources(contains) });
    return;
  }
  if (contains.length > 0)
    say(ctx, 'item_allergen_yes', { Subject: cap(subject), list: describeSources(contains) });
  else say(ctx, 'item_allergen_no', { Subject: cap(subject), list: joinList(asked.map(allergenName), 'or') });
  sayOptional(ctx, optional);
}

function answerSpice({ ctx, item, groups }: Answer): void {
  // a dish the menu does not rate: said so, with what its words say, never a level
  const heat = itemHeat(item);
  if (heat.rated) say(ctx, 'item_spice', { name: item.name, level: spiceLabel(heat.level) });
  else say(ctx, 'heat_unrated', { name: item.name, hint: heatHint(heat) });
  const group = spiceGroup(item, groups);
  if (group)
    say(ctx, 'item_spice_choice', {
      choices: joinList(
        group.choices.filter((c) => c.available).map((c) => c.name.toLowerCase()),
        'or',
      ),
    });
}

function answerPrice({ ctx, item, groups, picks }: Answer): void {
  const currency = item.price.currency;
  const open = openRequiredGroups(item, groups, picks)[0];
  if (open) {
    const list = open.choices
      .filter((c) => c.available)
      .map(
        (c) =>
          `${formatMoney(unitPrice(item, [...picks, { group: open, choice: c }]), currency)} for the ${c.name.toLowerCase()}`,
      );
    say(ctx, 'item_price_by_group', { name: item.name, list: joinList(list) });
    return;
  }
  say(ctx, 'item_price', {
    Subject: cap(subjectOf(item, picks)),
    price: formatMoney(unitPrice(item, picks), currency),
  });
}

/**
 * What the dish is made with, what it comes with and its allergens; `topic` is what the question asked
 * (this follows an options, diet or allergen answer too). A menu that lists no ingredients is said to
 * list none when they were asked ("never claim absence"), and nothing is said of them after another
 * answer; its allergens, which every item declares, follow unless an allergen answer was just given
 * (the allergen asked is said once: "The Cheese Omelet contains milk.", no "It contains eggs and milk.").
 */
/**
 * "does it have cheese?" of the dish in focus (held-ingredient.ts): yes, naming the ingredient or
 * standard choice that holds it; else the dish's choices that would add it; else no, from the menu's
 * list. Returns true when the answer is whole (a yes); a no is followed by what the dish is made with.
 */
function answerHeld({ ctx, item, groups, picks }: Answer, asked: string): boolean {
  const standard = keptDefaults(item, groups, picks).map((p) => p.choice.name);
  // the ingredient list first ("onion"), else a standard or chosen choice ("Raw Onion"): said once
  const listed = heldBy(asked, item.ingredients);
  const held = listed.length > 0 ? listed : heldBy(asked, [...standard, ...picks.map((p) => p.choice.name)]);
  if (held.length > 0) {
    say(ctx, 'item_holds_yes', { name: item.name, what: joinList(held) });
    return true;
  }
  if (heldBy(asked, [item.description ?? '']).length > 0) {
    say(ctx, 'item_holds_described', { name: item.name, what: asked, description: item.description ?? '' });
    return true;
  }
  const own = groups.filter((g) => item.optionGroups.includes(g.id));
  // every choice of a group named for it ("Add cheese"), else the choices named for it ("Extra Pickles")
  const ofGroup = own
    .filter((g) => heldBy(asked, [g.name]).length > 0)
    .flatMap((g) => g.choices.filter((c) => c.available));
  const addable =
    ofGroup.length > 0
      ? ofGroup
      : own.flatMap((g) => g.choices.filter((c) => c.available && heldBy(asked, [c.name]).length > 0));
  if (addable.length > 0) {
    const currency = item.price.currency;
    say(ctx, 'item_holds_addable', {
      name: item.name,
      what: asked,
      choices: joinList(
        addable.slice(0, MAX_HELD_CHOICES).map((c) => choiceLabel(c, currency)),
        'or',
      ),
    });
    return true;
  }
  say(ctx, 'item_holds_no', { name: item.name, what: asked });
  return false;
}

function answerIngredients({ ctx, item, groups, picks, cmd }: Answer, topic: string): void {
  const listed = item.ingredients.length > 0;
  if (listed) say(ctx, 'item_ingredients', { name: item.name, ingredients: joinList(item.ingredients) });
  else if (topic === 'ingredients') say(ctx, 'item_ingredients_unlisted', { name: item.name });
  const said = new Set(item.ingredients.map((i) => i.toLowerCase()));
  // what it comes with: the default choices of groups that add to it (toppings), not its size or crust
  const extra = [
    ...keptDefaults(item, groups, picks)
      .filter((p) => p.group.selection === 'multiple')
      .map((p) => p.choice.name),
    ...picks.map((p) => p.choice.name),
  ].filter((n) => ![...said].some((i) => i.includes(n.toLowerCase())));
  if (extra.length > 0) say(ctx, 'item_comes_with', { defaults: joinList([...new Set(extra)]) });
  // "does it have nuts?" was just answered yes or no: the allergen is said once, not again in a list
  if (topic === 'allergens' || (topic === 'diet' && (cmd.allergens?.length ?? 0) > 0)) return;
  const { contains } = allergenFacts(item, groups, picks);
  const pronoun = isPluralName(item.name) ? 'They' : 'It';
  if (contains.length === 0) say(ctx, 'item_allergens_none', { Subject: pronoun });
  else say(ctx, 'item_allergens_list', { Subject: pronoun, list: describeSources(contains, false) });
}

/**
 * The paragraph: description, ingredients, allergens, spice, diet, price; and a note on the stated diet.
 * A menu that gives no description or ingredients (a menu of names and prices) leaves those sentences
 * out rather than saying an empty one; with neither, the dish is introduced by its category.
 */
async function overview(ctx: TurnContext, item: MenuItemDto): Promise<void> {
  const reasons = dietConflicts(item, [], [], ctx.state.constraints);
  const about = [
    item.description ? item.description.replace(/\.?$/, '.') : '',
    item.ingredients.length > 0 ? `Ingredients: ${item.ingredients.join(', ')}.` : '',
  ].filter(Boolean);
  if (about.length === 0) {
    const { categories } = await ctx.deps.backend.getMenu();
    const category = categories.find((c) => c.id === item.category)?.name ?? item.category;
    about.push(`one of our ${category.toLowerCase()}.`);
  }
  say(ctx, 'item_info', {
    name: item.name,
    about: about.join(' '),
    allergens: item.allergens.length > 0 ? item.allergens.map(allergenName).join(', ') : 'none declared',
    spice: `${cap(heatSummary(itemHeat(item), spiceLabel))}, ${item.diet}.`,
    price: formatMoney(item.price.amount, item.price.currency),
  });
  // "what's in it?" of a dish whose ingredients the menu does not list: said, never left to guess
  if (item.ingredients.length === 0 && ASKS_CONTENTS.test(ctx.message))
    say(ctx, 'item_ingredients_unlisted', { name: item.name });
  if (!item.available) say(ctx, 'unavailable', { name: item.name });
  if (reasons.length > 0) say(ctx, 'diet_note', { name: item.name, reasons: joinList(reasons) });
  card(ctx, { type: 'item_list', title: item.name, items: [itemEntry(item)] });
}

/** Most dishes or categories named where an available choice is taken. */
const MAX_WHERE = 3;

/**
 * "do you have almond milk": yes, the choice (with its price delta) and where it is taken (the dishes,
 * or their categories when many); "do you have hemp milk": no, and the group's choices.
 */
async function choiceAvailabilityAnswer(ctx: TurnContext, cmd: ItemInfo): Promise<void> {
  const menu = await ctx.deps.backend.getMenu();
  const currency = menu.venue.currency;
  const group = menu.optionGroups.find((g) => g.id === cmd.group);
  if (!group) {
    say(ctx, 'knowledge_unknown');
    return;
  }
  const asked = cmd.choices ?? [];
  if (asked.length === 0) {
    say(ctx, 'choice_absent', {
      heard: cmd.heard ?? 'that',
      group: group.name.toLowerCase(),
      groupChoices: groupChoices(group.name),
      list: listChoices(group, currency),
    });
    log(ctx, 'dialog.item_info.choice_absent', { group: group.id });
    return;
  }
  const choice = group.choices.find((c) => asked.includes(c.id)) ?? group.choices[0];
  if (!choice) {
    say(ctx, 'knowledge_unknown');
    return;
  }
  const groupsWith = new Set(
    menu.optionGroups
      .filter((g) => g.choices.some((c) => asked.includes(c.id) && c.available))
      .map((g) => g.id),
  );
  const dishes = menu.items.filter((i) => i.available && i.optionGroups.some((g) => groupsWith.has(g)));
  if (!choice.available || dishes.length === 0) {
    say(ctx, 'unavailable', { name: choice.name });
    return;
  }
  const categories = [...new Set(dishes.map((d) => d.category))].map((id) =>
    (menu.categories.find((c) => c.id === id)?.name ?? id).toLowerCase(),
  );
  const where =
    dishes.length <= MAX_WHERE
      ? joinList(dishes.map((d) => d.name))
      : categories.length <= MAX_WHERE
        ? joinList(categories)
        : `${categories.slice(0, MAX_WHERE).join(', ')} and more`;
  say(ctx, 'choice_available', {
    choice: choiceLabel(choice, currency),
    group: group.name.toLowerCase(),
    groupChoices: groupChoices(group.name),
    where,
  });
  log(ctx, 'dialog.item_info.choice_available', { choice: choice.id, dishes: dishes.length });
}

/** A question about option choices with no item ("is the gluten-free crust vegan?", "what toppings are there?"). */
async function choiceInfo(ctx: TurnContext, cmd: ItemInfo): Promise<void> {
  const menu = await ctx.deps.backend.getMenu();
  const groups = menu.optionGroups;
  const currency = menu.venue.currency;
  const group = cmd.group ? groups.find((g) => g.id === cmd.group) : undefined;
  const { picks } = picksFor(groups, cmd.choices ?? [], undefined, group?.id);
  if (picks.length === 0) {
    if (group)
      say(ctx, 'item_options_menu', {
        group: group.name.toLowerCase(),
        groupChoices: groupChoices(group.name),
        list: listChoices(group, currency),
      });
    else say(ctx, 'knowledge_unknown');
    log(ctx, 'dialog.item_info.choices', { group: group?.id ?? null, choices: 0 });
    return;
  }
  const subject = `the ${joinList(picks.map((p) => p.choice.name))}`;
  const topic = cmd.topic ?? 'overview';
  if (topic === 'diet' && (cmd.diet || cmd.allergens?.length)) {
    if (cmd.diet) {
      const diet = cmd.diet;
      const against = picks.filter((p) => !dietFits(choiceDiet(p.choice), diet));
      if (against.length === 0) say(ctx, 'item_diet_yes', { subject, diet });
      else
        say(ctx, 'item_diet_no', {
          subject,
          diet,
          reasons: joinList(against.map((p) => `${definiteName(p.choice.name)} is ${choiceDiet(p.choice)}`)),
        });
    } else {
      const asked = cmd.allergens ?? [];
      const { contains } = allergenFacts(undefined, groups, picks, asked);
      if (contains.length === 0) say(ctx, 'item_diet_yes', { subject, diet: freeLabel(asked) });
      else
        say(ctx, 'item_diet_no', {
          subject,
          diet: freeLabel(asked),
          reasons: `it contains ${describeSources(contains, false)}`,
        });
    }
  } else if (topic === 'allergens' || topic === 'diet') {
    const asked = cmd.allergens && cmd.allergens.length > 0 ? cmd.allergens : undefined;
    const { contains } = allergenFacts(undefined, groups, picks, asked);
    if (!asked) {
      if (contains.length === 0) say(ctx, 'item_allergens_none', { Subject: cap(subject) });
      else say(ctx, 'item_allergens_list', { Subject: cap(subject), list: describeSources(contains, false) });
    } else if (contains.length > 0)
      say(ctx, 'item_allergen_yes', { Subject: cap(subject), list: describeSources(contains, false) });
    else
      say(ctx, 'item_allergen_no', { Subject: cap(subject), list: joinList(asked.map(allergenName), 'or') });
  } else if (topic === 'price') {
    for (const p of picks) {
      const Subject = cap(definiteName(p.choice.name));
      if (p.choice.priceDelta === 0 || p.choice.default) say(ctx, 'item_choice_free', { Subject });
      else say(ctx, 'item_choice_price', { Subject, price: formatMoney(p.choice.priceDelta, currency) });
    }
  } else if (topic === 'options' && group) {
    say(ctx, 'item_options_menu', {
      group: group.name.toLowerCase(),
      groupChoices: groupChoices(group.name),
      list: listChoices(group, currency),
    });
  } else {
    for (const p of picks) {
      const allergens = p.choice.allergens;
      say(ctx, 'item_choice_facts', {
        Subject: cap(definiteName(p.choice.name)),
        diet: choiceDiet(p.choice),
        allergens:
          allergens.length > 0
            ? `contains ${joinList(allergens.map(allergenName))}`
            : 'has no declared allergens',
      });
    }
  }
  log(ctx, 'dialog.item_info.choices', { group: group?.id ?? null, choices: picks.length });
}

/** Words of a dish description that warn of cross-contact (a generic lexicon, not a dish's). */
const CROSS_CONTACT =
  /\b(shared (fryer|fryers|oil|kitchen|equipment|grill)|may contain|traces? of|cross[- ]contact|same (fryer|oil|kitchen)|prepared (in|near|alongside))\b/i;

/**
 * The sentences of an item's description that warn of cross-contact ("Fried in a shared fryer with
 * breaded items."), joined; undefined when it has none. Said after a diet or allergen answer, so a
 * "yes, gluten free" never hides the menu's own warning.
 */
export function crossContactNote(description: string | undefined): string | undefined {
  const sentences = description?.match(/[^.!?]+[.!?]?/g) ?? [];
  const warn = sentences.map((x) => x.trim()).filter((x) => CROSS_CONTACT.test(x));
  return warn.length > 0 ? warn.join(' ') : undefined;
}
