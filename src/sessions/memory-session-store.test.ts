import { describe, expect, it } from 'vitest';
import { createSessionState } from '../core/state/session-state.ts';
import { fixedClock } from '../testing/fixed-clock.ts';
import { MemorySessionStore } from './memory-session-store.ts';

describe('MemorySessionStore', () => {
  const state = createSessionState({ sessionId: 's1', venueId: 'v', customerId: 'c' });

  it('stores copies, not references, and hands out a frozen snapshot', async () => {
    const store = new MemorySessionStore(60, fixedClock());
    const mine = structuredClone(state);
    await store.set('s1', mine);
    mine.turn = 5;
    mine.history.push({ role: 'user', text: 'later' });
    const got = await store.get('s1');
    expect(got).toEqual(state);
    expect(Object.isFrozen(got)).toBe(true);
    expect(Object.isFrozen(got?.history)).toBe(true);
    expect(Object.isFrozen(got?.counters)).toBe(true);
    expect(() => {
      got!.turn = 99;
    }).toThrow(TypeError);
    expect((await store.get('s1'))?.turn).toBe(0);
    // what a turn does with it: copies it, changes the copy
    const next = structuredClone(got!);
    next.turn += 1;
    next.counters.errors += 1;
    expect(Object.isFrozen(mine)).toBe(false);
    expect((await store.get('s1'))?.counters.errors).toBe(0);
  });

  it('reads back what a JSON round trip of the saved state gives', async () => {
    const store = new MemorySessionStore(60, fixedClock());
    const odd = { ...state, pending: undefined, lastReply: 'x' } as unknown as typeof state;
    await store.set('s1', odd);
    const got = await store.get('s1');
    expect(got).toStrictEqual(JSON.parse(JSON.stringify(odd)));
    expect(Object.keys(got!)).toEqual(Object.keys(JSON.parse(JSON.stringify(odd))));
  });

  it('forgets sessions after their TTL and on delete', async () => {
    const clock = fixedClock();
    const store = new MemorySessionStore(60, clock);
    await store.set('s1', state);
    await store.set('s2', state, 600);
    clock.advance(61_000);
    expect(await store.get('s1')).toBeUndefined();
    expect(await store.get('s2')).toBeDefined();
    await store.delete('s2');
    expect(await store.get('s2')).toBeUndefined();
  });

  it('drops the oldest session beyond its capacity', async () => {
    const store = new MemorySessionStore(60, fixedClock(), 2);
    await store.set('a', state);
    await store.set('b', state);
    await store.set('c', state);
    expect(store.size).toBe(2);
    expect(await store.get('a')).toBeUndefined();
  });

  it('never evicts a session with a cart or an order while emptier ones remain (abuse: mass session creation)', async () => {
    const clock = fixedClock();
    const store = new MemorySessionStore(3600, clock, 3);
    const withOrder = {
      ...state,
      sessionId: 'ordered',
      cartId: 'c0',
      order: { id: 'o1', status: 'placed', total: 1200, currency: 'USD' },
    };
    await store.set('ordered', withOrder);
    await store.set('carted', { ...state, sessionId: 'carted', cartId: 'c1' });
    // an attacker creates many empty sessions: each evicts only another empty one
    for (let i = 0; i < 50; i++) await store.set(`empty-${i}`, state);
    expect(store.size).toBe(3);
    expect((await store.get('ordered'))?.order?.id).toBe('o1');
    expect((await store.get('carted'))?.cartId).toBe('c1');
    expect(await store.get('empty-48')).toBeUndefined();
    expect(await store.get('empty-49')).toBeDefined();
    // with no empty session left, the cart goes before the order
    await store.set('empty-49', { ...state, cartId: 'c2' });
    await store.set('another', { ...state, cartId: 'c3' });
    expect(await store.get('carted')).toBeUndefined();
    expect(await store.get('ordered')).toBeDefined();
    // an expired session goes before any live one, whatever it holds
    const short = new MemorySessionStore(3600, clock, 2);
    await short.set('cart-expiring', { ...state, cartId: 'c4' }, 60);
    await short.set('empty', state);
    clock.advance(61_000);
    await short.set('new', state);
    expect(await short.get('empty')).toBeDefined();
    expect(await short.get('new')).toBeDefined();
  });
});
