import type { RequestDeadline } from './request-deadline.ts';
import type { TurnSignal } from './turn-abort.ts';

/**
 * A turn's abort signal, watched for all the backend calls of the turn with one listener (added when
 * the watch is made, on the turn's first call, and left until the signal aborts or is dropped with its
 * turn) instead of one listener added and removed per call: EventTarget's bookkeeping for that pair
 * cost more than the rest of a call's deadline. When the signal aborts, every call still running is
 * aborted with its reason, in the order they started. One watch per signal: a signal that outlives its
 * turn would keep one listener per watch.
 */
export class TurnWatch {
  private readonly running = new Set<RequestDeadline>();

  constructor(readonly signal: TurnSignal) {
    if (signal.aborted) return;
    signal.addEventListener(
      'abort',
      () => {
        for (const deadline of this.running) deadline.abort(signal.reason);
      },
      { once: true },
    );
  }

  /** Aborts `deadline` when the turn's signal aborts, until `delete`. */
  add(deadline: RequestDeadline): void {
    this.running.add(deadline);
  }

  /** Stops watching for `deadline` (its call ended). */
  delete(deadline: RequestDeadline): void {
    this.running.delete(deadline);
  }
}
