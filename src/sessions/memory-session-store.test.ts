import { describe, expect, it } from 'vitest';
import { createSessionState } from '../core/state/session-state.ts';
import { fixedClock } from '../testing/fixed-clock.ts';
import { MemorySessionStore } from './memory-session-store.ts';

describe('MemorySessionStore', () => {
  const state = createSessionState({ sessionId: 's1', venueId: 'v', customerId: 'c' });

  it('stores copies, not references', async () => {
    const store = new MemorySessionStore(60, fixedClock());
    await store.set('s1', state);
    const got = await store.get('s1');
    expect(got).toEqual(state);
    got!.turn = 99;
    expect((await store.get('s1'))?.turn).toBe(0);
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
});
