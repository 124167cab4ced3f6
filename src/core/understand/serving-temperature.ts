import type { Menu } from '../../domain/menu-schema.ts';
import { isTemperatureGroup, servingChoice } from '../../domain/serving-temperature.ts';
import type { LineDraft } from './build-lines.ts';
import type { Token } from './normalize.ts';

/** Words of a serving temperature: each names the hot or the cold choice of a "hot or iced" group. */
const SERVING_WORDS: ReadonlyMap<string, 'hot' | 'cold'> = new Map([
  ['hot', 'hot'],
  ['warm', 'hot'],
  ['heated', 'hot'],
  ['iced', 'cold'],
  ['ice', 'cold'],
  ['cold', 'cold'],
  ['chilled', 'cold'],
]);

/**
 * The dish's serving-temperature group: a group of its own with a choice named "hot" beside one named
 * "iced" or "cold" (domain/serving-temperature.ts). Pure.
 */
export function temperatureGroup(menu: Menu, itemId: string): Menu['optionGroups'][number] | undefined {
  const item = menu.items.find((i) => i.id === itemId);
  if (!item) return undefined;
  return menu.optionGroups.find((g) => item.optionGroups.includes(g.id) && isTemperatureGroup(g));
}

/** The temperature a word names ("iced" → cold), if it names one. */
export const servingWord = (word: string): 'hot' | 'cold' | undefined => SERVING_WORDS.get(word);

/**
 * "is the latte hot", "can I get the mocha iced": a serving word said beside a dish served hot or iced
 * is that dish's temperature, never another dish named by the word alone ("Hot Tea", "Iced Black Tea").
 * Drops such one-word lines and, on an order, puts the temperature's choice on the dish (a question
 * reads the word as its topic: item-question.ts). Returns the lines kept. Pure.
 */
export function temperatureLines(
  lines: readonly LineDraft[],
  tokens: readonly Token[],
  menu: Menu,
): LineDraft[] {
  const wordsOf = (l: LineDraft) =>
    tokens.filter((t) => !t.punct && t.start >= l.span[0] && t.end <= l.span[1]);
  const servedDish = lines.find((l) => temperatureGroup(menu, l.itemId) !== undefined);
  if (!servedDish) return [...lines];
  const group = temperatureGroup(menu, servedDish.itemId);
  const dropped = lines.filter((l) => {
    if (l === servedDish) return false;
    const words = wordsOf(l);
    const name = menu.items.find((i) => i.id === l.itemId)?.name ?? '';
    return (
      words.length === 1 &&
      servingWord((words[0] as Token).norm) !== undefined &&
      name.trim().split(/\s+/).length > 1
    );
  });
  if (dropped.length === 0 || !group) return [...lines];
  const temperature = servingWord((wordsOf(dropped[0] as LineDraft)[0] as Token).norm) as 'hot' | 'cold';
  const choice = servingChoice(group, temperature);
  return lines
    .filter((l) => !dropped.includes(l))
    .map((l) =>
      l === servedDish && choice && !l.options.some((o) => o.group === group.id)
        ? {
            ...l,
            options: [
              ...l.options,
              { group: group.id, choice: choice.id, choiceName: choice.name, quantity: 1 },
            ],
          }
        : l,
    );
}
