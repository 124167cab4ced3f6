import type { Token } from './normalize.ts';

/**
 * A comparison of dishes: "cheeseburger vs hamburger", "compare the margherita and the white pizza",
 * "fries or tots, which is better". Two or more dishes set side by side by a comparing word ask about
 * them; they order none.
 */

/** Words that set things side by side on their own. */
const COMPARING = new Set([
  'vs',
  'versus',
  'compare',
  'compared',
  'comparing',
  'comparison',
  'difference',
  'differences',
  'differ',
]);

/** Words after "which" that ask for a pick among the things named ("which is better", "which do you prefer"). */
const JUDGING = new Set([
  'better',
  'best',
  'nicer',
  'tastier',
  'healthier',
  'lighter',
  'bigger',
  'larger',
  'cheaper',
  'spicier',
  'prefer',
  'recommend',
  'suggest',
  'pick',
  'choose',
  'favorite',
  'favourite',
]);

/** How far after "which" a judging word may come ("which one would you say is better"). */
const JUDGING_REACH = 6;

/** True when a comparing word, or "which" followed closely by a judging word, is said. Pure. */
export function saysComparison(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (COMPARING.has(t.norm)) return true;
    if (t.norm !== 'which') continue;
    for (let k = i + 1; k < tokens.length && k <= i + JUDGING_REACH; k++) {
      const w = tokens[k] as Token;
      if (w.punct) break;
      if (JUDGING.has(w.norm)) return true;
    }
  }
  return false;
}

/** True when at least two different dishes are named and a comparison is said: a question about them. Pure. */
export function comparesDishes(tokens: readonly Token[], dishIds: readonly string[]): boolean {
  return new Set(dishIds).size >= 2 && saysComparison(tokens);
}
