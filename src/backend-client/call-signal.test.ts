import { afterEach, describe, expect, it, vi } from 'vitest';
import { callSignal } from './call-signal.ts';

describe('callSignal', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('aborts with a TimeoutError when the budget is spent', () => {
    vi.useFakeTimers();
    const call = callSignal(2500);
    vi.advanceTimersByTime(2499);
    expect(call.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(call.signal.aborted).toBe(true);
    expect((call.signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('aborts with the outer signal, and at once when it already had', () => {
    const turn = new AbortController();
    const call = callSignal(2500, turn.signal);
    turn.abort(new Error('deadline'));
    expect(call.signal.aborted).toBe(true);
    expect((call.signal.reason as Error).message).toBe('deadline');
    expect(callSignal(2500, turn.signal).signal.aborted).toBe(true);
    call.done();
  });

  it('done() drops the timer and the listener on the outer signal: an answered call holds nothing', () => {
    vi.useFakeTimers();
    const turn = new AbortController();
    const add = vi.spyOn(turn.signal, 'addEventListener');
    const remove = vi.spyOn(turn.signal, 'removeEventListener');
    const calls = Array.from({ length: 100 }, () => callSignal(2500, turn.signal));
    expect(vi.getTimerCount()).toBe(100);
    for (const call of calls) call.done();
    expect(vi.getTimerCount()).toBe(0);
    expect(remove).toHaveBeenCalledTimes(add.mock.calls.length);
    vi.advanceTimersByTime(5000);
    expect(calls.every((c) => !c.signal.aborted)).toBe(true);
  });
});
