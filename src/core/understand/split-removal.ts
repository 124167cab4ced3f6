import { CUES } from './cues.ts';
import type { Token } from './normalize.ts';

/** Verbs that remove with a particle said after the dish: "take the naan off", "leave the raita out". */
export const SPLIT_REMOVE_VERBS: ReadonlySet<string> = new Set(['take', 'cross', 'knock', 'leave']);
/** The particles that close a split removal. */
const PARTICLES = new Set(['off', 'out']);

/**
 * Whether the message asks to take something out of the order: a removal cue ("remove", "get rid of",
 * "drop"), or a split removal verb with its particle later on ("take the naan off", "leave the dal
 * out", "cross the lassi off"). General English, never a venue's words. Pure.
 */
export function saysRemoval(tokens: readonly Token[]): boolean {
  if (CUES.remove.has(tokens)) return true;
  const verb = tokens.findIndex((t) => SPLIT_REMOVE_VERBS.has(t.norm));
  return verb >= 0 && tokens.slice(verb + 2).some((t) => PARTICLES.has(t.norm));
}
