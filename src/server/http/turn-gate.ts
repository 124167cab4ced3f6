/**
 * A bound on the turns one process has in flight (read, queued for their session's lock or running):
 * `tryEnter` takes a place, or refuses when `max` are taken, and `leave` gives it back. With the bound,
 * a turn admitted under overload waits behind at most `max - 1` others, so its latency stays near
 * `max` / throughput instead of growing with the queue; the excess is refused at once (503
 * `OVERLOADED`). `max` 0 means no bound.
 */
export class TurnGate {
  private taken = 0;

  constructor(readonly max: number) {}

  /** Takes a place for one turn; false (nothing taken) when the bound is reached. */
  tryEnter(): boolean {
    if (this.max > 0 && this.taken >= this.max) return false;
    this.taken++;
    return true;
  }

  /** Gives back a place taken by `tryEnter`. */
  leave(): void {
    if (this.taken > 0) this.taken--;
  }

  /** Turns in flight now. */
  get inFlight(): number {
    return this.taken;
  }
}
