import { afterEach, describe, expect, it } from 'vitest';
import type { Cart } from '../../contract/backend-api.ts';
import { createSessionState, type SessionState } from '../../core/state/session-state.ts';
import { Menu } from '../../domain/menu-schema.ts';
import { FIXTURE_MENU } from '../../testing/fixture-venue.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import type { BotContext } from '../bot-context.ts';
import type { TurnFunction } from '../bot-deps.ts';
import { startTestBot, type TestBot } from '../testing/start-test-bot.ts';
import { carriedCart, cartToCarry } from './carried-cart.ts';

const cart = (id = 'cart_1', orderId: string | null = null): Cart => ({
  id,
  fulfillment: null,
  lines: [],
  totals: { currency: 'USD', subtotal: 0, tax: 0, deliveryFee: 0, total: 0 },
  orderId,
});

const withCopy = (copy: SessionState['viewCart'], cartId = 'cart_1'): SessionState => ({
  ...createSessionState({ sessionId: 's', venueId: 'v', customerId: 'cu' }),
  cartId,
  ...(copy ? { viewCart: copy } : {}),
});

describe('carriedCart: the copy counts only while nothing can have changed the cart', () => {
  const copy = { cart: cart(), fence: 7, at: 1_000 };
  const redis = { inProcess: undefined };
  const memory = { inProcess: true };

  it('Redis: only right after the saving turn (no lock acquisition between)', () => {
    expect(carriedCart(withCopy(copy), redis, { fence: 8 }, 2_000, 60_000)).toBe(copy.cart);
    // another acquisition came between (a turn that may have crashed after changing the cart)
    expect(carriedCart(withCopy(copy), redis, { fence: 9 }, 2_000, 60_000)).toBeUndefined();
  });

  it('memory: every turn runs in this process (a failed one voids the copy itself)', () => {
    expect(carriedCart(withCopy(copy), memory, { fence: 42 }, 2_000, 60_000)).toBe(copy.cart);
  });

  it('not past its age, not for another cart, not for an order, not when reuse is off', () => {
    expect(carriedCart(withCopy(copy), memory, { fence: 8 }, 61_001, 60_000)).toBeUndefined();
    expect(carriedCart(withCopy(copy), memory, { fence: 8 }, 500, 60_000)).toBeUndefined();
    expect(carriedCart(withCopy(copy, 'cart_2'), memory, { fence: 8 }, 2_000, 60_000)).toBeUndefined();
    const ordered = { ...copy, cart: cart('cart_1', 'ord_1') };
    expect(carriedCart(withCopy(ordered), memory, { fence: 8 }, 2_000, 60_000)).toBeUndefined();
    expect(carriedCart(withCopy(copy), memory, { fence: 8 }, 2_000, 0)).toBeUndefined();
    expect(carriedCart(withCopy(undefined), memory, { fence: 8 }, 2_000, 60_000)).toBeUndefined();
  });
});

describe('cartToCarry: what a turn leaves for the next views', () => {
  const after = withCopy(undefined);
  const carried = { cart: cart(), fence: 3, at: 100 };

  it("the turn's own cart (stamped now), else the copy it started with (its age kept)", () => {
    const fresh = cart();
    expect(cartToCarry(after, { cart: fresh }, carried, 4, 900, 60_000)).toEqual({
      cart: fresh,
      fence: 4,
      at: 900,
    });
    expect(cartToCarry(after, {}, carried, 4, 900, 60_000)).toEqual({
      cart: carried.cart,
      fence: 4,
      at: 100,
    });
  });

  it('nothing after an outage, a doubtful write or placement, an order, or another cart', () => {
    expect(cartToCarry(after, { cart: cart(), backendDown: true }, carried, 4, 900, 60_000)).toBeUndefined();
    expect(cartToCarry(after, { cart: cart(), cartDoubtful: true }, carried, 4, 900, 60_000)).toBeUndefined();
    expect(cartToCarry(after, { cart: cart('cart_1', 'ord_1') }, carried, 4, 900, 60_000)).toBeUndefined();
    expect(cartToCarry(withCopy(undefined, 'cart_9'), {}, carried, 4, 900, 60_000)).toBeUndefined();
    expect(cartToCarry({ ...after, cartId: null }, {}, carried, 4, 900, 60_000)).toBeUndefined();
  });
});

describe('the conversation service carries the cart between turns', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('reuses it in the view, and a failed turn that changed the cart voids it', async () => {
    const backend = new InMemoryBackend(Menu.parse(FIXTURE_MENU));
    let reads = 0;
    const getCart = backend.getCart.bind(backend);
    backend.getCart = async (customerId, cartId) => {
      reads += 1;
      return getCart(customerId, cartId);
    };
    // "add" adds a coke and returns the cart; "add then fail" adds one and throws; else nothing
    const turn: TurnFunction = async (state, text) => {
      const next = { ...state, turn: state.turn + 1 };
      if (text.startsWith('add')) {
        next.cartId ??= (await backend.createCart(state.customerId)).id;
        const changed = await backend.addLine(state.customerId, next.cartId, {
          itemId: 'coke',
          quantity: 1,
        });
        if (text === 'add then fail') throw new Error('failed after the change');
        return { state: next, events: [], cart: changed };
      }
      return { state: next, events: [] };
    };
    bot = await startTestBot({ turn, deps: { backend } });
    const { conversation } = (bot.app as unknown as { botContext: BotContext }).botContext;
    const { sessionId } = await conversation.createSession();
    const lines = async (text: string) =>
      (await conversation.takeTurn(sessionId, text)).session.cart?.lines.length;

    expect(await lines('add')).toBe(1);
    expect(await lines('hello')).toBe(1);
    expect(await lines('hello again')).toBe(1);
    expect(reads).toBe(0);
    await expect(conversation.takeTurn(sessionId, 'add then fail')).rejects.toThrow();
    expect((await bot.deps.sessions.get(sessionId))?.viewCart).toBeUndefined();
    // the next view reads the backend: the line the failed turn added shows
    expect(await lines('hello')).toBe(2);
    expect(reads).toBe(1);
  });
});
