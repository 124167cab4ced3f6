import { afterEach, describe, expect, it, vi } from 'vitest';
import { WindowLimiter } from './window-limiter.ts';

describe('WindowLimiter', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('allows `points` per window from the first request, then says how long until the window ends', () => {
    let now = 1_000_000;
    const limiter = new WindowLimiter(3, 60_000, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    now += 10_000;
    expect(limiter.take('a')).toBe(50_000);
    expect(limiter.take('b')).toBe(0); // keys are counted apart
    now += 50_000; // a's window ended: a fresh one opens
    expect(limiter.take('a')).toBe(0);
  });

  it('keeps no timer per key and forgets ended windows as it goes', () => {
    vi.useFakeTimers();
    let now = 0;
    const limiter = new WindowLimiter(30, 60_000, () => now);
    for (let i = 0; i < 1000; i++) limiter.take(`s_${i}`);
    expect(vi.getTimerCount()).toBe(0);
    expect(limiter.size).toBe(1000);
    now = 30_000;
    for (let i = 0; i < 10; i++) limiter.take(`t_${i}`);
    expect(limiter.size).toBe(1010);
    now = 60_000; // the first thousand ended: the next request drops them
    limiter.take('u');
    expect(limiter.size).toBe(11);
  });
});
