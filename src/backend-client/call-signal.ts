/** The abort signal of one backend call, and `done()` to drop its timer once the call is over. */
export interface CallSignal {
  signal: AbortSignal;
  done(): void;
}

/**
 * A signal that aborts after `budgetMs` or when `outer` (a turn's signal) aborts, whichever comes first.
 * Unlike `AbortSignal.timeout` (whose timer and weak references live for the whole budget, answered or
 * not) and `AbortSignal.any` (which registers weak references on the outer signal), `done()` clears the
 * timer and the listener at once: a call answered in 2 ms holds nothing for the rest of its 2.5 s budget.
 */
export function callSignal(budgetMs: number, outer?: AbortSignal): CallSignal {
  const controller = new AbortController();
  if (outer?.aborted) {
    controller.abort(outer.reason);
    return { signal: controller.signal, done: () => {} };
  }
  const onOuterAbort = () => controller.abort(outer?.reason);
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    budgetMs,
  );
  timer.unref();
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}
