import { findHeatWord, type HeatWord } from './heat-words.ts';

/** The fields of a dish that say how hot it is: the menu's `spiceLevel`, else its words. */
export interface HeatFields {
  name: string;
  aliases?: readonly string[];
  description?: string | undefined;
  ingredients: readonly string[];
  tags: readonly string[];
  /** 0 none … 4 very hot; undefined (menu file) or null (backend contract) when the menu does not rate it. */
  spiceLevel?: number | null | undefined;
}

/**
 * How hot a dish is as far as the menu says: `rated` with the menu's level, or not rated, with the
 * first heat word of its name, description, ingredients or tags (`heatWord`, a weak signal) and
 * whether the menu says anything of it at all (`described`: a description or ingredients).
 */
export type ItemHeat =
  | { rated: true; level: number }
  | { rated: false; heatWord: HeatWord | undefined; described: boolean };

/** The dish's heat as the menu gives it (see `ItemHeat`). Pure. */
export function itemHeat(item: HeatFields): ItemHeat {
  if (typeof item.spiceLevel === 'number') return { rated: true, level: item.spiceLevel };
  const heatWord = findHeatWord([
    item.name,
    ...(item.aliases ?? []),
    item.description,
    ...item.ingredients,
    ...item.tags.map((t) => t.replace(/-/g, ' ')),
  ]);
  return { rated: false, heatWord, described: Boolean(item.description) || item.ingredients.length > 0 };
}

/** Whether the menu rates the dish's heat (`spiceLevel` given). */
export function isSpiceRated(item: Pick<HeatFields, 'spiceLevel'>): boolean {
  return typeof item.spiceLevel === 'number';
}

/**
 * Whether the dish is no hotter than `max` (0 none … 4 very hot): a rated dish by its level; a dish
 * the menu does not rate when nothing in its words says heat (the caller says the menu does not rate it).
 */
export function withinSpice(item: HeatFields, max: number): boolean {
  const heat = itemHeat(item);
  return heat.rated ? heat.level <= max : heat.heatWord === undefined;
}

/**
 * Whether the dish is at least `min` hot: a rated dish by its level; a dish the menu does not rate when
 * one of its words says heat (a weak signal) and `min` is above 0; every dish when `min` is 0.
 */
export function atLeastSpice(item: HeatFields, min: number): boolean {
  if (min <= 0) return true;
  const heat = itemHeat(item);
  return heat.rated ? heat.level >= min : heat.heatWord !== undefined;
}
