import { z } from 'zod';

/** The highest `maxMessageLength` allowed; understanding reads at least this much of a message. */
export const MAX_MESSAGE_LENGTH_CEILING = 10_000;

/** Limits and thresholds of the dialog engine. Parsed once (zod), frozen, passed in the turn's deps. */
export const DialogConfig = z.object({
  /** Characters read from a message; a longer one is cut there and the reply says it was cut. */
  maxMessageLength: z.number().int().min(20).max(MAX_MESSAGE_LENGTH_CEILING).default(2000),
  /** Dialog steps (commands plus flow advances) allowed in one turn. */
  maxStepsPerTurn: z.number().int().min(4).max(1000).default(40),
  /** Units of one menu item the cart may hold (all its lines, however many messages added them). */
  maxQuantityPerLine: z.number().int().min(1).default(50),
  /** Units the whole cart may hold; an addition or change beyond it is refused. */
  maxQuantityPerOrder: z.number().int().min(1).default(200),
  /** A line with more units than this is confirmed explicitly first. */
  confirmQuantityAbove: z.number().int().min(1).default(10),
  /** Times one question is asked again before a human is offered. */
  maxRepromptsPerSlot: z.number().int().min(1).default(2),
  /** Consecutive turns not understood before a human is offered. */
  maxUnderstandingFailures: z.number().int().min(1).default(2),
  /** Below this confidence the primary intent is treated as not understood. */
  minIntentConfidence: z.number().min(0).max(1).default(0.35),
  /** Entries of the conversation kept in the session (user and bot). */
  historySize: z.number().int().min(0).max(100).default(12),
  /** Ask for optional kitchen notes before the summary (the customer may skip). */
  askNotes: z.boolean().default(true),
  /** Questions about items (sizes, conflicts, confirmations) waiting at once; more are refused. */
  maxPendingQuestions: z.number().int().min(1).max(50).default(6),
  /** Alternatives offered when an item is unavailable or conflicts with a diet. */
  maxAlternatives: z.number().int().min(1).max(10).default(3),
  /**
   * A knowledge passage at or above this retriever confidence is quoted as the answer; below it (and at
   * or above `knowledgeUnsureAt`) it is offered with "I'm not sure" and the team's contact.
   */
  knowledgeConfidentAt: z.number().min(0).max(1).default(0.5),
  /** Below this retriever confidence nothing found is quoted: the reply says it does not know. */
  knowledgeUnsureAt: z.number().min(0).max(1).default(0.2),
  /**
   * A message understanding could not place (out of scope, not understood) is answered from the venue's
   * knowledge when a passage reaches this confidence (stricter: nothing said it was about the venue).
   */
  knowledgeRescueAt: z.number().min(0).max(1).default(0.6),
});
export type DialogConfig = z.infer<typeof DialogConfig>;
export type DialogConfigInput = z.input<typeof DialogConfig>;

/** Parses and freezes a dialog configuration, filling defaults. */
export function createDialogConfig(input: DialogConfigInput = {}): Readonly<DialogConfig> {
  return Object.freeze(DialogConfig.parse(input));
}
