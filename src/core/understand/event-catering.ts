import type { LineDraft } from './build-lines.ts';
import type { Token } from './normalize.ts';

/** Nouns that make a dish a catering offer rather than a plate ("a dosa station", "a biryani buffet"). */
const SERVICE_NOUNS = new Set(['station', 'stations', 'buffet', 'buffets', 'counter', 'live']);
/** Occasions a venue caters ("at our wedding"); "party" is left out: "party size" is a pizza size. */
const EVENT_WORDS = new Set([
  'wedding',
  'weddings',
  'reception',
  'engagement',
  'event',
  'events',
  'conference',
  'ceremony',
  'banquet',
  'gala',
  'corporate',
]);

/**
 * A dish named as a catering service at an occasion ("we'd love a dosa station at our wedding"): the
 * dish's line is followed by a service noun (station, buffet, live counter) and the message names an
 * occasion. Such a message asks about catering, it orders nothing now. Pure.
 */
export function asksForEventCatering(tokens: readonly Token[], lines: readonly LineDraft[]): boolean {
  if (lines.length === 0 || !tokens.some((t) => EVENT_WORDS.has(t.norm))) return false;
  return lines.some((l) => {
    const after = tokens.find((t) => !t.punct && t.start >= l.span[1]);
    const before = [...tokens].reverse().find((t) => !t.punct && t.end <= l.span[0]);
    return (after && SERVICE_NOUNS.has(after.norm)) || before?.norm === 'live';
  });
}
