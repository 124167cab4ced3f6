import type { Logger } from 'pino';
import type { Clock } from '../../core/ports/index.ts';
import type { Db, WebhookOutboxTable } from '../db/schema.ts';
import { signWebhook } from './sign-webhook.ts';

export interface WebhookDispatcherOptions {
  pollMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  timeoutMs: number;
  /** Rows handled per poll. */
  batchSize?: number;
}

/**
 * Delivers the persisted outbox: every due `pending` row is claimed (a conditional update pushing
 * its next attempt past the request timeout, so two processes never send it at once), POSTed with
 * `Maitre-Signature` and `Maitre-Event-Id`, then marked `delivered`, rescheduled with exponential
 * backoff, or marked `dead` after `maxAttempts`. State lives in the database, so a restart loses nothing.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly options: WebhookDispatcherOptions,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => {});
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error: unknown) =>
          this.logger.error(
            { event: 'webhook.dispatch_failed', err: String(error) },
            'webhook.dispatch_failed',
          ),
        )
        .finally(() => this.schedule(this.options.pollMs));
    }, delay);
    this.timer.unref();
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
    const claimed: WebhookOutboxTable[] = [];
    for (const row of due) {
      const r = await this.db
        .updateTable('webhook_outbox')
        .set({ next_attempt_at: lease })
        .where('id', '=', row.id)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '=', row.next_attempt_at)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 1) claimed.push(row);
    }
    await Promise.all(claimed.map((row) => this.deliver(row)));
    return claimed.length;
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
