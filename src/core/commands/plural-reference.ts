import { singularOf } from '../understand/singular.ts';

/** Words pointing at dishes already in the order, ending right before the dish's word. */
const POINTED =
  /\b(?:the|my|our|those|these|both|all|all the|all my|all of the|all of my|all of those|each of the|every one of the)\s+$/;

/**
 * "no cilantro on the tacos", "make the pizzas thin crust", "oat milk in both lattes": a change said of
 * a dish by its plural, pointed at ("the", "my", "those", "all the"), means every cart line of that dish,
 * not one of them to ask about ("the taco" still asks which). `normalized` is the message's normalized
 * text, `span` the dish mention's offsets in it, `dishName` the menu name of the dish read. The plural is
 * the mention's last word when it is not the name's own last word ("Wings", "French Fries" are named
 * plural: "the wings" says nothing of how many lines) and folds to a singular other than itself. Pure.
 */
export function pointsAtEveryLine(
  normalized: string,
  span: readonly [number, number],
  dishName: string,
  /** The customer's own text: the plural must be theirs ("the pepperoni ones" is spelt "pizzas" only by one-anaphora.ts). */
  original?: string,
): boolean {
  if (span[1] <= span[0]) return false;
  const said = normalized.slice(span[0], span[1]).toLowerCase();
  const word = said.match(/[\p{L}]+$/u)?.[0];
  if (!word) return false;
  const head = dishName.toLowerCase().match(/[\p{L}]+$/u)?.[0];
  // the plural of the name's own last word ("ones", a plural of no dish, points at nothing here)
  if (!head || word === head || singularOf(word) === word || singularOf(word) !== singularOf(head))
    return false;
  if (original !== undefined && !new RegExp(`\\b${word}\\b`, 'u').test(original.toLowerCase())) return false;
  return POINTED.test(normalized.slice(0, span[0]).toLowerCase());
}
