import type { DialogConfig } from '../config/dialog-config.ts';
import { parseContextOf } from '../dialog/ask-question.ts';
import type { UnderstandingPort } from '../dialog/turn-deps.ts';
import { afterOrderCommands } from '../guards/after-order-request.ts';
import type { CommandGenerator } from '../ports/command-generator.ts';
import type { SessionState } from '../state/session-state.ts';
import type { SlotName } from '../understand/parse-result.ts';
import { retractedNote } from '../understand/retracted-note.ts';
import { retractsLastRequest } from '../understand/retraction-cues.ts';
import { splitDeliveryNote } from './delivery-note.ts';
import { generateCommands } from './generate-commands.ts';
import { readSelfCorrected } from './self-correction.ts';

/** The address and name still missing once the customer chose how to get the order. */
function missingDetails(slots: SessionState['slots']): SlotName[] {
  if (!slots.fulfillment) return [];
  const missing: SlotName[] = [];
  if (slots.fulfillment === 'delivery' && !slots.address) missing.push('address');
  if (!slots.name) missing.push('name');
  return missing;
}

/**
 * At the notes question, the message with a self-correction read: only what was kept after "actually
 * no", "never mind", "scratch that" ("cut it in half, never mind, in thirds" → "in thirds"), or "skip"
 * when nothing was kept ("extra hot please. actually no notes"). Elsewhere, with no question open but
 * "anything else?", a message that takes back all it said reads as "ok". Any other message as it is.
 */
function noteAnswerKept(message: string, state: SessionState): string {
  const atNotes = state.pending?.kind === 'slot' && state.pending.slot === 'notes';
  // "extra hot please. actually no notes" with nothing asked but "anything else?": the message takes
  // back all it said, so nothing changes and the customer is asked what else, as for a bare "ok"
  if (!atNotes) {
    const open = !state.pending || state.pending.kind === 'items';
    // "actually never mind", "oh wait, forget that": a lead-in and a retraction cue only take back the
    // last request (retraction-cues.ts), never an "ok"
    if (retractsLastRequest(message)) return message;
    return open && retractedNote(message)?.kept === '' ? 'ok' : message;
  }
  const retracted = retractedNote(message);
  if (!retracted) return message;
  return retracted.kept === '' ? 'skip' : retracted.kept;
}

/**
 * The rule brain as a `CommandGenerator`: understanding (lexicon and rules built from the menu) reads
 * the message in the context of the pending question, then `generateCommands` turns that reading into
 * commands. Each command carries the confidence of the reading's primary intent.
 */
export function ruleCommandGenerator(
  understanding: UnderstandingPort,
  config: DialogConfig,
): CommandGenerator {
  return {
    name: 'rules',
    async generate({ message, state, venue }) {
      const context = parseContextOf(state.pending);
      const missing = context.expecting === undefined ? missingDetails(state.slots) : [];
      // "delivery to 42 Elm St, ring the bell twice": the closing note is read apart from the rest
      const split = splitDeliveryNote(message);
      const read = (text: string) =>
        understanding.parse(text, {
          ...context,
          cart: state.cartItems,
          cartGates: state.cartGates,
          ...(missing.length > 0 ? { missing } : {}),
        });
      // "a coke, never mind, a sprite": a self-correction half way through an order, with no question
      // open but "anything else?", is read as meant
      const open = !state.pending || state.pending.kind === 'items';
      const parse =
        (open && !split ? readSelfCorrected(message, read, understanding.misspeltNumbers) : undefined) ??
        read(split?.head ?? noteAnswerKept(message, state));
      const confidence = parse.intents[0]?.confidence ?? 0;
      // once an order is placed and nothing is in progress: "what did I order?", "cancel my order"
      const commands =
        afterOrderCommands(message, state) ??
        generateCommands(parse, state, venue, config, understanding.misspeltNumbers, split?.note);
      return {
        source: 'rules',
        commands: commands.map((command) => ({ command, confidence })),
        notUnderstood: parse.unresolved.map((u) => u.text),
        parse,
      };
    },
  };
}
