import type { Choice, OptionGroup } from '../../domain/menu-schema.ts';
import { formatMoney } from './format-money.ts';
import { joinList } from './phrases.ts';

/** Above this many choices a question keeps the group's own prompt: a priced list would be too long to read. */
export const MAX_PRICED_CHOICES = 8;

/**
 * "Large (+$2.00)", "Medium (16 oz, +$0.50)", "Small (−$1.00)", "Regular": a choice's name with its
 * price difference from the menu (integer minor units of `currency`); a choice at no difference is its
 * name alone. A name that already ends in parentheses takes the difference inside them.
 */
export function pricedChoiceName(choice: Pick<Choice, 'name' | 'priceDelta'>, currency: string): string {
  const { name, priceDelta } = choice;
  if (priceDelta === 0) return name;
  const delta = `${priceDelta > 0 ? '+' : '−'}${formatMoney(Math.abs(priceDelta), currency)}`;
  return name.endsWith(')') ? `${name.slice(0, -1)}, ${delta})` : `${name} (${delta})`;
}

/**
 * "Small, Medium (+$1.00) or Large (+$2.00)": the available choices of a single-choice group whose
 * prices differ, each with its difference, for the question that asks the group; undefined when the
 * prices are all the same, the group takes several choices, or it has more than MAX_PRICED_CHOICES.
 */
export function pricedChoiceList(group: OptionGroup, currency: string): string | undefined {
  if (group.selection !== 'single') return undefined;
  const open = group.choices.filter((c) => c.available);
  if (open.length < 2 || open.length > MAX_PRICED_CHOICES) return undefined;
  if (open.every((c) => c.priceDelta === open[0]!.priceDelta)) return undefined;
  return joinList(
    open.map((c) => pricedChoiceName(c, currency)),
    'or',
  );
}
