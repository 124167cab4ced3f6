import type { Venue } from '../../domain/venue.ts';
import type { DialogConfig } from '../config/dialog-config.ts';
import type { SessionState } from '../state/session-state.ts';
import type { ParseResult } from '../understand/parse-result.ts';
import type { MisspeltNumbers } from '../understand/quantity.ts';
import { answerPending, type Positioned } from './answer-pending.ts';
import { clarifyCommands, fallbackCommands } from './clarify-commands.ts';
import { clarifyCarriesEdit } from './clarify-edit.ts';
import { type Command, checkedCommand } from './command.ts';
import { COMMAND_AT } from './command-order.ts';
import { constraintCommands } from './constraint-commands.ts';
import { readDeliveryNote } from './delivery-note.ts';
import type { CommandPart, GenerationContext } from './generation-context.ts';
import { guestFitsCommands } from './guest-fits.ts';
import { intentCommands } from './intent-commands.ts';
import { focusOrderOf, itemFromList, itemInFocusOrder, lineCommands, pickFromList } from './line-commands.ts';
import { attributePick } from './list-attribute-pick.ts';
import { itemPickedBeside, pickBesideLines } from './pick-beside-lines.ts';
import { deliveryNoteCommands, slotCommands } from './slot-commands.ts';
import { superlativeOrder } from './superlative-order.ts';
import { readVariantRequest, variantCommands } from './variant-request.ts';
import { waitingCopyCommands, waitingVariantCommands } from './waiting-dish.ts';

/**
 * The parts of command generation, each a small module reading the same context. Every command carries
 * its position (`COMMAND_AT` in command-order.ts); the list is sorted by it, so this order only breaks
 * ties between commands at the same position.
 */
const PARTS: readonly CommandPart[] = [
  constraintCommands,
  (g) => g.answers.commands,
  intentCommands,
  lineCommands,
  slotCommands,
  clarifyCommands,
];

/**
 * The parts for a pick from a listed card: its intent (help, a question, none) asks nothing else, and
 * its words are no order line or edit of their own ("the third one" is no bare count of 1).
 */
const PICK_PARTS: readonly CommandPart[] = [constraintCommands, itemFromList, slotCommands];

/**
 * The parts for a delivery instruction said on its own ("ring the bell twice"): its notes and the
 * details said with it ("no-contact delivery please" chooses delivery); its intent (often none of ours,
 * a hand-off for "call me when you get here", a no for "no contact") and its words ask nothing else.
 */
const NOTE_PARTS: readonly CommandPart[] = [constraintCommands, deliveryNoteCommands, slotCommands];

/** The parts for a message whose last clause is a delivery note (`splitDeliveryNote`): all, and the note. */
const TAIL_NOTE_PARTS: readonly CommandPart[] = [...PARTS, deliveryNoteCommands];

/**
 * The parts for an order of the dish in focus said without naming it ("ok add it", "sure, I'll take
 * two"): its intent (often a bare yes or help) asks nothing else, and its options go on that dish.
 */
const FOCUS_PARTS: readonly CommandPart[] = [constraintCommands, itemInFocusOrder, slotCommands];

/**
 * `has(intent)`: whether `confident` holds the intent (made by a function rather than inline: under tsx,
 * esbuild's keepNames gives every inline named closure a defineProperty each time it is made).
 */
function hasIntent(confident: ParseResult['intents']): (intent: string) => boolean {
  return (intent) => confident.some((i) => i.intent === intent);
}

/**
 * Turns what understanding found into the closed command language, in the order the customer said
 * things (answers to the pending question first; see `COMMAND_AT`). Understanding proposes; the command
 * processor and the engine decide. Each command is validated with zod; an invalid one is dropped.
 * `tailNote`: a delivery note the message closed with, cut off before understanding read the rest
 * (`splitDeliveryNote`); it goes to the order's notes beside the other commands.
 */
export function generateCommands(
  parse: ParseResult,
  state: SessionState,
  venue: Venue,
  config: DialogConfig,
  misspelt?: MisspeltNumbers,
  tailNote?: string,
): Command[] {
  const confident = parse.intents.filter((i) => i.confidence >= config.minIntentConfidence);
  const has = hasIntent(confident);
  const primary = confident[0]?.intent;
  const noOrderWords = parse.lines.length === 0 && parse.itemRefs.length === 0;
  const g: GenerationContext = {
    parse,
    state,
    venue,
    config,
    text: parse.text.trim(),
    confident,
    has,
    primary,
    noOrderWords,
    slotGiven: Object.values(parse.slots).some((v) => v !== undefined),
    lineIntent: has('order_add') || has('order_update') || has('order_remove'),
    answers: answerPending(parse, state, venue, { primary, has, noOrderWords }, misspelt),
    ...(misspelt ? { misspelt } : {}),
  };
  // "what can she have for breakfast?" after "my daughter is vegetarian": what fits her, of that section
  const forGuest = g.answers.answered ? undefined : guestFitsCommands(g);
  if (forGuest) return sorted([...constraintCommands(g), ...forGuest]);
  // "toast the bun" with no dish that has one: which dish the note is for, never "we don't have toast"
  if (parse.noteWithoutDish && parse.lines.length === 0 && !g.answers.answered)
    return sorted([
      ...constraintCommands(g),
      {
        cmd: { type: 'clarify', reason: 'no_dish_for_note', heard: parse.noteWithoutDish, choices: [] },
        pos: COMMAND_AT.clarify,
      },
    ]);
  // "i'll take the cheapest pizza", "your biggest burrito": the dish at that end of the kind
  const bySuperlative = superlativeOrder(g);
  if (bySuperlative) return sorted([...constraintCommands(g), ...bySuperlative]);
  // "the mild one", "the cheaper one" of the card shown lately: the dish of it with that property
  const byProperty = pickFromList(g) ? undefined : attributePick(g);
  if (byProperty && 'commands' in byProperty) return sorted(byProperty.commands);
  const listPick = pickFromList(g) ?? byProperty?.pick;
  if (listPick) g.listPick = listPick;
  // "two of the first one and a coffee": a pick in a clause of its own, beside the dishes named
  const pickBeside = listPick ? undefined : pickBesideLines(g);
  if (pickBeside) g.pickBeside = pickBeside;
  // "one more of those", "a 2nd one same but with almond milk": another of the dish waiting on its
  // option question (a real answer to that question comes first)
  const answeredChoice = g.answers.commands.some((c) => c.cmd.type === 'choose_option');
  const copy = listPick || answeredChoice ? undefined : waitingCopyCommands(g);
  if (copy) return sorted([...constraintCommands(g), ...copy, ...slotCommands(g)]);
  const focusOrder = focusOrderOf(g);
  if (focusOrder) g.focusOrder = focusOrder;
  const deliveryNote =
    listPick || focusOrder || !noOrderWords || g.answers.answered ? undefined : readDeliveryNote(g.text);
  if (deliveryNote ?? tailNote) g.deliveryNote = deliveryNote ?? tailNote;
  // "make it iced", "make the latte iced": the line becomes its variant; the words ask nothing else
  const request =
    listPick || focusOrder || deliveryNote || g.answers.answered ? undefined : readVariantRequest(g);
  // "make it iced" while the latte waits on its size: the waiting dish changes, the question stays
  const waitingVariant = request ? waitingVariantCommands(g, request) : undefined;
  if (waitingVariant) return sorted([...constraintCommands(g), ...waitingVariant, ...slotCommands(g)]);
  // a cart line to change, else the message is read as usual
  const variant = g.state.cartItems.length > 0 ? request : undefined;
  // a note closing the message after other requests ("12 Elm St, ring the bell"): those run as usual
  const parts = listPick
    ? PICK_PARTS
    : focusOrder
      ? FOCUS_PARTS
      : deliveryNote
        ? NOTE_PARTS
        : variant
          ? [constraintCommands, variantCommands(variant), slotCommands]
          : tailNote
            ? TAIL_NOTE_PARTS
            : pickBeside
              ? [...PARTS, itemPickedBeside]
              : PARTS;
  let out: Positioned[] = parts.flatMap((part) => part(g));
  if (out.length === 0) out = fallbackCommands(g);
  // "remove the dal" with two dals in the cart: the "which one?" keeps the removal for its answer
  return sorted(clarifyCarriesEdit(out, g));
}

/** The commands in the order they run (`COMMAND_AT`, then as produced), each validated with zod. */
function sorted(out: Positioned[]): Command[] {
  return out
    .map((p, index) => ({ ...p, index }))
    .sort((a, b) => a.pos - b.pos || a.index - b.index)
    .flatMap(({ cmd }) => {
      const checked = checkedCommand(cmd);
      return checked ? [checked] : [];
    });
}
