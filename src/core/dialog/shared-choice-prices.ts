import { formatMoney } from '../respond/format-money.ts';
import { backendItem, type TurnContext } from './turn-context.ts';

/**
 * "a sprite" → "Sprite comes as a Can of Soda ($1.75) or a 2 Liter Soda ($3.99)": when every choice
 * said fills a required group of every dish offered (the choice defines the dish, not an optional
 * side), the offered dishes' prices as the backend has them (id → formatted), for the clarifying
 * question. Undefined otherwise, or when the backend cannot say (the question is then asked without).
 */
export async function sharedChoicePrices(
  ctx: TurnContext,
  dishes: readonly { id: string }[],
  choices: readonly string[],
): Promise<Record<string, string> | undefined> {
  const { menu } = ctx.deps.venue;
  const defines = (itemId: string, choice: string) => {
    const item = menu.items.find((i) => i.id === itemId);
    return menu.optionGroups.some(
      (g) => item?.optionGroups.includes(g.id) && g.min > 0 && g.choices.some((c) => c.id === choice),
    );
  };
  if (choices.length === 0 || !dishes.every((d) => choices.every((c) => defines(d.id, c)))) return undefined;
  try {
    const prices: Record<string, string> = {};
    for (const d of dishes) {
      const item = await backendItem(ctx, d.id);
      if (!item) return undefined;
      prices[d.id] = formatMoney(item.price.amount, item.price.currency);
    }
    return prices;
  } catch {
    return undefined;
  }
}
