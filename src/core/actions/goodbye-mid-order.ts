import { popFrame, pushFrame, topFrame } from '../dialog/frames.ts';
import { log, say, step, type TurnContext } from '../dialog/turn-context.ts';
import { currentCart } from './cart-actions.ts';

/**
 * "Bye" while the cart holds items and no order was placed (issue 7): the conversation does not end
 * silently. The first goodbye says the cart is kept and asks whether to cancel it (a `confirm_cancel`
 * frame marked `goodbye`, dropped when the customer carries on ordering instead); a second goodbye ends
 * the conversation, the cart kept. False when there is nothing open: an ordinary goodbye.
 */
export async function goodbyeMidOrder(ctx: TurnContext): Promise<boolean> {
  step(ctx, 'goodbye_mid_order');
  const top = topFrame(ctx.state);
  if (top?.kind === 'confirm_cancel' && top.slots.goodbye === true) {
    popFrame(ctx.state, top);
    say(ctx, 'goodbye_cart_kept');
    ctx.flags.answered = true;
    ctx.flags.asked = true;
    log(ctx, 'dialog.goodbye.cart_kept');
    return true;
  }
  const cart = await currentCart(ctx);
  if (!cart || cart.lines.length === 0) return false;
  pushFrame(ctx, 'confirm_cancel', 'ask', { goodbye: true, dropWhenIgnored: true });
  ctx.flags.answered = true;
  log(ctx, 'dialog.goodbye.cart_open', { lines: cart.lines.length });
  return true;
}
