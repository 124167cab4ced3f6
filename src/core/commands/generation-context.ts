import type { Venue } from '../../domain/venue.ts';
import type { DialogConfig } from '../config/dialog-config.ts';
import type { SessionState } from '../state/session-state.ts';
import type { ParseResult } from '../understand/parse-result.ts';
import type { MisspeltNumbers } from '../understand/quantity.ts';
import type { PendingAnswers, Positioned } from './answer-pending.ts';
import type { FocusOrder } from './focus-order.ts';
import type { PickBeside } from './pick-beside-lines.ts';

/** What every part of the rule generator reads: the reading, the state, and what the answer part took. */
export interface GenerationContext {
  parse: ParseResult;
  state: SessionState;
  venue: Venue;
  config: DialogConfig;
  /** The message, trimmed. */
  text: string;
  /** The intents at or above `config.minIntentConfidence`, best first. */
  confident: ParseResult['intents'];
  has(intent: string): boolean;
  primary: string | undefined;
  /** No order line and no item named. */
  noOrderWords: boolean;
  /** A checkout detail was read in the message. */
  slotGiven: boolean;
  /** An order intent (add, update, remove) is among the confident ones. */
  lineIntent: boolean;
  /** What answered the pending question (`answerPending`): those lines and slots are not new requests. */
  answers: PendingAnswers;
  /**
   * A pick from the item card shown lately ("I'll take the second one"; `pickFromList` in
   * line-commands.ts): the item and the count. When present, the message's intent (often help, a
   * question or none for such words) asks nothing else.
   */
  listPick?: { itemId: string; quantity: number };
  /** A pick from the card said in a clause of its own beside named dishes (`pickBesideLines`). */
  pickBeside?: PickBeside;
  /** An order for the dish in focus said without naming it (`focusOrderOf`): "ok add it", "I'll take two". */
  focusOrder?: FocusOrder;
  /**
   * A delivery instruction said as a message of its own ("ring the bell twice": `readDeliveryNote`):
   * it goes to the order's notes, and the message asks nothing else (its words are no dish).
   */
  deliveryNote?: string;
  /** The venue's guard for misspelt number words, for counts read from the text (`countWord`); absent: exact words. */
  misspelt?: MisspeltNumbers;
}

/** One part of command generation: the commands it proposes, each with its position (`COMMAND_AT`). */
export type CommandPart = (g: GenerationContext) => Positioned[];
