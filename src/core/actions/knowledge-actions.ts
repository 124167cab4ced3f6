import type { MenuItemDto, Order } from '../../contract/backend-api.ts';
import { atLeastSpice, itemHeat, withinSpice } from '../../domain/item-heat.ts';
import type { VenueMood } from '../../domain/venue.ts';
import type { CommandOf } from '../commands/command.ts';
import { popFrame, pushFrame, topFrame } from '../dialog/frames.ts';
import { card, log, quickReplies, say, step, type TurnContext } from '../dialog/turn-context.ts';
import { itemEntry } from '../respond/cards.ts';
import { formatMoney } from '../respond/format-money.ts';
import { heatHint } from '../respond/heat-hint.ts';
import { type ListedWhat, listedNounPhrase } from '../respond/listed-noun-phrase.ts';
import { orderReference } from '../respond/order-reference.ts';
import { joinList } from '../respond/phrases.ts';
import type { DraftLine } from '../state/session-state.ts';
import { menuDeclaresAllergens, sayAllergenDataMissing } from './allergen-caution.ts';
import { newDraft } from './cart-actions.ts';
import { dietConflicts, dietFits } from './diet-check.ts';
import { holdsDisliked } from './disliked-dishes.ts';
import { asksTime, sayUsualTime } from './say-usual-time.ts';

const LONG_LIST = 12;

/**
 * "any vegan lamb dishes" when none is vegan: the dishes of the asked list (`cmd.items`, a noun's or an
 * ingredient's) without the other filters, offered as the nearest ones. Says nothing and returns false
 * when the list itself is empty or no other filter was given.
 */
async function nearestListed(ctx: TurnContext, cmd: CommandOf<'browse'>): Promise<boolean> {
  const filtered =
    cmd.diet !== undefined || cmd.allergenFree.length > 0 || cmd.maxSpice !== undefined || cmd.category;
  if (!cmd.items?.length || !filtered || !cmd.noun) return false;
  const menu = await ctx.deps.backend.getMenu({});
  const near = menu.items.filter((i) => i.available && cmd.items?.includes(i.id)).slice(0, 12);
  if (near.length === 0) return false;
  const title = cmd.noun.replace(/^one dish/, 'dish');
  say(ctx, 'browse_nearest', { what: title });
  card(ctx, {
    type: 'item_list',
    title: title[0]!.toUpperCase() + title.slice(1),
    items: near.map(itemEntry),
  });
  quickReplies(
    ctx,
    near.slice(0, 3).map((i) => `Add ${i.name}`),
  );
  return true;
}

/**
 * After saying the menu lacks what was asked, what it has: its categories, offered to look at ("We do
 * have burgers, sides and shakes. Would you like to see one of those?").
 */
export function offerMenu(ctx: TurnContext): void {
  const categories = ctx.deps.venue.menu.categories.map((c) => c.name.toLowerCase());
  if (categories.length === 0) return;
  say(ctx, 'menu_offer', { categories: joinList(categories.slice(0, 6), 'and') });
  quickReplies(ctx, ['Show me the menu']);
}

/** Lists items from the backend (prices and availability are the backend's), filtered as asked. */
export async function browseMenu(ctx: TurnContext, cmd: CommandOf<'browse'>): Promise<void> {
  step(ctx, 'browse');
  ctx.flags.digressed = true;
  const { venue } = ctx.deps;
  const allergies = [...new Set([...cmd.allergenFree])];
  // a menu whose dishes declare no allergens cannot say which are free of one: said, never listed
  if (allergies.length > 0 && !menuDeclaresAllergens(venue.menu.items)) {
    sayAllergenDataMissing(ctx, allergies);
    return;
  }
  const menu = await ctx.deps.backend.getMenu({
    ...(cmd.diet ? { diet: cmd.diet } : {}),
    ...(cmd.category ? { category: cmd.category } : {}),
    ...(allergies.length > 0 ? { allergen_free: allergies.join(',') } : {}),
  });
  const categoryName = venue.menu.categories.find((c) => c.id === cmd.category)?.name.toLowerCase();
  const holding = cmd.allergenIn ?? [];
  const disliked = cmd.withoutIngredients ?? [];
  const named = (as: readonly string[], or: string) =>
    joinList(
      as.map((a) => a.replace('-', ' ')),
      or,
    );
  const listed: ListedWhat = {
    // "not too spicy please": the dishes at most mildly spicy are the mild ones
    qualifiers: [cmd.maxSpice !== undefined ? 'mild' : undefined, cmd.diet].filter((q): q is string => !!q),
    head:
      categoryName ??
      cmd.noun ??
      (cmd.diet || allergies.length || holding.length || cmd.maxSpice !== undefined || disliked.length
        ? 'dishes'
        : 'our menu'),
    tail:
      (holding.length > 0 ? ` with ${named(holding, 'or')}` : '') +
      (allergies.length > 0 || disliked.length > 0
        ? ` without ${named([...allergies, ...disliked], 'or')}`
        : ''),
  };
  const what = [...listed.qualifiers, listed.head].join(' ') + listed.tail;
  // "which dishes have sesame?": the dishes holding one of them (the backend filters the other way only)
  const items = menu.items.filter(
    (i) =>
      i.available &&
      (cmd.items === undefined || cmd.items.includes(i.id)) &&
      (holding.length === 0 || i.allergens.some((a) => holding.includes(a))) &&
      (cmd.maxSpice === undefined || withinSpice(i, cmd.maxSpice)) &&
      !holdsDisliked(i, disliked, venue.menu.categories),
  );
  if (items.length === 0) {
    // nothing fits: said as the menu's lack, never as an outage; the nearest dishes, else (nothing ruled
    // out for a need) what we have
    say(ctx, 'browse_empty', { what });
    const filtered =
      cmd.diet !== undefined || allergies.length > 0 || cmd.maxSpice !== undefined || holding.length > 0;
    if (!(await nearestListed(ctx, cmd)) && !filtered) offerMenu(ctx);
    return;
  }
  // the card holds the whole list (a client may fold it); a long one without a category gets a hint,
  // said with its count before the list rather than after its colon ("We have 27 vegan dishes. Ask for
  // pizzas or salads to narrow it down, or here they all are:")
  const shown = items.slice(0, 60);
  const narrowing =
    !cmd.category && !cmd.items && items.length > LONG_LIST
      ? venue.menu.categories.filter((c) => items.some((i) => i.category === c.id))
      : [];
  if (narrowing.length > 1)
    say(ctx, 'browse_intro_many', {
      count: items.length,
      what: listedNounPhrase(listed, items.length)
        .replace(/^the /, '')
        .replace(/^our menu\b/, 'dishes on our menu'),
      categories: joinList(
        narrowing.slice(0, 5).map((c) => c.name.toLowerCase()),
        'or',
      ),
    });
  else
    say(ctx, 'browse_intro', {
      what: listedNounPhrase(listed, shown.length),
      verb: shown.length === 1 || listed.head === 'our menu' ? 'is' : 'are',
    });
  card(ctx, {
    type: 'item_list',
    title: what[0]!.toUpperCase() + what.slice(1),
    items: shown.map(itemEntry),
  });
  if (cmd.maxSpice !== undefined) sayUnratedLeftOut(ctx, menu.items, items);
  // dishes listed for what they hold (often to avoid) are not offered to add
  if (holding.length === 0)
    quickReplies(
      ctx,
      shown.slice(0, 3).map((i) => `Add ${i.name}`),
    );
}

/**
 * A pick for the customer's mood (moods.json, or a built-in mood defined over the menu), respecting the
 * stated diet and allergies and the category said. When the mood fits no dish here, it says so and
 * offers the picks it would make with no mood.
 */
export async function recommend(ctx: TurnContext, cmd: CommandOf<'recommend'>): Promise<void> {
  step(ctx, 'recommend');
  ctx.flags.digressed = true;
  const { venue } = ctx.deps;
  // "no dairy for my kid" with a pick asked for: the pick is the kid's dish and fits the kid
  const top = topFrame(ctx.state);
  const guest = top?.kind === 'guest_dish' ? (top.slots.guest as DraftLine['guest']) : undefined;
  const constraints = guest
    ? { ...(guest.diet ? { diet: guest.diet } : {}), allergies: guest.allergies }
    : ctx.state.constraints;
  const moodText = cmd.mood?.toLowerCase();
  const asked =
    venue.moods.find((m) => m.id === moodText || m.name.toLowerCase() === moodText) ??
    venue.moods.find(
      (m) =>
        moodText && m.aliases.some((a) => a.toLowerCase() === moodText || moodText.includes(a.toLowerCase())),
    );
  const diet = cmd.diet ?? constraints.diet;
  // "something that doesn't have gluten?": the allergens said with the request rule dishes out too
  const allergies = [...new Set([...constraints.allergies, ...(cmd.allergenFree ?? [])])];
  const menu = await ctx.deps.backend.getMenu({
    ...(diet && diet !== 'non-vegetarian' ? { diet } : {}),
    ...(allergies.length > 0 ? { allergen_free: allergies.join(',') } : {}),
  });
  const choose = (mood: VenueMood | undefined) => {
    // "not too spicy" said with the request caps the heat as a mood does; the lower cap wins
    const caps = [cmd.maxSpice, mood?.maxSpice].filter((n): n is number => n !== undefined);
    const maxSpice = caps.length > 0 ? Math.min(...caps) : undefined;
    const candidates = menu.items.filter(
      (i) =>
        i.available &&
        !cmd.exclude.includes(i.id) &&
        (!cmd.category || i.category === cmd.category) &&
        !holdsDisliked(i, cmd.withoutIngredients ?? [], venue.menu.categories) &&
        dietFits(i.diet, diet === 'non-vegetarian' ? undefined : diet) &&
        dietConflicts(i, [], [], constraints).length === 0 &&
        (!mood || suitsMood(mood, i)) &&
        (maxSpice === undefined || withinSpice(i, maxSpice)),
    );
    // most matching tags first, then the mood's own order of its dishes; stable by menu order; under a
    // spice cap a dish the menu does not rate comes after the rated ones
    const score = (i: (typeof candidates)[number]) => {
      const unrated = maxSpice !== undefined && i.spiceLevel === null ? -0.5 : 0;
      if (!mood) return unrated;
      const at = mood.items.indexOf(i.id);
      return i.tags.filter((t) => mood.tags.includes(t)).length * 1000 + (at < 0 ? 0 : 999 - at) + unrated;
    };
    return { ranked: [...candidates].sort((a, b) => score(b) - score(a)), maxSpice };
  };
  let mood = asked;
  let { ranked, maxSpice } = choose(mood);
  if (mood && ranked.length === 0) {
    // "something spicy" where nothing has heat: say so kindly, then the picks of no mood
    say(ctx, 'recommend_mood_none', { mood: mood.name.toLowerCase() });
    mood = undefined;
    ({ ranked, maxSpice } = choose(undefined));
  }
  const pick =
    cmd.exclude.length > 0 ? ranked[0] : ranked[ctx.state.turn % Math.max(1, Math.min(ranked.length, 3))];
  if (!pick) {
    say(ctx, 'recommend_none');
    return;
  }
  // a pick for heat (or its lack) that the menu does not rate: said so, with its words, never a level
  const heat = itemHeat(pick);
  const unratedHeat = !heat.rated && (maxSpice !== undefined || spiceMood(mood));
  if (unratedHeat) say(ctx, 'heat_unrated', { name: pick.name, hint: heatHint(heat) });
  const explanation = unratedHeat
    ? fitNote(pick, diet, undefined)
    : (mood?.explanation ?? fitNote(pick, diet, maxSpice));
  const price = formatMoney(pick.price.amount, pick.price.currency);
  // the explanation goes with the offer with its own space; none is said where nothing true is to say
  const question = say(ctx, 'recommend', {
    explanation: explanation ? `${explanation} ` : '',
    name: pick.name,
    price,
  });
  card(ctx, {
    type: 'item_list',
    title: mood ? `For ${mood.name.toLowerCase()}` : 'Our pick',
    items: ranked.slice(0, 3).map(itemEntry),
  });
  if (guest && top) popFrame(ctx.state, top);
  const frame = pushFrame(ctx, 'offer_item', 'ask', {
    draft: newDraft(pick, 1, guest ? { guest } : {}),
    question,
    offered: cmd.exclude,
    ...(mood ? { mood: mood.id } : {}),
    ...(cmd.maxSpice !== undefined ? { maxSpice: cmd.maxSpice } : {}),
    ...(cmd.withoutIngredients?.length ? { withoutIngredients: cmd.withoutIngredients } : {}),
  });
  ctx.state.focusItemId = pick.id;
  frame.asked = true;
  ctx.flags.asked = true;
  ctx.flags.pendingSet = true;
  ctx.state.pending = { kind: 'offer_item', itemId: pick.id, question };
  quickReplies(ctx, ['Yes, add it', 'No, thanks']);
  log(ctx, 'dialog.recommend.offered', { mood: mood?.id ?? null, itemId: pick.id });
}

/**
 * Whether an item suits a mood: one of its tags, its category or the item itself is the mood's, or a
 * mood of the venue's names none of these (spice bounds alone); and its spice level is at least `minSpice`.
 * (`maxSpice` is applied with the customer's own cap.)
 */
export function suitsMood(
  mood: VenueMood,
  item: {
    id: string;
    name: string;
    category: string;
    tags: string[];
    ingredients: string[];
    spiceLevel: number | null;
    description?: string | undefined;
  },
): boolean {
  // a built-in mood lists every dish it fits (none: nothing here fits it)
  const named = mood.builtIn === true || mood.tags.length + mood.categories.length + mood.items.length > 0;
  const fits =
    !named ||
    item.tags.some((t) => mood.tags.includes(t)) ||
    mood.categories.includes(item.category) ||
    mood.items.includes(item.id);
  return fits && (mood.minSpice === undefined || atLeastSpice(item, mood.minSpice));
}

/** Whether a mood is about heat: spice bounds, or built in over heat ("something spicy"). */
function spiceMood(mood: VenueMood | undefined): boolean {
  if (!mood) return false;
  return (
    mood.minSpice !== undefined ||
    mood.maxSpice !== undefined ||
    (mood.builtIn === true && mood.id === 'spicy')
  );
}

/**
 * Under a spice cap, dishes the menu does not rate were judged by their words: says so, naming the
 * heat words of the dishes left out ("…, so I left out the ones it mentions habanero or harissa for").
 */
function sayUnratedLeftOut(
  ctx: TurnContext,
  all: readonly MenuItemDto[],
  shown: readonly MenuItemDto[],
): void {
  const unratedShown = shown.filter((i) => i.spiceLevel === null).length;
  const leftOut = all
    .filter((i) => i.available && i.spiceLevel === null && !shown.includes(i))
    .map((i) => itemHeat(i))
    .flatMap((h) => (!h.rated && h.heatWord ? [h.heatWord.text] : []));
  if (unratedShown === 0) return;
  const words = [...new Set(leftOut)].slice(0, 4);
  say(ctx, 'browse_heat_unrated', {
    some: unratedShown === shown.length ? 'these dishes' : 'some of these dishes',
    hint:
      words.length > 0
        ? `, so I left out the ones it mentions ${joinList(words, 'or')} for`
        : ', and none of them mentions anything hot',
  });
}

/**
 * Why a pick fits what the customer said, in their words first: "It's vegetarian (vegan too), and mild."
 * A stricter diet than asked is said as a bonus, never as if it were the customer's diet.
 */
export function fitNote(
  pick: { diet: string; spiceLevel: number | null; tags?: readonly string[] },
  diet: string | undefined,
  maxSpice: number | undefined,
): string {
  const asked = diet && diet !== 'non-vegetarian' ? diet : undefined;
  const dietPart = asked ? (pick.diet === asked ? asked : `${asked} (${pick.diet} too)`) : undefined;
  // a dish the menu does not rate is never called mild here (the caller says the menu does not rate it)
  const spicePart =
    maxSpice === undefined || pick.spiceLevel === null
      ? undefined
      : pick.spiceLevel === 0
        ? 'not spicy'
        : 'mild';
  if (dietPart || spicePart) return `It's ${[dietPart, spicePart].filter(Boolean).join(', and ')}.`;
  // only what the menu says: a dish tagged as a favourite or the chef's is said so, any other plainly
  const tags = pick.tags ?? [];
  if (tags.some((t) => FAVOURITE_TAGS.has(t))) return 'A favourite here.';
  if (tags.includes('chef-special')) return "One of the chef's specials.";
  return '';
}

/** Menu tags that say a dish is popular (menu-format.md's tag words). */
const FAVOURITE_TAGS = new Set([
  'crowd-pleaser',
  'popular',
  'bestseller',
  'best-seller',
  'favourite',
  'favorite',
  'signature',
]);

/**
 * The status of the order placed in this conversation, read from the backend; a question of how long or
 * when also gets the documents' usual times (`sayUsualTime`), which answer it alone before placing.
 */
export async function orderStatus(ctx: TurnContext): Promise<void> {
  step(ctx, 'order_status');
  ctx.flags.digressed = true;
  const timeAsked = asksTime(ctx.message);
  // before placing, "how long will it take?" is answered from the documents' usual times
  if (!ctx.state.order && timeAsked && (await sayUsualTime(ctx))) return;
  const order = await placedOrder(ctx);
  if (!order) return;
  say(ctx, 'order_status', { order: orderReference(order.id), status: order.status.replaceAll('_', ' ') });
  if (timeAsked) await sayUsualTime(ctx);
}

/**
 * The order placed in this conversation, read again from the backend (the session's copy of its status
 * is refreshed); undefined, after saying so, when none was placed.
 */
export async function placedOrder(ctx: TurnContext): Promise<Order | undefined> {
  const { state } = ctx;
  if (!state.order) {
    say(ctx, 'no_order');
    return undefined;
  }
  const order = await ctx.deps.backend.getOrder(state.customerId, state.order.id);
  state.order.status = order.status;
  return order;
}
