import type { TurnWatch } from './turn-watch.ts';

const TIMEOUT_MESSAGE = 'The operation was aborted due to timeout';

/**
 * The deadline of one backend call: it aborts after its budget (with a `TimeoutError` DOMException, as
 * `AbortSignal.timeout`'s) or as soon as the turn's signal aborts (with its reason), whichever comes
 * first. What `AbortSignal.any([AbortSignal.timeout(budgetMs), turn])` gives, at a fraction of its CPU
 * time: that pair costs about 20 µs a call in Node 20 (weak references, a timer left running until it
 * fires), and every turn makes a call or two. One timer; the turn's signal is watched once for all the
 * calls of the turn (TurnWatch), not once per call; no AbortController is made unless a transport asks
 * for `signal` (fetch needs one: the undici transport listens with `onAbort`). `release` must be called
 * when the call ends.
 */
export class RequestDeadline {
  /** True once the budget ran out or the turn aborted. */
  aborted = false;
  /** Why it aborted: the TimeoutError, or the turn's reason; undefined while not aborted. */
  reason: unknown = undefined;
  private listener: ((reason: unknown) => void) | undefined;
  private controller: AbortController | undefined;
  private readonly timer: NodeJS.Timeout;
  private readonly turn: TurnWatch | undefined;

  /** Starts the budget (ms) now; `turn`, when given, aborts the call too (at once if it already has). */
  constructor(budgetMs: number, turn?: TurnWatch) {
    this.timer = setTimeout(() => this.abort(new DOMException(TIMEOUT_MESSAGE, 'TimeoutError')), budgetMs);
    this.timer.unref();
    if (turn) {
      this.turn = turn;
      if (turn.signal.aborted) this.abort(turn.signal.reason);
      else turn.add(this);
    }
  }

  /** An AbortSignal that aborts with this deadline (made on first use: fetch transports need one). */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }

  /**
   * Calls `listener` with the reason when the deadline aborts (one listener; a later call replaces it).
   * Not called for an abort that already happened: check `aborted` first.
   */
  onAbort(listener: (reason: unknown) => void): void {
    this.listener = listener;
  }

  /** Aborts the call with `reason`, unless it already was (the first reason stays). */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.controller?.abort(reason);
    this.listener?.(reason);
  }

  /** Stops the timer and the watch on the turn's signal (call once the answer is read or the call failed). */
  release(): void {
    clearTimeout(this.timer);
    this.turn?.delete(this);
  }
}

/**
 * The deadline of one backend call: it aborts after `budgetMs` or as soon as `turn`'s signal aborts
 * (see RequestDeadline). `release` must be called when the call ends.
 */
export function requestDeadline(budgetMs: number, turn?: TurnWatch): RequestDeadline {
  return new RequestDeadline(budgetMs, turn);
}
