import { isUnitWord } from '../../domain/measure-units.ts';
import type { Menu } from '../../domain/menu-schema.ts';

/** A choice named by a count first ("20 Wings", "12 knots", "6 pc"): the count and the word after it. */
const COUNTED = /^(\d+)\s*([a-z]+)/i;

/** Units of measure: "12 oz Can", "2 Liter", "500 ml Bottle" are sizes, not counts of pieces. */
const isMeasure = (word: string) => isUnitWord(word, ['length', 'volume', 'weight']);

/**
 * The choice of the dish's counted group that a bare number names: a single-pick group every choice of
 * which is named by a count first ("6 Wings, 10 Wings, 20 Wings", "6 knots or 12 knots"), and its
 * choice with that count ("make the wings 20", "make it 12" → 20 Wings, 12 knots). Such a number sizes
 * the dish, never the number of dishes. Undefined when the dish has no such group or no choice of that
 * count (then the number is how many).
 */
export function countChoice(
  menu: Menu,
  itemId: string,
  count: number,
): { group: string; choice: string; choiceName: string } | undefined {
  const item = menu.items.find((i) => i.id === itemId);
  if (!item) return undefined;
  if (!Number.isInteger(count) || count < 1) return undefined;
  for (const groupId of item.optionGroups) {
    const group = menu.optionGroups.find((g) => g.id === groupId);
    if (group?.selection !== 'single' || group.choices.length < 2) continue;
    const counts = group.choices.map((c) => {
      const m = COUNTED.exec(c.name.trim());
      return m && !isMeasure(m[2] as string) ? m[1] : undefined;
    });
    if (counts.some((n) => n === undefined)) continue;
    const at = counts.indexOf(String(count));
    if (at < 0) continue;
    const choice = group.choices[at]!;
    return { group: group.id, choice: choice.id, choiceName: choice.name };
  }
  return undefined;
}
