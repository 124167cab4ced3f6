import { type EventLoopUtilization, performance } from 'node:perf_hooks';

/**
 * Sample intervals the bot's utilization covers (`SHED_SAMPLE_INTERVAL_MS` each: 300 ms at the default
 * 50 ms): long enough that one garbage collection or slow turn is a small share, short enough that a
 * queue building at 150 % of capacity is refused within a few tenths of a second.
 */
export const UTILIZATION_SAMPLES = 6;

/** Reads the event loop's cumulative idle and active time (ms), as `performance.eventLoopUtilization()`. */
export type LoopTimes = () => Pick<EventLoopUtilization, 'idle' | 'active'>;

/**
 * The share of wall time this process's event loop was busy over the last `samples` sample intervals
 * (event-loop utilization, ELU, from 0 to 1: Node's `performance.eventLoopUtilization`, wall time
 * outside the loop's wait for I/O). Busy time counts running JavaScript, garbage collection and time
 * taken away by other processes while the loop runs (not the wake-up latency of an idle loop), so the
 * figure nears 1 when the loop has more work than it can do, sooner when several processes share too
 * few cores. Over a window of several samples a single pause (a garbage
 * collection, one slow turn) moves it by its share of the window only, unlike the event-loop delay of
 * one sample. Sampled by an unref'd timer; `stop()` ends it.
 */
export class UtilizationWindow {
  private readonly active: number[];
  private readonly total: number[];
  private at = 0;
  private last: { idle: number; active: number };
  private readonly timer: NodeJS.Timeout;

  /**
   * @param sampleIntervalMs how often the loop's times are read (ms)
   * @param samples how many of the latest intervals the utilization covers (≥ 1)
   * @param times the clock of busy and idle time (tests pass a fake)
   */
  constructor(
    sampleIntervalMs: number,
    samples: number,
    private readonly times: LoopTimes = () => performance.eventLoopUtilization(),
  ) {
    this.active = new Array<number>(Math.max(1, samples)).fill(0);
    this.total = new Array<number>(Math.max(1, samples)).fill(0);
    this.last = { ...times() };
    this.timer = setInterval(() => this.sample(), sampleIntervalMs);
    this.timer.unref();
  }

  /** Records the interval since the last sample (called by the timer; public for tests). */
  sample(): void {
    const now = this.times();
    const active = now.active - this.last.active;
    const idle = now.idle - this.last.idle;
    this.last = { idle: now.idle, active: now.active };
    this.active[this.at] = active;
    this.total[this.at] = active + idle;
    this.at = (this.at + 1) % this.active.length;
  }

  /** Busy share of the window, 0 to 1 (0 before the first sample). */
  get utilization(): number {
    let active = 0;
    let total = 0;
    for (let i = 0; i < this.total.length; i++) {
      active += this.active[i]!;
      total += this.total[i]!;
    }
    return total > 0 ? active / total : 0;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
