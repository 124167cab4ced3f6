import pRetry from 'p-retry';
import { WebhookSubscription } from '../contract/backend-api.ts';
import type { Logger } from '../core/ports/logger.ts';

/**
 * Subscribes `<publicUrl>/webhooks/backend` with the backend (service token). An existing subscription
 * for the same URL and secret is kept (replicas share it); one with another secret is replaced.
 */
export async function registerWebhook(options: {
  backendUrl: string;
  serviceToken: string;
  publicUrl: string;
  secret: string;
  logger: Logger;
  retries?: number;
}): Promise<void> {
  const url = `${options.publicUrl}/webhooks/backend`;
  const base = `${options.backendUrl}/api/webhooks/subscriptions`;
  const headers = { authorization: `Bearer ${options.serviceToken}`, 'content-type': 'application/json' };
  await pRetry(
    async () => {
      const listed = await fetch(base, { headers, signal: AbortSignal.timeout(5000) });
      if (!listed.ok) throw new Error(`listing subscriptions: HTTP ${listed.status}`);
      const subscriptions = WebhookSubscription.array().parse(await listed.json());
      const mine = subscriptions.filter((s) => s.url === url);
      if (mine.some((s) => s.secret === options.secret)) {
        options.logger.info({ url }, 'webhook.subscription_exists');
        return;
      }
      for (const stale of mine)
        await fetch(`${base}/${encodeURIComponent(stale.id)}`, {
          method: 'DELETE',
          headers,
          signal: AbortSignal.timeout(5000),
        });
      const created = await fetch(base, {
        method: 'POST',
        headers,
        body: JSON.stringify({ url, secret: options.secret }),
        signal: AbortSignal.timeout(5000),
      });
      if (!created.ok) throw new Error(`subscribing: HTTP ${created.status}`);
      options.logger.info({ url }, 'webhook.subscribed');
    },
    { retries: options.retries ?? 8, minTimeout: 250, maxTimeout: 5000 },
  );
}
