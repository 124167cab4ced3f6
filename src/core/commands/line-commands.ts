import { recentListed } from '../state/session-state.ts';
import { withoutCourtesyTail } from '../understand/courtesy-tail.ts';
import type { ParsedLine, ParseResult } from '../understand/parse-result.ts';
import { countWord } from '../understand/quantity.ts';
import { adderTo, type Positioned } from './answer-pending.ts';
import type { LineRef } from './command.ts';
import { COMMAND_AT } from './command-order.ts';
import { countChoice } from './count-choice.ts';
import { ORDER_IT } from './dialog-cues.ts';
import {
  choicesSaid,
  type FocusOrder,
  ordersFocusByChoice,
  readChoiceOrder,
  readFocusOrder,
} from './focus-order.ts';
import type { CommandPart, GenerationContext } from './generation-context.ts';
import { onDish, optionPick as option, withoutPick as without } from './line-picks.ts';
import { readLineReference } from './line-reference.ts';
import { readListPick, readListPosition } from './list-pick.ts';
import { pickableCard } from './pickable-card.ts';
import { pointsAtEveryLine } from './plural-reference.ts';
import { waitingSwap } from './waiting-dish.ts';

/**
 * The order lines understanding read, where they were said: adds, removals, swaps and edits of cart
 * lines; then options and counts said with no dish ("make it large", "actually make that two"), and
 * "add it" / "one more please" for the item in focus.
 */
export const lineCommands: CommandPart = (g) => [
  ...focusResize(g),
  ...orderLines(g),
  ...freeEdits(g),
  ...itemInFocus(g),
];

/**
 * "make that 3 and a chocolate milk": the count said of the dish in focus before the message's other
 * dishes sets the count of the cart's line last touched, before those dishes are added (so the line
 * last touched is still the one pointed at).
 */
function focusResize(g: GenerationContext): Positioned[] {
  const { parse, state } = g;
  if (parse.focusCount === undefined || !state.lastLineId || g.answers.answered) return [];
  return [
    {
      cmd: { type: 'update_item', quantity: parse.focusCount, line: { has: [], lineId: state.lastLineId } },
      pos: COMMAND_AT.said(0),
    },
  ];
}

function orderLines(g: GenerationContext): Positioned[] {
  const { parse, state, text, has } = g;
  const out: Positioned[] = [];
  const add = adderTo(out);
  const defaultAction =
    has('order_remove') && !has('order_add')
      ? 'remove'
      : has('order_update') && !has('order_add')
        ? 'update'
        : 'add';
  const goneBefore = swapTargets(g);
  for (const line of parse.lines) {
    if (g.answers.consumed.has(line) || goneBefore.has(line)) continue;
    let action = line.action ?? defaultAction;
    const pos = COMMAND_AT.said(line.span[0]);
    // a count below 1 never reaches the cart: the customer is told, nothing is added
    if (line.quantity < 1 && action !== 'remove') {
      add({ type: 'clarify', reason: 'invalid_quantity', heard: line.name, choices: [] }, pos);
      continue;
    }
    // "no onions on the burger", "add bacon to my burger": an edit of the cart's burger, not a new one
    if (
      action === 'add' &&
      !line.quantityExplicit &&
      state.cartItems.includes(line.itemId) &&
      (line.options.length > 0 || line.without.length > 0 || line.note || line.unresolved.length > 0) &&
      /\b(?:on|to|for|in|from) (?:the|my|that|this)\b/i.test(text)
    )
      action = 'update';
    // "a large pizza half pepperoni half mushroom": the size said apart goes with the dish offered whole
    const halves = action === 'add' && asksHalves(g);
    const said = halves
      ? [
          ...line.options,
          ...(parse.freeOptions ?? []).filter((o) => !line.options.some((l) => l.group === o.group)),
        ]
      : line.options;
    // "i want 3 of the pepperoni" with pepperoni in the cart: the count wanted for that line, not more
    // "actually just one coke" with cokes in the cart: the count wanted for that line, not more
    if (
      action === 'add' &&
      (wantsCountOfCartLine(g, line) ||
        restrictsCartLine(g, line) ||
        setsCountOfCartLine(g, line) ||
        contrastsCountOfCartLine(g, line))
    ) {
      add({ type: 'update_item', itemId: line.itemId, quantity: line.quantity }, pos);
      continue;
    }
    if (action === 'add')
      add(
        {
          type: 'add_item',
          itemId: line.itemId,
          quantity: line.quantity,
          options: said.map(option),
          without: line.without.map(without),
          ...(line.more ? { more: true as const } : {}),
          // "a 2nd latte same but with almond milk": like the cart's latte, but for what is said
          ...(line.more && SAME.test(text) ? { same: true as const } : {}),
          ...(line.quantityUnknown ? { quantityUnknown: true as const } : {}),
          ...(halves ? { halves: true as const } : {}),
          ...(line.note ? { note: line.note } : {}),
          ...(line.forWhom ? { forWhom: line.forWhom } : {}),
          ...(line.fits ? { fits: line.fits } : {}),
          ...notTakenOf(g, line),
          ...(line.ask?.length ? { ask: line.ask.slice(0, 8) } : {}),
          ...(repeatsCartCount(g, line) ? { repeat: true as const } : {}),
        },
        pos,
      );
    // "remove one coke" takes one off; "remove the coke" removes the line; "remove the second
    // pepperoni pizza" the line at that place
    else if (action === 'remove') {
      const reading = lineReading(g, line.options);
      add(
        {
          type: 'remove_item',
          itemId: line.itemId,
          ...(line.quantityExplicit && !reading?.ref.one ? { quantity: line.quantity } : {}),
          ...(reading ? { line: reading.ref } : {}),
        },
        pos,
      );
    } else if (action === 'replace') {
      const gone = [...goneBefore].find(([, swap]) => swap === line)?.[0].itemId ?? goneDish(g, line);
      add(
        {
          type: 'update_item',
          replaceWith: line.itemId,
          ...(gone ? { itemId: gone } : {}),
          ...(line.quantityExplicit ? { quantity: line.quantity } : {}),
          options: line.options.map(option),
          without: line.without.map(without),
          ...(line.note ? { note: line.note } : {}),
          ...(line.forWhom ? { forWhom: line.forWhom } : {}),
        },
        pos,
      );
    } else {
      // "make one of the pepperoni pizzas thin crust": which line, and its "one" is no count
      const reading = lineReading(g, line.options);
      // "remove the large one": the line pointed at goes, its options are not a change
      if (reading && (has('order_remove') || REMOVE.test(text))) {
        add({ type: 'remove_item', itemId: line.itemId, line: reading.ref }, pos);
        continue;
      }
      // "make it the veggie one" while the turkey waits on its size: the waiting dish is swapped
      const waiting = waitingSwap(g, line, line.options.map(option));
      if (waiting) {
        for (const cmd of waiting) add(cmd, cmd.type === 'amend_pending' ? COMMAND_AT.answer : pos);
        continue;
      }
      // "make it a bacon cheeseburger", "make one of them a bacon cheeseburger": a dish not in the cart
      // said as what a cart line becomes swaps that line (or one unit of it) for the dish
      const swap = swapInto(g, line, reading?.ref);
      if (swap) {
        add(swap, pos);
        continue;
      }
      const standIn = line.span[0] === 0 && line.span[1] === 0;
      const said = reading
        ? undefined
        : (parse.quantity ?? (line.quantityExplicit ? line.quantity : countAfter(g, line)));
      // "make the wings 20", "make the knots 12": a number after the dish that one of its counted
      // choices bears (20 Wings) sizes the dish, never how many
      const counted =
        said !== undefined && !line.quantityExplicit
          ? countChoice(g.venue.menu, line.itemId, said)
          : undefined;
      const sized = counted && !line.options.some((o) => o.group === counted.group) ? counted : undefined;
      const quantity = sized ? undefined : said;
      const ref =
        everyLineRef(g, line, reading?.ref, quantity) ?? reading?.ref ?? (standIn ? focusRef(g) : undefined);
      const options = [
        ...line.options.filter((o) => !reading?.pointing.has(o.choice)),
        ...optionsInPlace(g, line),
        ...(sized ? [{ ...sized, quantity: 1 }] : []),
      ];
      // "make the sausage ones mushroom instead": the option that points goes where one of its group
      // comes in its place (a single pick is replaced anyway)
      const displaced = INSTEAD.test(text)
        ? line.options.filter(
            (o) => reading?.pointing.has(o.choice) && options.some((n) => n.group === o.group),
          )
        : [];
      const gone = [...line.without, ...displaced];
      add(
        {
          type: 'update_item',
          itemId: line.itemId,
          ...(quantity !== undefined ? { quantity } : {}),
          // "double the garlic knots": the named line's count multiplied
          ...(quantity === undefined && parse.scale !== undefined ? { scale: parse.scale } : {}),
          ...(options.length > 0 ? { options: options.map(option) } : {}),
          ...(gone.length > 0 ? { without: gone.map(without) } : {}),
          ...(line.note ? { note: line.note } : {}),
          ...(ref ? { line: ref } : {}),
          ...(standIn && !ref ? { unnamed: true as const } : {}),
          ...notTakenOf(g, line),
          // "add cheese to my hamburger": the group named without a choice is asked for the line
          ...(line.ask?.length && options.length === 0 && quantity === undefined && line.without.length === 0
            ? { reask: line.ask.slice(0, 8) }
            : {}),
        },
        pos,
      );
    }
  }
  return out;
}

/** Options and counts said with no dish: for the line in focus (or the line of a named category). */
function freeEdits(g: GenerationContext): Positioned[] {
  const { parse, state, has, primary } = g;
  if (parse.lines.length > 0 || g.answers.answered) return [];
  const at = COMMAND_AT.said(0);
  // "change the crust": the group asked again for the line that takes it
  if (parse.reask)
    return [
      {
        cmd: {
          type: 'update_item',
          reask: parse.reask.groups,
          ...(parse.reask.itemId ? { itemId: parse.reask.itemId } : {}),
          ...(parse.reask.choices ? { reaskChoices: parse.reask.choices } : {}),
        },
        pos: at,
      },
    ];
  const reading = state.cartItems.length > 0 ? lineReading(g, parse.freeOptions ?? []) : undefined;
  const free = (parse.freeOptions ?? []).filter((o) => !reading?.pointing.has(o.choice)).map(option);
  const freeWithout = (parse.freeWithout ?? []).map(without);
  const category = parse.filters.category ? { category: parse.filters.category } : {};
  // "remove the mushroom one", "make one of them thin crust", "the second pizza without olives",
  // "change the large one to medium": a cart line pointed at, by its options, place or count
  if (reading && !slotGiven(g)) {
    if (has('order_remove') || REMOVE.test(g.text))
      return [{ cmd: { type: 'remove_item', ...category, line: reading.ref }, pos: at }];
    if (free.length > 0 || freeWithout.length > 0)
      return [
        {
          cmd: {
            type: 'update_item',
            ...(free.length ? { options: free } : {}),
            ...(freeWithout.length ? { without: freeWithout } : {}),
            ...category,
            line: reading.ref,
          },
          pos: at,
        },
      ];
  }
  const focus = focusRef(g);
  const slotSaid = Object.values(parse.slots).some((v) => v !== undefined) || state.pending?.kind === 'slot';
  // "make it delivery to 12 Elm Street": a number inside a detail said in the message is not a quantity
  const bareQuantity = numberOfDetail(parse) ? undefined : parse.quantity;
  // "make that 0": a count below 1 changes nothing, and the customer is told
  if (has('order_update') && bareQuantity !== undefined && bareQuantity < 1)
    return [{ cmd: { type: 'clarify', reason: 'invalid_quantity', choices: [] }, pos: at }];
  const changed = free.length > 0 || freeWithout.length > 0;
  // "double it", "triple that": the count of the line in focus multiplied (never a counted choice);
  // with no cart line there is nothing to multiply yet
  if (
    has('order_update') &&
    parse.scale !== undefined &&
    parse.lines.length === 0 &&
    !changed &&
    state.cartItems.length > 0
  )
    return [{ cmd: { type: 'update_item', scale: parse.scale, ...category }, pos: at }];
  // "make it 6" with the wings in the cart: the one cart dish with a counted choice of that number (6
  // Wings) is sized by it, never made six orders
  const counted =
    has('order_update') && bareQuantity !== undefined && !changed && !parse.note
      ? countedCartDish(g, bareQuantity)
      : undefined;
  if (counted)
    return [
      {
        cmd: {
          type: 'update_item',
          itemId: counted.itemId,
          options: [{ group: counted.group, choice: counted.choice, quantity: 1 }],
        },
        pos: at,
      },
    ];
  if (has('order_update') && (bareQuantity !== undefined || changed || parse.note))
    return [
      {
        cmd: {
          type: 'update_item',
          ...(bareQuantity !== undefined ? { quantity: bareQuantity } : {}),
          ...(free.length ? { options: free } : {}),
          ...(freeWithout.length ? { without: freeWithout } : {}),
          // "well done please": the kitchen note of the line last touched
          ...(parse.note ? { note: parse.note } : {}),
          ...category,
          ...(focus && changed && bareQuantity === undefined && !parse.filters.category
            ? { line: focus }
            : {}),
        },
        pos: at,
      },
    ];
  if (
    !slotSaid &&
    !g.lineIntent &&
    (primary === 'out_of_scope' || primary === 'provide_info') &&
    !parse.constraints.diet &&
    parse.constraints.allergies.length === 0 &&
    (free.length > 0 || freeWithout.length > 0) &&
    state.lastLineId
  )
    return [
      {
        cmd: {
          type: 'update_item',
          ...(free.length ? { options: free } : {}),
          ...(freeWithout.length ? { without: freeWithout } : {}),
          ...(focus ? { line: focus } : {}),
        },
        pos: at,
      },
    ];
  if (has('order_remove') && parse.itemRefs.length === 0)
    return [
      {
        cmd: {
          type: 'remove_item',
          target: 'last',
          ...(parse.filters.category ? { category: parse.filters.category } : {}),
        },
        pos: at,
      },
    ];
  return [];
}

/** Intents an order for the dish in focus comes with ("ok add it" is often read as a bare yes). */
const FOCUS_INTENTS = new Set([
  'out_of_scope',
  'order_add',
  'affirm',
  'help',
  'order_update',
  'browse_menu',
  'repeat',
]);
/** The intents a choice said alone may carry when it orders the dish in focus ("one blueberry" reads as "repeat"). */
const CHOICE_ORDER_INTENTS = new Set(['out_of_scope', 'order_add', 'affirm', 'order_update', 'repeat']);

/**
 * "add one", "ok add it", "sure, I'll take two", "add one with tofu": an order for the dish in focus
 * (`SessionState.focusItemId`, the dish last shown, asked about or ordered) when the message names no
 * dish, answers no pending question and points at no listed card (`readFocusOrder`). Undefined
 * otherwise.
 */
export function focusOrderOf(g: GenerationContext): FocusOrder | undefined {
  const { parse, state, text, primary } = g;
  const focus = state.focusItemId;
  if (
    !focus ||
    g.listPick ||
    parse.lines.some((l) => l.action !== 'update') ||
    parse.itemRefs.length > 0 ||
    g.answers.answered ||
    (primary !== undefined && !FOCUS_INTENTS.has(primary))
  )
    return undefined;
  // "one blueberry" after the muffins' flavours: the dish in focus named by its choice alone (never
  // a browse or help request: "vegan" alone browses)
  const order =
    readFocusOrder(text, g.misspelt) ??
    // (a dish in the cart named by its choice is that line's edit: "thin crust please")
    (!state.cartItems.includes(focus) && (primary === undefined || CHOICE_ORDER_INTENTS.has(primary))
      ? readChoiceOrder(text, g.misspelt)
      : undefined);
  if (!order) return undefined;
  // while a dish waits on its option, only a count for that dish is read ("sure, I'll take two" at its
  // size question: two of it, `itemInFocusOrder`); anything else is the question's to read
  const waiting = state.pending?.kind === 'option' ? state.pending : undefined;
  if (
    waiting &&
    (order.pronoun ||
      (waiting.itemId !== focus &&
        (state.cartItems.includes(focus) ||
          !ordersFocusByChoice(text, focus, waiting.itemId, g.venue.menu, g.misspelt))))
  )
    return undefined;
  // "add one with tofu" with a pad thai in the cart: understanding may read the cart line the options
  // fit ("the one with tofu"); an order verb with a count is another of the dish in focus. A pronoun
  // for a dish in focus that is in the cart ("have it with tofu") stays understanding's edit.
  if (parse.lines.length > 0 && order.pronoun && state.cartItems.includes(focus)) return undefined;
  if (!order.bare) return order;
  // "I'll take it mild": a rest without "with" or a comma must be only the dish's choices
  const { picks, uncovered } = choicesSaid(order.rest, focus, g.venue.menu);
  return picks.length > 0 && uncovered === 0 ? order : undefined;
}

/**
 * The order for the dish in focus (`GenerationContext.focusOrder`): the part that stands for the order
 * lines, edits and intents when there is one ("ok add it" is no bare yes). The options said go on that
 * dish ("add one with tofu"); a pronoun with options for a dish already in the cart ("I'll take it
 * mild") changes that line instead of adding another.
 */
export const itemInFocusOrder: CommandPart = (g) => {
  const itemId = g.state.focusItemId;
  const order = g.focusOrder;
  if (!order || !itemId) return [];
  // "two blueberry": the count is the dish's, not the choice's
  const parsed = onDish(itemId, g.venue.menu, g.parse.freeOptions ?? []).map((o) =>
    option(order.quantity > 1 && o.quantity === order.quantity ? { ...o, quantity: 1 } : o),
  );
  const read = choicesSaid(order.rest, itemId, g.venue.menu).picks.filter(
    (o) => !parsed.some((p) => p.group === o.group),
  );
  // "a large one" after "do you have horchata" was answered by the Agua Fresca: its Horchata too
  const carried = (g.state.focusChoices?.itemId === itemId ? g.state.focusChoices.options : [])
    .filter((o) => !parsed.some((p) => p.group === o.group) && !read.some((p) => p.group === o.group))
    .map((o) => ({ ...o, quantity: 1 }));
  const options = [...parsed, ...read, ...carried];
  const leftOut = onDish(itemId, g.venue.menu, g.parse.freeWithout ?? []).map(without);
  const at = COMMAND_AT.said(0);
  // the dish in focus is waiting on its option: the count said is its count, the question stays open
  const waiting = g.state.pending?.kind === 'option' ? g.state.pending : undefined;
  if (waiting?.group && waiting.itemId === itemId) {
    // "make it 20" for wings sold as 6, 10 or 20 Wings: the count names that choice, not 20 orders
    const counted =
      order.quantity > 1 && !options.some((o) => o.quantity === order.quantity)
        ? countChoice(g.venue.menu, itemId, order.quantity)
        : undefined;
    return [
      {
        cmd: {
          type: 'amend_pending',
          group: waiting.group,
          without: leftOut,
          ...(counted
            ? {
                options: [
                  ...options.filter((o) => o.group !== counted.group),
                  { group: counted.group, choice: counted.choice, quantity: 1 },
                ],
              }
            : { options, quantity: order.quantity }),
        },
        pos: COMMAND_AT.answer,
      },
    ];
  }
  if (order.pronoun && (options.length > 0 || leftOut.length > 0) && g.state.cartItems.includes(itemId))
    return [
      {
        cmd: {
          type: 'update_item',
          itemId,
          ...(options.length ? { options } : {}),
          ...(leftOut.length ? { without: leftOut } : {}),
        },
        pos: at,
      },
    ];
  return [
    {
      cmd: {
        type: 'add_item',
        itemId,
        quantity: order.quantity,
        ...(options.length ? { options } : {}),
        ...(leftOut.length ? { without: leftOut } : {}),
        ...(g.parse.more ? { more: true as const } : {}),
      },
      pos: at,
    },
  ];
};

/** "add it", "one more please": the item in focus (the wordings `readFocusOrder` does not read). */
/** "add cheese to it", "put bacon on that": something put onto the dish pointed at, no order of it. */
const PUT_ONTO_IT =
  /\b(?:add|put|throw|stick)\s+\S.*\b(?:to|on|onto|in|into)\s+(?:it|that|this|them|those)\b/i;

function itemInFocus(g: GenerationContext): Positioned[] {
  const { parse, state, text, primary } = g;
  if (
    !state.focusItemId ||
    parse.lines.length > 0 ||
    parse.itemRefs.length > 0 ||
    g.answers.answered ||
    (primary !== 'out_of_scope' && primary !== 'order_add') ||
    !(ORDER_IT.test(text) || parse.more) ||
    PUT_ONTO_IT.test(text)
  )
    return [];
  // "can I get that on wheat with no onions": the dish's choices and removals said with it go on it
  const options = onDish(state.focusItemId, g.venue.menu, parse.freeOptions ?? []).map(option);
  const leftOut = onDish(state.focusItemId, g.venue.menu, parse.freeWithout ?? []).map(without);
  return [
    {
      cmd: {
        type: 'add_item',
        itemId: state.focusItemId,
        quantity: parse.quantity ?? 1,
        ...(options.length ? { options } : {}),
        ...(leftOut.length ? { without: leftOut } : {}),
        ...(parse.more ? { more: true as const } : {}),
      },
      pos: COMMAND_AT.said(0),
    },
  ];
}

/** Intents a pick from a listed card comes with ("the second one" alone is often read as none of ours). */
const PICK_INTENTS = new Set(['out_of_scope', 'order_add', 'order_update', 'help', 'faq']);

/**
 * "I'll take the second one", "2 of the first one", "number 3 please": the item at that place of the
 * item card shown in the last LISTED_TURNS turns (`SessionState.listed`), when the message names no
 * dish, answers no pending question and edits no cart line. Undefined otherwise.
 */
export function pickFromList(g: GenerationContext): GenerationContext['listPick'] {
  const { text, primary } = g;
  const listed = pickableCard(g);
  if (!listed || (primary !== undefined && !PICK_INTENTS.has(primary))) return undefined;
  const pick = readListPick(text, g.misspelt);
  const itemId = pick && (pick.position === -1 ? listed.itemIds.at(-1) : listed.itemIds[pick.position - 1]);
  return pick && itemId !== undefined ? { itemId, quantity: pick.quantity } : undefined;
}

/**
 * The item of the card shown in the last LISTED_TURNS turns that a question points at by its place
 * ("is the first one spicy?", "what's in the second one"), or undefined.
 */
export function listedItemAsked(g: GenerationContext): string | undefined {
  const listed = recentListed(g.state);
  if (!listed) return undefined;
  const position = readListPosition(g.text, g.misspelt);
  if (position === undefined) return undefined;
  return position === -1 ? listed.itemIds.at(-1) : listed.itemIds[position - 1];
}

/**
 * The pick from a listed card (`GenerationContext.listPick`) as an order for it: the part that stands
 * for the order lines, edits and intents when there is a pick (its count is the pick's).
 */
export const itemFromList: CommandPart = (g) => {
  if (!g.listPick) return [];
  const { itemId, quantity } = g.listPick;
  // "the second one, large": the options said with the pick that the picked dish takes
  const groups = g.venue.menu.items.find((i) => i.id === itemId)?.optionGroups ?? [];
  const options = (g.parse.freeOptions ?? []).filter((o) => groups.includes(o.group)).map(option);
  return [{ cmd: { type: 'add_item', itemId, quantity, options }, pos: COMMAND_AT.said(0) }];
};

/** "half pepperoni half mushroom", "half and half", "halves": toppings split by half. */
const HALVES = /\bhalf\b.*\bhalf\b|\bhalf[- ](?:and|&|n)[- ]half\b|\bhalves\b|\bon (?:one|the other) half\b/i;

const halfWords = new WeakMap<object, string[]>();

/**
 * The message asks for toppings by half. Menu words with "half" in them ("half and half" cream, "half
 * caf") are the menu's, not halves of a dish.
 */
function asksHalves(g: GenerationContext): boolean {
  let names = halfWords.get(g.venue);
  if (!names) {
    names = g.venue.menu.optionGroups
      .flatMap((grp) => grp.choices.flatMap((c) => [c.name, ...c.aliases]))
      .map((n) => n.toLowerCase())
      .filter((n) => n.includes('half'))
      .sort((a, b) => b.length - a.length);
    halfWords.set(g.venue, names);
  }
  let text = g.text.toLowerCase();
  for (const n of names) text = text.split(n).join(' ');
  return HALVES.test(text);
}

/** "the same", "same but with …": made like the line already in the cart. */
const SAME = /\bsame\b/i;
/**
 * "change the large pepperoni pizza to a small one": the choice said in place of one the line gives up
 * (its `without`, from a swap cue) that understanding left free, the "one" being the line's dish: one
 * free choice of that group, which the line names no choice of, goes on the line.
 */
function optionsInPlace(g: GenerationContext, line: ParsedLine): ParsedLine['options'] {
  const free = g.parse.freeOptions ?? [];
  return line.without.flatMap((w) => {
    const said = free.filter((f) => f.group === w.group && f.choice !== w.choice);
    return said.length === 1 && !line.options.some((o) => o.group === w.group) ? said : [];
  });
}

/** Words that put a new thing in the place of the old: "mushroom instead", "rather". */
const INSTEAD = /\b(?:instead|rather)\b/i;
/** Verbs that take a line out of the cart (when understanding read no remove intent around a line reference). */
const REMOVE = /\b(?:remove|delete|drop|take (?:off|out)|get rid of|scrap|ditch|nix)\b/i;
/** "make it thin crust", "change that to large": the line last touched, not any line that could take it. */
const IT = /\b(?:it|that one|this one)\b/i;

/**
 * "no cilantro on the tacos", "make the pizzas thin crust": an option, removal or note said of a dish's
 * plural goes to every cart line of it (plural-reference.ts), keeping the options that point ("the al
 * pastor tacos"). Never for a count ("make the tacos 3" asks which) nor a pick of one line ("one of
 * them", "the second one"). Undefined when the message says no such plural.
 */
function everyLineRef(
  g: GenerationContext,
  line: ParsedLine,
  ref: LineRef | undefined,
  quantity: number | undefined,
): LineRef | undefined {
  if (quantity !== undefined || ref?.one || ref?.ordinal !== undefined || ref?.lineId) return undefined;
  if (line.options.length === 0 && line.without.length === 0 && !line.note) return undefined;
  const name = g.venue.menu.items.find((i) => i.id === line.itemId)?.name ?? '';
  if (!pointsAtEveryLine(g.parse.normalized, line.span, name, g.text)) return undefined;
  return { ...(ref ?? { has: [] }), all: true };
}

/** How the message points at a cart line (line-reference.ts), reading the options said with it. */
function lineReading(g: GenerationContext, said: readonly { choice: string }[]) {
  return readLineReference(g.text, g.venue, said);
}

/** "make it a …", "make that a …", "change them to …": a pronoun standing for the cart line in focus. */
const LINE_PRONOUN = /\b(?:it|that|this|them|those|these|that one|this one)\b/i;

/**
 * A change naming a dish the cart does not hold, said of a cart line ("make it a bacon cheeseburger",
 * "make one of them a bacon cheeseburger"): the line pointed at (one unit of it for "one of them") is
 * swapped for the dish, keeping its count and the options the dish takes. Undefined when the dish is in
 * the cart (a change of that line) or nothing points at a line.
 */
function swapInto(
  g: GenerationContext,
  line: ParsedLine,
  ref: LineRef | undefined,
): Positioned['cmd'] | undefined {
  const { state } = g;
  if (state.cartItems.length === 0 || state.cartItems.includes(line.itemId)) return undefined;
  const said = g.text.slice(0, line.span[0]);
  const pointer =
    ref ?? (LINE_PRONOUN.test(said) && state.lastLineId ? { has: [], lineId: state.lastLineId } : undefined);
  if (!pointer) return undefined;
  const count = line.quantityExplicit && line.quantity > 1 && !pointer.one ? { quantity: line.quantity } : {};
  return {
    type: 'update_item',
    replaceWith: line.itemId,
    ...count,
    options: line.options.map(option),
    without: line.without.map(without),
    ...(line.note ? { note: line.note } : {}),
    line: pointer,
  };
}

/** The line in focus when the message says "it" and a line was last touched. */
/**
 * The one dish of the cart (the dish in focus when several) with a counted choice bearing `count`
 * (`countChoice`), and that choice. Undefined when none or several do.
 */
function countedCartDish(
  g: GenerationContext,
  count: number,
): { itemId: string; group: string; choice: string } | undefined {
  const takers = [...new Set(g.state.cartItems)].flatMap((itemId) => {
    const c = countChoice(g.venue.menu, itemId, count);
    return c ? [{ itemId, ...c }] : [];
  });
  return (
    takers.find((t) => t.itemId === g.state.focusItemId) ?? (takers.length === 1 ? takers[0] : undefined)
  );
}

function focusRef(g: GenerationContext): LineRef | undefined {
  return IT.test(g.text) && g.state.lastLineId ? { has: [], lineId: g.state.lastLineId } : undefined;
}

const slotGiven = (g: GenerationContext) => g.slotGiven || g.state.pending?.kind === 'slot';

/** True when the message's bare quantity is a number inside a checkout detail it gives (an address). */
function numberOfDetail(parse: ParseResult): boolean {
  if (parse.quantity === undefined) return false;
  const n = String(parse.quantity);
  return Object.values(parse.slots).some(
    (v) =>
      String(v ?? '')
        .match(/\d+/g)
        ?.includes(n) === true,
  );
}

/** "3 of the", "two of my": a count taken of something already named, before a dish. */
const COUNT_OF =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) of (?:the|my|those|these)\s*$/i;
/** Words that make a count an addition ("3 more of the wings", "another 3 wings"). */
const MORE_WORDS = /\b(?:more|another|extra|additional|also)\b/i;

/**
 * "I want 3 of the pepperoni" when the cart holds pepperoni: a count of a dish already in the cart, said
 * as "N of the X", is the total wanted for its line, not an addition ("3 more of the X" still adds).
 */
function wantsCountOfCartLine(g: GenerationContext, line: ParsedLine): boolean {
  return (
    line.quantityExplicit &&
    !line.more &&
    line.options.length === 0 &&
    line.without.length === 0 &&
    g.state.cartItems.includes(line.itemId) &&
    COUNT_OF.test(g.text.slice(0, line.span[0])) &&
    !MORE_WORDS.test(g.text)
  );
}

/** Words after a count that make it the total wanted: "2 naan then", "2 naan in total", "so 2 altogether". */
const TOTAL_AFTER = /^\s*(?:then|in total|total|altogether|all together|in all|overall|all up|all told)\b/i;
/** The same at the end of the message ("ok 2 naan and a lassi then"). */
const TOTAL_AT_END =
  /\b(?:then|in total|altogether|all together|in all|all told)\s*(?:please|pls|thanks)?\s*[.!]*\s*$/i;

/**
 * "ok 2 garlic naan then", "2 garlic naan in total", "so 2 naans altogether" when the cart holds that
 * dish: a count said again with a word that closes it as the total is the count wanted for the line,
 * not an addition ("another 2 naan", "2 more naan" still add). The line says no options or removals.
 */
function setsCountOfCartLine(g: GenerationContext, line: ParsedLine): boolean {
  if (!line.quantityExplicit || line.more || line.options.length > 0 || line.without.length > 0) return false;
  if (!g.state.cartItems.includes(line.itemId) || MORE_WORDS.test(g.parse.normalized)) return false;
  return TOTAL_AFTER.test(g.parse.normalized.slice(line.span[1])) || TOTAL_AT_END.test(g.parse.normalized);
}

/** A restrictive marker right before a line's count ("just one", "only 2", "i only want two", "just have 1"). */
const RESTRICTIVE_COUNT =
  /\b(?:just|only)\s+(?:(?:want|need|get|have|take|like|do)\s+)?(\d{1,3}|[a-z]+)\s*(?:x\s*)?$/i;

/**
 * "Just one coke", "actually only two samosas" when the cart holds that dish: a count the marker
 * restricts is the total wanted for the line, not an addition ("one more coke" still adds). The count
 * must be the line's own (the word before the dish), and the line says no options or removals.
 */
function restrictsCartLine(g: GenerationContext, line: ParsedLine): boolean {
  if (!line.quantityExplicit || line.more || line.options.length > 0 || line.without.length > 0) return false;
  if (!g.state.cartItems.includes(line.itemId)) return false;
  const before = g.parse.normalized.slice(0, line.span[0]);
  const m = RESTRICTIVE_COUNT.exec(before);
  if (!m) return false;
  return countWord((m[1] as string).toLowerCase(), g.misspelt) === line.quantity && !MORE_WORDS.test(before);
}

/** "not two", "instead of 3 tacos", "rather than two": the count a correction takes back, after the dish. */
const NOT_COUNT_AFTER =
  /^\s*[,;]?\s*(?:not|instead of|rather than)\s+(?:the\s+)?(\d{1,3}|[a-z]+)(?:\s+[a-z]+)?(?:[\s,]+(?:please|pls|thanks|thank you|thx|then|now|actually|sorry))*\s*[.!]*\s*$/i;

/**
 * "one taco not two", "2 lassis instead of 3" when the cart holds that dish: a count said against another
 * count is the total wanted for the line, not an addition. The line says no options or removals, the
 * count taken back is a number other than the one said, and nothing but softeners follows it.
 */
function contrastsCountOfCartLine(g: GenerationContext, line: ParsedLine): boolean {
  if (!line.quantityExplicit || line.more || line.options.length > 0 || line.without.length > 0) return false;
  if (!g.state.cartItems.includes(line.itemId)) return false;
  const m = NOT_COUNT_AFTER.exec(g.parse.normalized.slice(line.span[1]));
  if (!m) return false;
  const taken = countWord((m[1] as string).toLowerCase(), g.misspelt);
  return taken !== undefined && taken !== line.quantity && !MORE_WORDS.test(g.parse.normalized);
}

/**
 * A count ending a change after the dish it names: "make the samosas 3", "change the wings to 2 please",
 * "make the tacos 3 actually", "make the tiramisu 2 thanks": the count may be followed by a few words that
 * only soften or correct (TRAILING_SOFTENERS), never by another dish or detail.
 */
const TRAILING_SOFTENERS =
  '(?:please|pls|plz|thanks|thank you|thx|ty|instead|then|now|in total|total|actually|rather|ok|okay|though|for me|for us|if you can|if possible)';
const COUNT_AFTER = new RegExp(
  `^\\s*(?:to\\s+)?(\\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:[\\s,]+${TRAILING_SOFTENERS})*\\s*[.!]*\\s*$`,
  'i',
);

/**
 * The count said right after a line named in a change, when nothing else follows it; a misspelt number
 * word ("make the samosas thre") with the venue's guard (`g.misspelt`: a menu word is no count).
 */
function countAfter(g: GenerationContext, line: ParsedLine): number | undefined {
  if (line.span[1] === 0) return undefined;
  // "make the fries 2 and thank you", "… 2, cheers mate": a closing courtesy is no word of the change
  const m = COUNT_AFTER.exec(withoutCourtesyTail(g.text.slice(line.span[1])));
  if (!m) return undefined;
  const n = countWord((m[1] as string).toLowerCase(), g.misspelt);
  return n !== undefined && n >= 1 ? n : undefined;
}

/**
 * "change the coke to a sprite instead", "make the pepperoni ones cheese instead": a plain change of a
 * cart line (nothing of its own: no count, option, removal or note) right before a swap that names no
 * dish to go ("instead", "I meant") is the line that swap takes out, never an edit of its own (which
 * changed nothing and said it was not understood). Maps each such line to its swap.
 */
function swapTargets(g: GenerationContext): Map<ParsedLine, ParsedLine> {
  const out = new Map<ParsedLine, ParsedLine>();
  const lines = g.parse.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const gone = lines[i] as ParsedLine;
    const swap = lines[i + 1] as ParsedLine;
    const plain =
      gone.action === 'update' &&
      !gone.quantityExplicit &&
      gone.options.length === 0 &&
      gone.without.length === 0 &&
      !gone.note;
    if (plain && swap.action === 'replace' && !swap.replaces && g.state.cartItems.includes(gone.itemId))
      out.set(gone, swap);
  }
  return out;
}

/**
 * The dish waiting on its option question, when a swap names it by a word of its name, an alias or its
 * category before the new dish ("swap the biryani for lamb rogan josh" while the Chicken Biryani's size
 * is asked): understanding cannot resolve a word several dishes share, but the waiting dish is the one
 * the customer speaks of. Undefined when no option question is open or the words name it not.
 */
function waitingDishNamed(g: GenerationContext, line: ParsedLine): string | undefined {
  const { state, venue, parse } = g;
  const pending = state.pending;
  if (pending?.kind !== 'option' || !pending.itemId || pending.itemId === line.itemId) return undefined;
  const item = venue.menu.items.find((i) => i.id === pending.itemId);
  if (!item) return undefined;
  const category = venue.menu.categories.find((c) => c.id === item.category);
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && !LINKING_WORDS.has(w));
  const own = new Set(
    [item.name, ...item.aliases, ...(category ? [category.name, ...category.aliases] : [])].flatMap(words),
  );
  const before = words(parse.normalized.slice(0, line.span[0]));
  return before.some((w) => own.has(w) || own.has(w.replace(/s$/, ''))) ? item.id : undefined;
}

/**
 * The dish a swap takes out: the one understanding named when it is in the cart or waiting on its option;
 * else the waiting dish when the words name it ("switch the omelet to a cheese one" while the Veggie
 * Omelet waits: "omelet" alone read as another omelet of the menu); else the dish named, if any.
 */
function goneDish(g: GenerationContext, line: ParsedLine): string | undefined {
  const named = line.replaces;
  const pending = g.state.pending?.kind === 'option' ? g.state.pending.itemId : undefined;
  if (named && (g.state.cartItems.includes(named) || named === pending)) return named;
  return waitingDishNamed(g, line) ?? named;
}

/** Words too common to name a dish ("the", "for" in "swap the biryani for …"). */
const LINKING_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'our', 'your', 'that', 'this', 'one']);

/**
 * `notTaken` of a command for `line`: the words said with it that none of its groups take ("a yogurt
 * parfait with oat milk"), less those the answer to the pending question gave the waiting dish
 * ("wheat" of "wheat, and a coke" at the length question).
 */
function notTakenOf(g: GenerationContext, line: ParsedLine): { notTaken?: string[] } {
  const taken = g.answers.takenPhrases;
  const words = line.unresolved.filter((u) => !taken.some((p) => p.includes(u.toLowerCase().trim())));
  return words.length > 0 ? { notTaken: words.slice(0, 8) } : {};
}

/**
 * "2 cokes" said bare with cokes in the cart: a count of two or more with nothing else said of the dish
 * and no word that adds ("add", "another", "more", "extra", "also", "too", "as well", "plus") nor one
 * that sets the total (read before: `setsCountOfCartLine`). The engine asks "2 in total or 2 more?" when
 * the cart holds exactly that many (`add_item.repeat`).
 */
function repeatsCartCount(g: GenerationContext, line: ParsedLine): boolean {
  return (
    line.quantityExplicit &&
    line.quantity >= 2 &&
    !line.more &&
    !line.quantityUnknown &&
    g.state.cartItems.includes(line.itemId) &&
    line.options.length === 0 &&
    line.without.length === 0 &&
    !line.note &&
    !ADDS_MORE.test(g.text)
  );
}

/** Words that make a count an addition ("add 2 cokes", "2 more cokes", "another 2", "2 cokes too"). */
const ADDS_MORE = /\b(?:add|adding|another|more|extra|also|too|as well|plus|additional)\b/i;
