import { singularOf } from '../understand/singular.ts';

/**
 * An option group's name as the noun of a question or of "our … choices" ("Syrups" → "syrup", "Choose
 * your sauce" → "sauce", "Add-ons" → "add-on", "Extra Toppings" → "topping"): lowercase, without a lead
 * verb or "extra", its last word singular (words ending "ss", "us" or "is" are kept as they are).
 */
export function groupNoun(name: string): string {
  const lower = name.toLowerCase().trim();
  const noun = lower.replace(/^(?:add|extra|choose|pick|choice of|your)\s+/, '') || lower;
  return noun.replace(/([\p{L}-]+)$/u, (last) =>
    /(?:ss|us|is)$/.test(last) || !last.endsWith('s') ? last : singularOf(last),
  );
}

/**
 * An option group's name as what its choices are called in "our … are": a plural name as it is
 * ("Syrups" → "syrups", "Toppings" → "toppings"), else with "choices" after it ("Size" → "size
 * choices"), so no "syrups choices".
 */
export function groupChoices(name: string): string {
  const lower = name.toLowerCase().trim();
  const last = /([\p{L}-]+)$/u.exec(lower)?.[1] ?? '';
  const plural = last.endsWith('s') && !/(?:ss|us|is)$/.test(last) && singularOf(last) !== last;
  return plural ? lower : `${lower} choices`;
}
