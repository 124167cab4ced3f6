import { randomBytes } from 'node:crypto';
import type { WebhookSubscription } from '../../contract/backend-api.ts';
import type { WebhookSubscriptionTable } from '../db/schema.ts';
import type { BackendContext } from '../domain/backend-context.ts';
import { notFound } from '../domain/backend-error.ts';
import { runTransaction } from '../domain/run-transaction.ts';

/** Webhook subscriptions: each receives every order status event created after it subscribed. */
export class SubscriptionService {
  constructor(private readonly ctx: BackendContext) {}

  async create(url: string, secret?: string): Promise<WebhookSubscription> {
    const row: WebhookSubscriptionTable = {
      id: this.ctx.ids.next('whs'),
      url,
      secret: secret ?? `whsec_${randomBytes(24).toString('hex')}`,
      created_at: this.ctx.clock.now().toISOString(),
    };
    await this.ctx.db.insertInto('webhook_subscriptions').values(row).execute();
    this.ctx.logger.info({ event: 'webhook.subscribed', subscriptionId: row.id }, 'webhook.subscribed');
    return toDto(row);
  }

  async list(): Promise<WebhookSubscription[]> {
    const rows = await this.ctx.db
      .selectFrom('webhook_subscriptions')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toDto);
  }

  /** Removes the subscription and its undelivered events. */
  async remove(id: string): Promise<void> {
    await runTransaction(this.ctx, async (trx) => {
      const r = await trx.deleteFrom('webhook_subscriptions').where('id', '=', id).executeTakeFirst();
      if (Number(r.numDeletedRows) === 0) throw notFound('webhook subscription', id);
      await trx
        .deleteFrom('webhook_outbox')
        .where('subscription_id', '=', id)
        .where('status', '=', 'pending')
        .execute();
    });
    this.ctx.logger.info({ event: 'webhook.unsubscribed', subscriptionId: id }, 'webhook.unsubscribed');
  }
}

function toDto(row: WebhookSubscriptionTable): WebhookSubscription {
  return { id: row.id, url: row.url, secret: row.secret, createdAt: row.created_at };
}
