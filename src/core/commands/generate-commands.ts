import type { Venue } from '../../domain/venue.ts';
import type { DialogConfig } from '../config/dialog-config.ts';
import type { SessionState } from '../state/session-state.ts';
import type { ParsedLine, ParseResult } from '../understand/parse-result.ts';
import { answerPending, type Positioned } from './answer-pending.ts';
import { Command, type CommandInput } from './command.ts';
import { completesCheckout } from './completes-checkout.ts';
import { ORDER_IT, PRONOUN, SKIP, TOTAL } from './dialog-cues.ts';

const CHITCHAT = {
  greet: 'greet',
  goodbye: 'goodbye',
  thanks: 'thanks',
  bot_challenge: 'bot_challenge',
  capabilities: 'capabilities',
  help: 'help',
  chitchat: 'smalltalk',
  table_booking: 'table_booking',
} as const;

const option = (o: ParsedLine['options'][number]) => ({
  group: o.group,
  choice: o.choice,
  quantity: o.quantity,
  ...(o.qualifier ? { qualifier: o.qualifier } : {}),
});
const without = (w: ParsedLine['without'][number]) => ({
  group: w.group,
  choice: w.choice,
  ...(w.qualifier ? { qualifier: w.qualifier } : {}),
});

/**
 * Turns what understanding found into the closed command language, in the order the customer said
 * things (answers to the pending question first). Understanding proposes; the engine decides. Each
 * command is validated with zod; an invalid one is dropped.
 */
export function generateCommands(
  parse: ParseResult,
  state: SessionState,
  venue: Venue,
  config: DialogConfig,
): Command[] {
  const out: Positioned[] = [];
  const add = (cmd: CommandInput, pos: number) => out.push({ cmd, pos });
  const confident = parse.intents.filter((i) => i.confidence >= config.minIntentConfidence);
  const has = (intent: string) => confident.some((i) => i.intent === intent);
  const primary = confident[0]?.intent;
  const pending = state.pending;
  const text = parse.text.trim();
  const noOrderWords = parse.lines.length === 0 && parse.itemRefs.length === 0;
  const slotGiven = Object.values(parse.slots).some((v) => v !== undefined);

  if (parse.constraints.diet || parse.constraints.allergies.length > 0)
    add(
      {
        type: 'set_constraint',
        ...(parse.constraints.diet ? { diet: parse.constraints.diet } : {}),
        allergies: parse.constraints.allergies,
      },
      -3,
    );
  for (const guest of parse.guestConstraints ?? [])
    add(
      {
        type: 'set_constraint',
        person: guest.person,
        ...(guest.diet ? { diet: guest.diet } : {}),
        allergies: guest.allergies,
      },
      -3,
    );

  // ---- answers to the pending question --------------------------------------------------------
  const answers = answerPending(parse, state, venue, { primary, has, noOrderWords });
  out.push(...answers.commands);
  const { consumed, slotsConsumed } = answers;
  const answeredPending = answers.answered;

  // ---- intents, in the order understanding ranked them ----------------------------------------
  const lineIntent = has('order_add') || has('order_update') || has('order_remove');
  confident.forEach(({ intent }, i) => {
    const late = 1_000_000 + i;
    switch (intent) {
      case 'affirm':
        // "ok, I'm done" is a checkout, not a yes to "anything else?"
        if (!answeredPending && !(has('checkout') && (!pending || pending.kind === 'items')))
          add({ type: 'confirm' }, -2);
        break;
      case 'deny':
        if (!answeredPending) add({ type: 'deny' }, -2);
        break;
      case 'greet':
      case 'goodbye':
      case 'thanks':
      case 'bot_challenge':
      case 'capabilities':
      case 'help':
      case 'chitchat':
      case 'table_booking':
        add({ type: 'chitchat', kind: CHITCHAT[intent] }, intent === 'greet' ? -1 : late);
        break;
      case 'browse_menu': {
        // "is it vegan?" right after talking about a dish asks about that dish
        if (state.focusItemId && PRONOUN.test(text) && !parse.filters.category && noOrderWords) {
          add({ type: 'item_info', itemId: state.focusItemId }, late);
          break;
        }
        const statedOnly =
          (parse.constraints.diet || parse.constraints.allergies.length > 0) &&
          i > 0 &&
          !parse.filters.category;
        if (!statedOnly)
          add(
            {
              type: 'browse',
              ...(parse.filters.diet ? { diet: parse.filters.diet } : {}),
              ...(parse.filters.category ? { category: parse.filters.category } : {}),
              allergenFree: parse.filters.allergenFree,
            },
            late,
          );
        break;
      }
      case 'item_info': {
        const refs = parse.itemRefs.length > 0 ? parse.itemRefs : parse.lines;
        if (refs.length > 0) for (const ref of refs) add({ type: 'item_info', itemId: ref.itemId }, late);
        else if (TOTAL.test(text) && state.cartItems.length > 0) add({ type: 'show_cart' }, late);
        else if (state.focusItemId) add({ type: 'item_info', itemId: state.focusItemId }, late);
        break;
      }
      case 'recommend':
        if (!answeredPending)
          add(
            {
              type: 'recommend',
              ...(parse.mood ? { mood: parse.mood } : {}),
              ...(parse.filters.diet ? { diet: parse.filters.diet } : {}),
            },
            late,
          );
        break;
      case 'show_cart':
        add({ type: 'show_cart' }, late);
        break;
      case 'checkout':
        add({ type: 'start_flow', flow: 'checkout' }, 2_000_000);
        break;
      case 'cancel':
        if (!lineIntent) add({ type: 'cancel_flow' }, late);
        break;
      case 'repeat':
        add({ type: 'repeat' }, late);
        break;
      case 'human_handoff':
        add({ type: 'handoff', reason: 'customer asked for a person' }, late);
        break;
      case 'faq':
        // a question about the restaurant, unless the words were an answer or a request
        if (i === 0 || (!has('cancel') && !slotGiven && !lineIntent))
          add({ type: 'ask_knowledge', question: text }, late);
        break;
      case 'order_status':
        add({ type: 'order_status' }, late);
        break;
      default:
        break;
    }
  });

  // ---- order lines ----------------------------------------------------------------------------
  const defaultAction =
    has('order_remove') && !has('order_add')
      ? 'remove'
      : has('order_update') && !has('order_add')
        ? 'update'
        : 'add';
  for (const line of parse.lines) {
    if (consumed.has(line)) continue;
    let action = line.action ?? defaultAction;
    // a count below 1 never reaches the cart: the customer is told, nothing is added
    if (line.quantity < 1 && action !== 'remove') {
      add({ type: 'clarify', reason: 'invalid_quantity', heard: line.name, choices: [] }, line.span[0]);
      continue;
    }
    // "no onions on the burger", "add bacon to my burger": an edit of the cart's burger, not a new one
    if (
      action === 'add' &&
      !line.quantityExplicit &&
      state.cartItems.includes(line.itemId) &&
      (line.options.length > 0 || line.without.length > 0) &&
      /\b(?:on|to|for|in|from) (?:the|my|that|this)\b/i.test(text)
    )
      action = 'update';
    const pos = line.span[0];
    if (action === 'add')
      add(
        {
          type: 'add_item',
          itemId: line.itemId,
          quantity: line.quantity,
          options: line.options.map(option),
          without: line.without.map(without),
          ...(line.more ? { more: true as const } : {}),
          ...(line.quantityUnknown ? { quantityUnknown: true as const } : {}),
        },
        pos,
      );
    // "remove one coke" takes one off; "remove the coke" removes the line
    else if (action === 'remove')
      add(
        {
          type: 'remove_item',
          itemId: line.itemId,
          ...(line.quantityExplicit ? { quantity: line.quantity } : {}),
        },
        pos,
      );
    else if (action === 'replace')
      add(
        {
          type: 'update_item',
          replaceWith: line.itemId,
          ...(line.quantityExplicit ? { quantity: line.quantity } : {}),
          options: line.options.map(option),
          without: line.without.map(without),
        },
        pos,
      );
    else {
      const quantity = parse.quantity ?? (line.quantityExplicit ? line.quantity : undefined);
      add(
        {
          type: 'update_item',
          itemId: line.itemId,
          ...(quantity !== undefined ? { quantity } : {}),
          ...(line.options.length > 0 ? { options: line.options.map(option) } : {}),
          ...(line.without.length > 0 ? { without: line.without.map(without) } : {}),
        },
        pos,
      );
    }
  }
  const free = (parse.freeOptions ?? []).map(option);
  const freeWithout = (parse.freeWithout ?? []).map(without);
  const slotSaid = Object.values(parse.slots).some((v) => v !== undefined) || pending?.kind === 'slot';
  // "make it delivery to 12 Elm Street": a number inside a detail said in the message is not a quantity
  const bareQuantity = numberOfDetail(parse) ? undefined : parse.quantity;
  if (parse.lines.length === 0 && !answeredPending) {
    // "make that 0": a count below 1 changes nothing, and the customer is told
    if (has('order_update') && bareQuantity !== undefined && bareQuantity < 1)
      add({ type: 'clarify', reason: 'invalid_quantity', choices: [] }, 0);
    else if (has('order_update') && (bareQuantity !== undefined || free.length > 0 || freeWithout.length > 0))
      add(
        {
          type: 'update_item',
          ...(bareQuantity !== undefined ? { quantity: bareQuantity } : {}),
          ...(free.length ? { options: free } : {}),
          ...(freeWithout.length ? { without: freeWithout } : {}),
          ...(parse.filters.category ? { category: parse.filters.category } : {}),
        },
        0,
      );
    else if (
      !slotSaid &&
      !lineIntent &&
      (primary === 'out_of_scope' || primary === 'provide_info') &&
      !parse.constraints.diet &&
      parse.constraints.allergies.length === 0 &&
      (free.length > 0 || freeWithout.length > 0) &&
      state.lastLineId
    )
      add(
        {
          type: 'update_item',
          ...(free.length ? { options: free } : {}),
          ...(freeWithout.length ? { without: freeWithout } : {}),
        },
        0,
      );
    else if (has('order_remove') && parse.itemRefs.length === 0)
      add(
        {
          type: 'remove_item',
          target: 'last',
          ...(parse.filters.category ? { category: parse.filters.category } : {}),
        },
        0,
      );
  }

  // ---- checkout slots said anywhere -----------------------------------------------------------
  for (const [slot, value] of Object.entries(parse.slots)) {
    if (value === undefined || slotsConsumed.has(slot) || SKIP.test(text)) continue;
    if (primary === 'faq' || primary === 'item_info' || primary === 'browse_menu') continue;
    const current = state.slots[slot as keyof SessionState['slots']];
    if (current === value) continue;
    add({ type: current === undefined ? 'set_slot' : 'correct_slot', slot: slot as 'name', value }, 500_000);
  }
  // every checkout detail volunteered: on to the summary
  if (!has('checkout') && completesCheckout(parse, state))
    add({ type: 'start_flow', flow: 'checkout' }, 2_000_000);

  // ---- "add it", "I'll take two of those": the item in focus ----
  if (
    state.focusItemId &&
    parse.lines.length === 0 &&
    parse.itemRefs.length === 0 &&
    !answeredPending &&
    (primary === 'out_of_scope' || primary === 'order_add') &&
    (ORDER_IT.test(text) || parse.more)
  )
    // "one more please": raises the line of the item in focus
    add(
      {
        type: 'add_item',
        itemId: state.focusItemId,
        quantity: parse.quantity ?? 1,
        ...(parse.more ? { more: true as const } : {}),
      },
      0,
    );

  // ---- what was not understood ----------------------------------------------------------------
  for (const u of parse.unresolved) {
    if (answeredPending) break;
    add(
      {
        type: 'clarify',
        reason: isAmbiguous(u, venue) ? 'ambiguous' : 'unknown_item',
        heard: u.text,
        choices: u.suggestions.slice(0, 4).map((s) => ({ id: s.id, name: s.name })),
        ...(parse.quantity !== undefined && parse.quantity > 1 ? { quantity: parse.quantity } : {}),
      },
      900_000,
    );
  }
  if (out.length === 0) {
    if (primary === 'out_of_scope') add({ type: 'chitchat', kind: 'out_of_scope' }, 0);
    else
      add(
        {
          type: 'clarify',
          reason: confident.length === 0 ? 'low_confidence' : 'not_understood',
          choices: [],
        },
        0,
      );
  }

  return out
    .map((p, index) => ({ ...p, index }))
    .sort((a, b) => a.pos - b.pos || a.index - b.index)
    .flatMap(({ cmd }) => {
      const parsed = Command.safeParse(cmd);
      return parsed.success ? [parsed.data] : [];
    });
}

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

/** A category name ("rice bowls") or a word every suggestion shares ("biryani"): a choice, not a mistake. */
function isAmbiguous(u: ParseResult['unresolved'][number], venue: Venue): boolean {
  const heard = u.text.toLowerCase();
  if (
    venue.menu.categories.some(
      (c) => c.name.toLowerCase() === heard || c.aliases.some((a) => a.toLowerCase() === heard),
    )
  )
    return true;
  return u.suggestions.length > 1 && u.suggestions.every((s) => s.name.toLowerCase().includes(heard));
}
