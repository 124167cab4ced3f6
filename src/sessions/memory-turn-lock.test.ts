import { describe, expect, it } from 'vitest';
import { MemoryTurnLock } from './memory-turn-lock.ts';

describe('MemoryTurnLock', () => {
  it('holds nothing for a key once released, however many sessions took a turn', async () => {
    const lock = new MemoryTurnLock();
    for (let i = 0; i < 1000; i++) await (await lock.acquire(`s_${i}`)).release();
    expect(lock.size).toBe(0);
    const held = await lock.acquire('s_1');
    expect(lock.size).toBe(1);
    await held.release();
  });

  it('fences grow with every acquisition of a key, and an old lease is no longer held', async () => {
    const lock = new MemoryTurnLock();
    const first = await lock.acquire('k');
    await first.release();
    await (await lock.acquire('other')).release();
    const second = await lock.acquire('k');
    expect(second.fence).toBeGreaterThan(first.fence);
    expect(await first.stillHeld()).toBe(false);
    expect(await second.stillHeld()).toBe(true);
    const waiting = lock.acquire('k');
    await second.release();
    const third = await waiting;
    expect(third.fence).toBeGreaterThan(second.fence);
    await third.release();
  });
});
