import type { MenuItemDto } from '../../contract/backend-api.ts';
import type { OptionGroup } from '../../domain/menu-schema.ts';
import { coldChoice, hotChoice, isTemperatureGroup } from '../../domain/serving-temperature.ts';
import { say, type TurnContext } from '../dialog/turn-context.ts';

/** "Hot (standard)" → "hot", "Iced" → "iced": a choice's name as said in a sentence. */
const spoken = (c: { name: string }) =>
  c.name
    .replace(/\s*\([^)]*\)/g, '')
    .trim()
    .toLowerCase();

/**
 * "is the latte hot", "can I get the mocha iced?": the dish's serving temperature from its own "hot or
 * iced" group: the default choice and the other ("The Latte is served hot by default; you can have it
 * iced."), or both when the menu sets no default. Says nothing and returns false for another group.
 */
export function sayServingTemperature(ctx: TurnContext, item: MenuItemDto, group: OptionGroup): boolean {
  if (!isTemperatureGroup(group)) return false;
  const served = group.choices.filter((c) => hotChoice(c) || coldChoice(c));
  const standard = served.find((c) => c.default);
  const others = served.filter((c) => c !== standard).map(spoken);
  if (standard)
    say(ctx, 'item_served_default', {
      name: item.name,
      standard: spoken(standard),
      other: others.join(' or '),
    });
  else say(ctx, 'item_served_either', { name: item.name, list: others.join(' or ') });
  return true;
}
