import { log, say, type TurnContext } from '../dialog/turn-context.ts';
import { describeLine, lineOptionLabels } from '../respond/cards.ts';
import { formatMoney } from '../respond/format-money.ts';
import { currentCart } from './cart-actions.ts';

/**
 * Answers "how much is that?" of a cart line: the backend's price of the line `lineId` (its options and
 * count included: "your Pepperoni Pizza (Large 14") is $18.49", "2 × Taco (Al Pastor) come to $7.00,
 * $3.50 each"), when the open cart holds that line and it is of the item `itemId`. Returns whether it
 * answered; false leaves the question to the menu's price of the dish.
 */
export async function answerLinePrice(ctx: TurnContext, lineId: string, itemId: string): Promise<boolean> {
  const cart = await currentCart(ctx);
  const line = cart?.lines.find((l) => l.id === lineId && l.itemId === itemId);
  if (!cart || !line) return false;
  const currency = cart.totals.currency;
  const labels = lineOptionLabels(line);
  const Line =
    line.quantity > 1
      ? describeLine(line, labels)
      : labels.length > 0
        ? `${line.name} (${labels.join(', ')})`
        : line.name;
  if (line.quantity > 1)
    say(ctx, 'line_price_each', {
      Line,
      price: formatMoney(line.lineTotal, currency),
      each: formatMoney(line.unitPrice, currency),
    });
  else say(ctx, 'line_price', { Line, price: formatMoney(line.lineTotal, currency) });
  ctx.state.focusItemId = itemId;
  log(ctx, 'dialog.item_info.line_price', { itemId, lineId });
  return true;
}
