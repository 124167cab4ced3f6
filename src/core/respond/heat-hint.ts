import type { ItemHeat } from '../../domain/item-heat.ts';

/**
 * The end of "The menu doesn't rate the heat of the {name}…" for a dish the menu does not rate: what
 * its words say, never a level. ", but mentions jalapeños" (a hot ingredient), ", but describes it as
 * spicy" (a word calling it hot), ", and nothing it says about the dish sounds spicy" (described, no
 * heat word), ", so I can't say for sure" (a bare dish). Pure.
 */
export function heatHint(heat: Extract<ItemHeat, { rated: false }>): string {
  const word = heat.heatWord;
  if (word)
    return word.kind === 'ingredient' ? `, but mentions ${word.text}` : `, but describes it as ${word.text}`;
  return heat.described ? ', and nothing it says about the dish sounds spicy' : ", so I can't say for sure";
}

/** How a dish's heat is said in its overview: "Hot", or "Heat not rated (the menu mentions jalapeños)". */
export function heatSummary(heat: ItemHeat, label: (level: number) => string): string {
  if (heat.rated) return label(heat.level);
  const word = heat.heatWord;
  return word ? `heat not rated (the menu mentions ${word.text})` : 'heat not rated';
}
