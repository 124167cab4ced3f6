/** A backend call's abort signal and the way to let go of it once the call is done. */
export interface RequestDeadline {
  signal: AbortSignal;
  /** Stops the timer and the watch on the turn's signal (call once the answer is read or the call failed). */
  release(): void;
}

/**
 * The signal of one backend call: it aborts after `budgetMs` (with a `TimeoutError` DOMException, as
 * `AbortSignal.timeout`'s) or as soon as `turn` aborts (with its reason), whichever comes first. What
 * `AbortSignal.any([AbortSignal.timeout(budgetMs), turn])` gives, at a twentieth of its CPU time: that
 * pair costs about 20 µs a call in Node 20 (weak references, a timer left running until it fires),
 * and every turn makes a call or two. `release` must be called when the call ends.
 */
export function requestDeadline(budgetMs: number, turn?: AbortSignal): RequestDeadline {
  const controller = new AbortController();
  if (turn?.aborted) controller.abort(turn.reason);
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    budgetMs,
  );
  timer.unref();
  const onAbort = () => controller.abort(turn?.reason);
  turn?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    release: () => {
      clearTimeout(timer);
      turn?.removeEventListener('abort', onAbort);
    },
  };
}
