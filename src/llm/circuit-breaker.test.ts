import { describe, expect, it } from 'vitest';
import { type BreakerState, CircuitBreaker } from './circuit-breaker.ts';

function breaker(threshold = 3) {
  let now = 0;
  const changes: BreakerState[] = [];
  const b = new CircuitBreaker({
    failureThreshold: threshold,
    coolDownMs: 1000,
    now: () => now,
    onStateChange: (s) => changes.push(s),
  });
  return { b, changes, advance: (ms: number) => (now += ms) };
}

describe('CircuitBreaker', () => {
  it('opens after consecutive failures only; a success resets the count', () => {
    const { b } = breaker(3);
    b.tryAcquire();
    b.failure();
    b.tryAcquire();
    b.failure();
    b.tryAcquire();
    b.success();
    b.tryAcquire();
    b.failure();
    b.tryAcquire();
    b.failure();
    expect(b.state).toBe('closed');
    b.tryAcquire();
    b.failure();
    expect(b.state).toBe('open');
    expect(b.tryAcquire()).toBe(false);
    expect(b.retryInMs()).toBe(1000);
  });

  it('lets exactly one trial through after the cool-down', () => {
    const { b, advance, changes } = breaker(1);
    b.tryAcquire();
    b.failure();
    advance(999);
    expect(b.tryAcquire()).toBe(false);
    advance(1);
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(false);
    b.success();
    expect(b.state).toBe('closed');
    expect(changes).toEqual(['open', 'half-open', 'closed']);
  });

  it('a failed trial reopens for a full cool-down; a released trial frees the slot', () => {
    const { b, advance } = breaker(1);
    b.tryAcquire();
    b.failure();
    advance(1000);
    b.tryAcquire();
    b.release();
    expect(b.tryAcquire()).toBe(true);
    b.failure();
    expect(b.state).toBe('open');
    advance(999);
    expect(b.tryAcquire()).toBe(false);
  });
});
