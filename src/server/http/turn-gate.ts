import type { UtilizationWindow } from './utilization-window.ts';

/** Why a turn was refused: the bound on turns in flight, or a busy event loop with a queue behind it. */
export type TurnRefusal = 'turnsInFlight' | 'eventLoopUtilization';

/**
 * Fewest turns in flight for the event loop's utilization to refuse a turn: shedding cannot shorten a
 * queue that is not there, so a lone customer's message after one slow turn (a cold first turn keeps
 * the loop busy for most of a window) is always taken.
 */
export const MIN_TURNS_IN_FLIGHT_TO_SHED = 4;

/** When the event loop counts as too busy to take another turn. */
export interface UtilizationBound {
  window: Pick<UtilizationWindow, 'utilization'>;
  /** Busy share of the window (0 to 1) above which turns are refused. */
  max: number;
}

/**
 * Admission of turns in one process (read, queued for their session's lock or running). `enter` takes
 * a place, or refuses when `max` are taken (`turnsInFlight`) or when the event loop was busier than
 * `utilization.max` over its window while at least `MIN_TURNS_IN_FLIGHT_TO_SHED` turns are in flight
 * (`eventLoopUtilization`); `leave` gives the place back. The count bounds a burst's queue at once; the
 * utilization keeps the rate admitted under what the process can serve (its busy time grows too when
 * several processes share too few cores, where each loop's delay stays low), so admitted
 * turns keep their latency under overload and the excess is refused at once (503 `OVERLOADED`). `max`
 * 0 means no bound on the count; no `utilization` means no check of it.
 */
export class TurnGate {
  private taken = 0;

  constructor(
    readonly max: number,
    private readonly utilization?: UtilizationBound,
  ) {}

  /** Whether this gate can ever refuse a turn. */
  get active(): boolean {
    return this.max > 0 || this.utilization !== undefined;
  }

  /** Takes a place for one turn and returns undefined, or returns why not (nothing taken). */
  enter(): TurnRefusal | undefined {
    if (this.max > 0 && this.taken >= this.max) return 'turnsInFlight';
    const u = this.utilization;
    if (u && this.taken >= MIN_TURNS_IN_FLIGHT_TO_SHED && u.window.utilization > u.max)
      return 'eventLoopUtilization';
    this.taken++;
    return undefined;
  }

  /** Gives back a place taken by `enter`. */
  leave(): void {
    if (this.taken > 0) this.taken--;
  }

  /** Turns in flight now. */
  get inFlight(): number {
    return this.taken;
  }
}
