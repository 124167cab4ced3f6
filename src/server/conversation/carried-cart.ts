import type { Cart } from '../../contract/backend-api.ts';
import type { SessionState } from '../../core/state/session-state.ts';
import type { LockLease, TurnLock } from '../../sessions/turn-lock.ts';
import type { TurnOutcome } from '../bot-deps.ts';

/**
 * The cart a session saved at the end of its last turn (`state.viewCart`), when nothing can have changed
 * it since, else undefined. It shows the session view of a turn that does not touch the cart, so such a
 * turn asks the backend nothing. What could change it, and why each is excluded:
 * - another turn of the session: the turn lock. With the memory lock every turn runs in this process and
 *   one that did not end well voided the copy (`ConversationService`); with Redis, the lock's fence must
 *   be the one right after the saving turn's (`fence + 1`: no acquisition came between, not even one
 *   that crashed after changing the cart);
 * - the backend itself (a price or menu change re-prices a cart, a cart expired or erased): bounded by
 *   `maxAgeMs` since the backend returned it. The core never uses this copy: the order summary, the
 *   confirmation, "show my cart" and every cart change read or write the backend in their turn.
 */
export function carriedCart(
  state: SessionState,
  lock: Pick<TurnLock, 'inProcess'>,
  lease: Pick<LockLease, 'fence'>,
  nowMs: number,
  maxAgeMs: number,
): Cart | undefined {
  const copy = state.viewCart;
  if (!copy || maxAgeMs <= 0 || copy.cart.id !== state.cartId || copy.cart.orderId !== null) return undefined;
  if (nowMs < copy.at || nowMs - copy.at > maxAgeMs) return undefined;
  return lock.inProcess === true || lease.fence === copy.fence + 1 ? copy.cart : undefined;
}

/**
 * What a turn that ended well leaves for the next turns' views (`state.viewCart`): the cart the backend
 * returned during the turn, else the carried copy the turn started with; nothing when the backend was
 * unreachable, a cart write failed or an order placement was attempted (the backend's cart may then
 * differ from the last answer), or the cart became an order.
 */
export function cartToCarry(
  after: SessionState,
  outcome: Pick<TurnOutcome, 'cart' | 'cartDoubtful' | 'backendDown'>,
  carried: SessionState['viewCart'],
  fence: number,
  nowMs: number,
  maxAgeMs: number,
): SessionState['viewCart'] {
  if (maxAgeMs <= 0 || outcome.backendDown || outcome.cartDoubtful || after.cartId === null) return undefined;
  if (outcome.cart) {
    if (outcome.cart.id !== after.cartId || outcome.cart.orderId !== null) return undefined;
    return { cart: outcome.cart, fence, at: nowMs };
  }
  if (!carried || carried.cart.id !== after.cartId) return undefined;
  return { cart: carried.cart, fence, at: carried.at };
}
