import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestDeadline } from './request-deadline.ts';
import { TurnAbort } from './turn-abort.ts';
import { TurnWatch } from './turn-watch.ts';

describe('requestDeadline', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('aborts once its budget is spent, with a TimeoutError as AbortSignal.timeout', () => {
    vi.useFakeTimers();
    const deadline = requestDeadline(1000, new TurnWatch(new AbortController().signal));
    vi.advanceTimersByTime(999);
    expect(deadline.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(deadline.signal.aborted).toBe(true);
    const reason = deadline.signal.reason as DOMException;
    expect(reason.name).toBe('TimeoutError');
    expect(reason.message).toBe('The operation was aborted due to timeout');
  });

  it("aborts with the turn's reason when the turn is abandoned, or already was", () => {
    const turn = new AbortController();
    const watch = new TurnWatch(turn.signal);
    const deadline = requestDeadline(60_000, watch);
    turn.abort(new Error('turn abandoned'));
    expect(deadline.signal.aborted).toBe(true);
    expect((deadline.signal.reason as Error).message).toBe('turn abandoned');
    deadline.release();
    const late = requestDeadline(60_000, watch);
    expect(late.signal.aborted).toBe(true);
    late.release();
  });

  it('aborts no more once released', () => {
    vi.useFakeTimers();
    const turn = new AbortController();
    const deadline = requestDeadline(1000, new TurnWatch(turn.signal));
    deadline.release();
    vi.advanceTimersByTime(5000);
    turn.abort();
    expect(deadline.signal.aborted).toBe(false);
  });

  it("one watch of the turn aborts every call still running with the turn's reason, not those released", () => {
    const turn = new AbortController();
    const watch = new TurnWatch(turn.signal);
    const first = requestDeadline(60_000, watch);
    const second = requestDeadline(60_000, watch);
    const done = requestDeadline(60_000, watch);
    done.release();
    const reasons: unknown[] = [];
    second.onAbort((reason) => reasons.push(reason));
    turn.abort(new Error('turn abandoned'));
    expect([first.aborted, second.aborted, done.aborted]).toEqual([true, true, false]);
    expect((reasons[0] as Error).message).toBe('turn abandoned');
    first.release();
    second.release();
  });

  it('works without a turn (the long-lived client)', () => {
    vi.useFakeTimers();
    const deadline = requestDeadline(10);
    vi.advanceTimersByTime(10);
    expect(deadline.signal.aborted).toBe(true);
  });

  it('a TurnAbort aborts the calls of its turn as an AbortController does, with its reason or an AbortError', () => {
    const turn = new TurnAbort();
    const watch = new TurnWatch(turn);
    const running = requestDeadline(60_000, watch);
    turn.abort(new Error('turn abandoned'));
    turn.abort(new Error('second reason'));
    expect(running.aborted).toBe(true);
    expect((running.reason as Error).message).toBe('turn abandoned');
    running.release();
    const late = requestDeadline(60_000, watch);
    expect(late.aborted).toBe(true);
    late.release();
    const plain = new TurnAbort();
    plain.abort();
    expect((plain.reason as DOMException).name).toBe('AbortError');
  });
});
