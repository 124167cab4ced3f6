import type { Clock } from '../core/ports/index.ts';

/** A clock that stands still (or moves only when told), for reproducible turns. */
export function fixedClock(iso = '2026-01-01T12:00:00Z'): Clock & { advance(ms: number): void } {
  let now = new Date(iso).getTime();
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
  };
}
