import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** How a turn ended, as `maitre_turn_duration_seconds{outcome}` tells it. */
export type TurnOutcomeLabel = 'ok' | 'error' | 'deadline';

/** The bot's Prometheus metrics, in a registry of its own (several apps may share a process in tests). */
export class BotMetrics {
  readonly registry = new Registry();
  readonly turnDuration: Histogram<'outcome'>;
  readonly turns: Counter<'intent'>;
  readonly fallbacks: Counter;
  readonly clarifications: Counter;
  readonly handoffs: Counter;
  readonly ordersPlaced: Counter<'currency'>;
  readonly orderValue: Histogram<'currency'>;
  readonly rateLimited: Counter<'scope'>;
  /** Requests answered 503 by load shedding, by the threshold passed. */
  readonly shed: Counter<'reason'>;
  readonly webhooks: Counter<'result'>;
  readonly pushes: Counter<'channel'>;
  /**
   * `turnDuration` bound to each outcome once: the label object is built once (prom-client 15 still
   * validates and hashes it on every observation).
   */
  private readonly turnOutcomes: Record<TurnOutcomeLabel, { observe(seconds: number): void }>;
  /** Sessions by their last turn (seconds since `epoch`: small integers), oldest first. */
  private readonly recent = new Map<string, number>();
  private readonly epoch = Date.now();

  constructor(private readonly activeWindowMs = 5 * 60_000) {
    const registers = [this.registry];
    this.turnDuration = new Histogram({
      name: 'maitre_turn_duration_seconds',
      help: 'Time to answer one message (lock wait excluded), by outcome',
      labelNames: ['outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.turnOutcomes = {
      ok: this.turnDuration.labels('ok'),
      error: this.turnDuration.labels('error'),
      deadline: this.turnDuration.labels('deadline'),
    };
    this.turns = new Counter({
      name: 'maitre_turns_total',
      help: 'Turns by primary intent',
      labelNames: ['intent'],
      registers,
    });
    this.fallbacks = new Counter({ name: 'maitre_fallbacks_total', help: 'Turns not understood', registers });
    this.clarifications = new Counter({
      name: 'maitre_clarifications_total',
      help: 'Turns that ended with a clarifying question',
      registers,
    });
    this.handoffs = new Counter({ name: 'maitre_handoffs_total', help: 'Hand-offs to a person', registers });
    this.ordersPlaced = new Counter({
      name: 'maitre_orders_placed_total',
      help: 'Orders placed through the bot',
      labelNames: ['currency'],
      registers,
    });
    this.orderValue = new Histogram({
      name: 'maitre_order_value_minor_units',
      help: 'Order totals in minor units (cents)',
      labelNames: ['currency'],
      buckets: [500, 1000, 2000, 3000, 5000, 7500, 10_000, 20_000, 50_000],
      registers,
    });
    this.rateLimited = new Counter({
      name: 'maitre_rate_limited_total',
      help: 'Requests refused with 429',
      labelNames: ['scope'],
      registers,
    });
    this.shed = new Counter({
      name: 'maitre_shed_total',
      help: 'Requests refused with 503 by load shedding, by reason (eventLoopDelay, heapUsedBytes, rssBytes, turnsInFlight)',
      labelNames: ['reason'],
      registers,
    });
    this.webhooks = new Counter({
      name: 'maitre_webhooks_total',
      help: 'Backend webhooks received, by result',
      labelNames: ['result'],
      registers,
    });
    this.pushes = new Counter({
      name: 'maitre_pushes_total',
      help: 'Notifications delivered live, by channel',
      labelNames: ['channel'],
      registers,
    });
    const forgetIdle = () => this.forgetIdle();
    const recent = this.recent;
    new Gauge({
      name: 'maitre_active_sessions',
      help: 'Sessions with a turn on this replica in the last 5 minutes',
      registers,
      collect() {
        forgetIdle();
        this.set(recent.size);
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: 'maitre_' });
  }

  /** Counts one turn's duration (seconds, lock wait excluded) in `turnDuration` under its outcome. */
  observeTurn(outcome: TurnOutcomeLabel, seconds: number): void {
    this.turnOutcomes[outcome].observe(seconds);
  }

  sessionActive(sessionId: string): void {
    this.recent.delete(sessionId);
    this.recent.set(sessionId, this.seconds());
    this.forgetIdle();
    if (this.recent.size > 200_000) {
      const oldest = this.recent.keys().next().value;
      if (oldest !== undefined) this.recent.delete(oldest);
    }
  }

  /** Drops sessions idle for longer than the window, from the oldest (the map is in last-turn order). */
  private forgetIdle(): void {
    const cutoff = this.seconds() - this.activeWindowMs / 1000;
    for (const [id, at] of this.recent) {
      if (at >= cutoff) return;
      this.recent.delete(id);
    }
  }

  private seconds(): number {
    return Math.floor((Date.now() - this.epoch) / 1000);
  }
}
