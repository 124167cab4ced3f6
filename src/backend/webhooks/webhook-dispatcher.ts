import type { Logger } from 'pino';
import type { Clock } from '../../core/ports/index.ts';
import type { Db, WebhookOutboxTable } from '../db/schema.ts';
import type { OutboxSignal } from '../domain/outbox-signal.ts';
import { signWebhook } from './sign-webhook.ts';

export interface WebhookDispatcherOptions {
  /**
   * Safety poll (ms): the longest the dispatcher sleeps. It is woken when this process commits outbox
   * rows and sleeps only until the next retry is due, so the poll only finds rows committed by another
   * process (or left by one that stopped mid-delivery).
   */
  pollMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  timeoutMs: number;
  /** Rows handled per pass; a full pass is followed by another at once. */
  batchSize?: number;
}

/**
 * Delivers the persisted outbox: every due `pending` row is claimed (a conditional update pushing
 * its next attempt past the request timeout, so two processes never send it at once), POSTed with
 * `Maitre-Signature` and `Maitre-Event-Id`, then marked `delivered`, rescheduled with exponential
 * backoff, or marked `dead` after `maxAttempts`. State lives in the database, so a restart loses nothing.
 * A pass runs when `signal` says rows were committed, when the earliest retry falls due, and at least
 * every `pollMs`; an idle dispatcher does not touch the database in between. Within a pass, one
 * order's events to one subscription are sent one after another, oldest first (they were sent side by
 * side); a failed one is retried later without holding the others back, so receivers still order
 * events by their data (status, createdAt).
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private unlisten: (() => void) | undefined;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly options: WebhookDispatcherOptions,
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly signal?: OutboxSignal,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unlisten = this.signal?.listen(() => this.wake());
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unlisten?.();
    this.unlisten = undefined;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Runs a pass now, or right after the one in progress (rows were just committed). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pass(), delay);
    this.timer.unref();
  }

  private pass(): void {
    this.again = false;
    const batchSize = this.options.batchSize ?? 20;
    this.running = this.tick()
      .then((attempted) => (attempted >= batchSize ? 0 : this.untilNextDue()))
      .catch((error: unknown) => {
        this.logger.error(
          { event: 'webhook.dispatch_failed', err: String(error) },
          'webhook.dispatch_failed',
        );
        return this.options.pollMs;
      })
      .then((delay) => {
        this.running = undefined;
        this.schedule(this.again ? 0 : delay);
      });
  }

  /** Milliseconds until the earliest pending row is due, at most `pollMs` (and at least 10). */
  private async untilNextDue(): Promise<number> {
    const row = await this.db
      .selectFrom('webhook_outbox')
      .select((eb) => eb.fn.min('next_attempt_at').as('next'))
      .where('status', '=', 'pending')
      .executeTakeFirst();
    const next = row?.next == null ? Number.NaN : Date.parse(String(row.next));
    const wait = Number.isNaN(next) ? this.options.pollMs : next - this.clock.now().getTime();
    return Math.min(this.options.pollMs, Math.max(10, wait));
  }

  /** One pass over the due rows; returns how many it attempted. */
  async tick(): Promise<number> {
    const now = this.clock.now();
    const due = await this.db
      .selectFrom('webhook_outbox')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now.toISOString())
      .orderBy('created_at')
      .orderBy('id')
      .limit(this.options.batchSize ?? 20)
      .execute();
    const lease = new Date(now.getTime() + this.options.timeoutMs + 5000).toISOString();
    // One chain per (subscription, order), oldest first: sent in turn, the chains side by side.
    const chains = new Map<string, WebhookOutboxTable[]>();
    for (const row of due) {
      const r = await this.db
        .updateTable('webhook_outbox')
        .set({ next_attempt_at: lease })
        .where('id', '=', row.id)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '=', row.next_attempt_at)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) continue;
      const key = `${row.subscription_id} ${orderIdOf(row.payload)}`;
      const chain = chains.get(key);
      if (chain) chain.push(row);
      else chains.set(key, [row]);
    }
    await Promise.all([...chains.values()].map((chain) => this.deliverInTurn(chain)));
    let attempted = 0;
    for (const chain of chains.values()) attempted += chain.length;
    return attempted;
  }

  /** Delivers `chain` in order, each row once its predecessor's attempt is recorded. */
  private async deliverInTurn(chain: WebhookOutboxTable[]): Promise<void> {
    for (const row of chain) await this.deliver(row);
  }

  private async deliver(row: WebhookOutboxTable): Promise<void> {
    const sub = await this.db
      .selectFrom('webhook_subscriptions')
      .selectAll()
      .where('id', '=', row.subscription_id)
      .executeTakeFirst();
    const attempts = Number(row.attempts) + 1;
    if (!sub) {
      await this.finish(row.id, { status: 'dead', attempts, last_error: 'subscription deleted' });
      return;
    }
    let error: string | null = null;
    try {
      const response = await this.fetchImpl(sub.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Maitre-Webhooks/1',
          'maitre-event-id': row.event_id,
          'maitre-signature': signWebhook(sub.secret, row.payload, this.clock.now().getTime() / 1000),
        },
        body: row.payload,
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'manual',
      });
      await response.body?.cancel().catch(() => {});
      if (response.status < 200 || response.status >= 300) error = `HTTP ${response.status}`;
    } catch (e) {
      error = e instanceof Error ? e.name : 'network error';
    }
    const log = { deliveryId: row.id, eventId: row.event_id, subscriptionId: sub.id, attempts };
    if (error === null) {
      await this.finish(row.id, {
        status: 'delivered',
        attempts,
        delivered_at: this.clock.now().toISOString(),
      });
      this.logger.info({ event: 'webhook.delivered', ...log }, 'webhook.delivered');
    } else if (attempts >= this.options.maxAttempts) {
      await this.finish(row.id, { status: 'dead', attempts, last_error: error });
      this.logger.warn({ event: 'webhook.dead', ...log, error }, 'webhook.dead');
    } else {
      const delay = Math.min(this.options.retryMaxMs, this.options.retryBaseMs * 2 ** (attempts - 1));
      const next = new Date(this.clock.now().getTime() + delay).toISOString();
      await this.finish(row.id, { attempts, last_error: error, next_attempt_at: next });
      this.logger.info(
        { event: 'webhook.retry_scheduled', ...log, error, delayMs: delay },
        'webhook.retry_scheduled',
      );
    }
  }

  private async finish(id: string, values: Partial<WebhookOutboxTable>): Promise<void> {
    await this.db.updateTable('webhook_outbox').set(values).where('id', '=', id).execute();
  }
}

/** The order an outbox payload (an OrderStatusEvent's JSON) is about, or '' when it names none. */
function orderIdOf(payload: string): string {
  try {
    const id = (JSON.parse(payload) as { data?: { orderId?: unknown } }).data?.orderId;
    return typeof id === 'string' ? id : '';
  } catch {
    return '';
  }
}
