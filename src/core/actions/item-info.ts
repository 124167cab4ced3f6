import type { CommandOf } from '../commands/command.ts';
import { card, quickReplies, say, step, type TurnContext } from '../dialog/turn-context.ts';
import { itemEntry, spiceLabel } from '../respond/cards.ts';
import { formatMoney } from '../respond/format-money.ts';
import { joinList } from '../respond/phrases.ts';
import { dietConflicts } from './diet-check.ts';

/** Ingredients, allergens, spice and price of one item, read from the backend. */
export async function itemInfo(ctx: TurnContext, cmd: CommandOf<'item_info'>): Promise<void> {
  step(ctx, 'item_info');
  ctx.flags.digressed = true;
  const item = await ctx.deps.backend.getItem(cmd.itemId);
  if (!item) {
    say(ctx, 'unknown_item', { heard: cmd.itemId });
    return;
  }
  ctx.state.focusItemId = item.id;
  const reasons = dietConflicts(item, [], [], ctx.state.constraints);
  say(ctx, 'item_info', {
    name: item.name,
    description: item.description.replace(/\.?$/, '.'),
    ingredients: item.ingredients.join(', '),
    allergens: item.allergens.length > 0 ? item.allergens.join(', ') : 'none declared',
    spice: `${spiceLabel(item.spiceLevel)[0]!.toUpperCase()}${spiceLabel(item.spiceLevel).slice(1)}, ${item.diet}.`,
    price: formatMoney(item.price.amount, item.price.currency),
  });
  if (!item.available) say(ctx, 'unavailable', { name: item.name });
  if (reasons.length > 0) say(ctx, 'diet_note', { name: item.name, reasons: joinList(reasons) });
  card(ctx, { type: 'item_list', title: item.name, items: [itemEntry(item)] });
  if (item.available) quickReplies(ctx, [`Add ${item.name}`]);
}
