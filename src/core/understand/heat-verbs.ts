import type { Token } from './normalize.ts';

/** Verbs of warming food: "heat up the croissant", "warm it up", a preparation asked, never a spice word. */
const WARMING = new Set(['heat', 'warm']);
/** Words that may stand between the verb and its "up": "heat it up", "warm this one up". */
const BETWEEN = new Set(['it', 'this', 'that', 'them', 'these', 'those', 'one', 'mine', 'my', 'the']);

/**
 * Whether the heat word at `i` is a verb of warming food with its particle ("heat up", "warm it up",
 * "heat that one up"): preparation, not the heat of a dish nor a craving for spice. Pure token scan.
 */
export function warmingVerbAt(tokens: readonly Token[], i: number): boolean {
  if (!WARMING.has(tokens[i]?.norm ?? '')) return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
    const w = (tokens[j] as Token).norm;
    if (w === 'up') return true;
    if (!BETWEEN.has(w)) return false;
  }
  return false;
}
