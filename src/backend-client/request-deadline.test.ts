import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestDeadline } from './request-deadline.ts';

describe('requestDeadline', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('aborts once its budget is spent, with a TimeoutError as AbortSignal.timeout', () => {
    vi.useFakeTimers();
    const deadline = requestDeadline(1000, new AbortController().signal);
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
    const deadline = requestDeadline(60_000, turn.signal);
    turn.abort(new Error('turn abandoned'));
    expect(deadline.signal.aborted).toBe(true);
    expect((deadline.signal.reason as Error).message).toBe('turn abandoned');
    deadline.release();
    const late = requestDeadline(60_000, turn.signal);
    expect(late.signal.aborted).toBe(true);
    late.release();
  });

  it('aborts no more once released', () => {
    vi.useFakeTimers();
    const turn = new AbortController();
    const deadline = requestDeadline(1000, turn.signal);
    deadline.release();
    vi.advanceTimersByTime(5000);
    turn.abort();
    expect(deadline.signal.aborted).toBe(false);
  });

  it('works without a turn (the long-lived client)', () => {
    vi.useFakeTimers();
    const deadline = requestDeadline(10);
    vi.advanceTimersByTime(10);
    expect(deadline.signal.aborted).toBe(true);
  });
});
