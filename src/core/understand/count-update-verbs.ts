import type { Token } from './normalize.ts';
import { countWord } from './quantity.ts';

/**
 * Counts set on a cart dish or the dish in focus with verbs of raising and lowering: "bump it to 10",
 * "bump the wings up to 20", "up it to 3", "bring it to 4", "take it down to 2", "knock them down to 1".
 * A lexicon of update verbs and particles (general English, never a venue's words) around one frame:
 * VERB [what] [PARTICLE] "to" COUNT. The frame is said again in the words the update reader knows ("make
 * it 10", "make the wings 20"), so a count that one of the dish's counted choices bears sizes the dish
 * (count-choice.ts) and any other count is how many.
 */

/** Verbs that set a count when followed by "to" and a number. */
const COUNT_VERBS: ReadonlySet<string> = new Set([
  'bump',
  'up',
  'bring',
  'take',
  'knock',
  'drop',
  'raise',
  'lower',
  'increase',
  'decrease',
  'reduce',
  'cut',
  'boost',
  'push',
  'scale',
  'turn',
  'move',
  'set',
]);

/** Verbs that say a change of count with no object ("bump to 10", "increase to 4"). */
const BARE_VERBS: ReadonlySet<string> = new Set(['bump', 'raise', 'lower', 'increase', 'decrease', 'reduce']);

/** Particles said after the object ("bump the wings up to 20", "take it down to 2"). */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'back']);

/** Objects that are no dish: "take me to 5th", "bring us to 4 people". */
const NOT_A_DISH: ReadonlySet<string> = new Set([
  'me',
  'us',
  'you',
  'him',
  'her',
  'people',
  'person',
  'guests',
]);

/** Words after a number that make it no count of dishes ("move it to 2 pm", "bring it to 4 people"). */
const NOT_A_COUNT_AFTER: ReadonlySet<string> = new Set([
  'am',
  'pm',
  'oclock',
  'people',
  'person',
  'guests',
  'minutes',
  'min',
  'mins',
  'hours',
  'percent',
  'degrees',
]);

/** Words that point at the dish in focus or a cart line without naming it ("it", "those", "all of them"). */
const POINTERS: ReadonlySet<string> = new Set([
  'it',
  'that',
  'this',
  'them',
  'those',
  'these',
  'the',
  'my',
  'our',
  'all',
  'both',
  'of',
  'one',
  'ones',
  'order',
]);

/** How many words the object between the verb and "to" may take ("the chicken wings", "my garlic knots"). */
const MAX_OBJECT = 4;

/** The count after "to": digits, a number word, "a dozen". */
function countAt(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t || t.punct) return undefined;
  if (t.norm === 'a' && tokens[i + 1]?.norm === 'dozen') return 2;
  if (t.norm === 'dozen') return 1;
  if (t.num !== undefined && /^\d+$/.test(t.norm)) return 1;
  return countWord(t.norm) !== undefined ? 1 : undefined;
}

/**
 * The message with a count update said by a verb of raising or lowering said again as "make X N" (the
 * rest of the message as written), or undefined when it holds no such frame. `startsDish(i)` tells that
 * a dish or choice of the menu starts at token `i`: the object must name one or only point ("it",
 * "those"), and a verb that is a word of the menu is left alone. Pure.
 */
export function countUpdateRewrite(
  text: string,
  tokens: readonly Token[],
  startsDish: (i: number) => boolean,
): string | undefined {
  for (let v = 0; v < tokens.length; v++) {
    const verb = tokens[v] as Token;
    if (!COUNT_VERBS.has(verb.norm) || startsDish(v)) continue;
    const to = tokens.findIndex((t, i) => i > v && i <= v + MAX_OBJECT + 2 && t.norm === 'to');
    if (to < 0) continue;
    const n = countAt(tokens, to + 1);
    if (n === undefined) continue;
    let objEnd = to;
    if (objEnd - 1 > v && PARTICLES.has((tokens[objEnd - 1] as Token).norm)) objEnd--;
    const object = tokens.slice(v + 1, objEnd);
    if (object.some((t) => t.punct || NOT_A_DISH.has(t.norm) || PARTICLES.has(t.norm))) continue;
    if (object.length === 0 && !BARE_VERBS.has(verb.norm) && objEnd === to) continue;
    // "raise the volume to 4", "set my oven to 350": the object is a dish of the menu or points at one
    const pointing = object.every((t) => POINTERS.has(t.norm));
    if (!pointing && !object.some((_, k) => startsDish(v + 1 + k))) continue;
    const last = tokens[to + n] as Token;
    if (NOT_A_COUNT_AFTER.has(tokens[to + n + 1]?.norm ?? '')) continue;
    const what = object.length > 0 ? text.slice(object[0]?.oStart, object.at(-1)?.oEnd) : 'it';
    const count = text.slice((tokens[to + 1] as Token).oStart, last.oEnd);
    return `${text.slice(0, verb.oStart)}make ${what} ${count}${text.slice(last.oEnd)}`;
  }
  return undefined;
}
