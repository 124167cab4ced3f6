/** The breaker's state: `closed` (calls go), `open` (calls fail fast), `half-open` (one trial call). */
export type BreakerState = 'closed' | 'open' | 'half-open';

/** Settings of a {@link CircuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit (≥ 1). */
  failureThreshold: number;
  /** Milliseconds the circuit stays open before one trial call is let through. */
  coolDownMs: number;
  /** Current time in ms (a fake clock in tests). */
  now: () => number;
  /** Called on every state change (for logs and metrics). */
  onStateChange?: (state: BreakerState) => void;
}

/**
 * A consecutive-failure circuit breaker (small code rather than `opossum`, whose current major needs
 * Node 22 and whose timers cannot be driven by a fake clock). Closed: calls go; `failureThreshold`
 * failures in a row open it. Open: {@link tryAcquire} refuses until `coolDownMs` has passed, then the
 * breaker is half-open and lets exactly one trial call through (others are still refused); the trial's
 * success closes it, its failure opens it again for another cool-down.
 * Which outcomes count as failures is the caller's choice (the adapter counts unavailability and
 * timeouts, not rate limits nor bad output).
 */
export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;

  constructor(private readonly options: CircuitBreakerOptions) {}

  /** The state now (an open breaker whose cool-down has passed reports `half-open`). */
  get state(): BreakerState {
    if (this.current === 'open' && this.options.now() - this.openedAt >= this.options.coolDownMs)
      return 'half-open';
    return this.current;
  }

  /** Milliseconds until an open breaker lets a trial through (0 when not open). */
  retryInMs(): number {
    return this.current === 'open'
      ? Math.max(0, this.openedAt + this.options.coolDownMs - this.options.now())
      : 0;
  }

  /** Whether a call may go now; when it returns true the caller must report {@link success} or {@link failure}. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    if (this.current !== 'half-open') this.transition('half-open');
    this.trialInFlight = true;
    return true;
  }

  /** The call succeeded (or failed in a way that proves the model is up): close. */
  success(): void {
    this.failures = 0;
    this.trialInFlight = false;
    if (this.current !== 'closed') this.transition('closed');
  }

  /** The call failed: count it; open at the threshold, or again after a failed trial. */
  failure(): void {
    this.failures += 1;
    const wasTrial = this.trialInFlight;
    this.trialInFlight = false;
    if (wasTrial || this.failures >= this.options.failureThreshold) {
      this.openedAt = this.options.now();
      this.transition('open');
    }
  }

  /** The call ended without telling anything about the model (aborted by the caller): free the trial slot. */
  release(): void {
    this.trialInFlight = false;
  }

  private transition(state: BreakerState): void {
    this.current = state;
    this.options.onStateChange?.(state);
  }
}
