import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBackend, startBackend } from '../backend/index.ts';
import { testConfig } from '../backend/testing/test-backend.ts';
import type { BotContext } from './bot-context.ts';
import { parseBotConfig } from './config/parse-bot-config.ts';
import { type RunningBot, startBot } from './start-bot.ts';

interface Reply {
  events: Array<{ type: string; text?: string; lines?: Array<{ name: string }>; total?: unknown }>;
  session: { cart: { lines: Array<{ name: string }>; totals: { total: { amount: number } } } | null };
}

/**
 * The session view's cart is the backend's last answer, carried from turn to turn while nothing can
 * have changed it, instead of a GET per turn; the order summary and the confirmation still read the
 * cart fresh, so a cart changed behind the bot's back is never summarised or ordered stale.
 */
describe('the cart is reused between turns, never at the summary or the confirmation', () => {
  let backend: RunningBackend;
  let bot: RunningBot;
  let dataDir: string;
  let session: { sessionId: string; token: string };
  let requests: string[] = [];
  const onRequest = (message: unknown) => {
    const { request } = message as { request: { method: string; path: string; origin?: unknown } };
    if (request.path.startsWith('/api/')) requests.push(`${request.method} ${request.path}`);
  };

  /** One turn: its reply and the backend requests the bot made for it. */
  const say = async (text: string): Promise<Reply & { calls: string[] }> => {
    requests = [];
    const res = await fetch(`${bot.url}/v1/sessions/${session.sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(200);
    const reply = (await res.json()) as Reply;
    return { ...reply, calls: requests };
  };
  const cartReads = (calls: string[]) => calls.filter((c) => /^GET \/api\/carts\//.test(c)).length;

  /** Calls the backend as the session's customer would (another device, the venue's staff...). */
  const asCustomer = async (method: string, path: string, body?: unknown) => {
    const { deps } = (bot.app as unknown as { botContext: BotContext }).botContext;
    const state = await deps.sessions.get(session.sessionId);
    const issued = (await (
      await fetch(`${backend.url}/api/auth/customer-tokens`, {
        method: 'POST',
        headers: { authorization: `Bearer ${backend.serviceToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ customerId: state?.customerId }),
      })
    ).json()) as { token: string };
    const res = await fetch(`${backend.url}${path.replace(':cart', state?.cartId ?? '')}`, {
      method,
      headers: { authorization: `Bearer ${issued.token}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    expect(res.ok).toBe(true);
    return (await res.json()) as { lines: Array<{ name: string }>; totals: { total: number } };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'maitre-cart-reuse-'));
    backend = await startBackend(testConfig({ DATA_DIR: dataDir, VENUE: 'spice-route' }));
    bot = await startBot(
      parseBotConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
        SHED_MAX_TURNS_IN_FLIGHT: '0',
        VENUE: 'spice-route',
        DATA_DIR: dataDir,
        WEBHOOK_SECRET: 'cart-reuse-secret-0123456789',
      }),
      { backend: { url: backend.url, serviceToken: backend.serviceToken } },
    );
    await bot.webhookRegistered;
    subscribe('undici:request:create', onRequest);
    session = (await (await fetch(`${bot.url}/v1/sessions`, { method: 'POST' })).json()) as typeof session;
  });
  afterAll(async () => {
    unsubscribe('undici:request:create', onRequest);
    await bot?.close();
    await backend?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('checkout details reuse the cart the backend last returned; the summary reads it again', async () => {
    const added = await say('a classic beef burger with cheddar cheese');
    expect(added.session.cart?.lines.map((l) => l.name)).toEqual(['Classic Beef Burger']);
    // a question that does not touch the cart: the view shows the cart the order turn got back
    const question = await say('do you have parking?');
    expect(cartReads(question.calls)).toBe(0);
    expect(question.session.cart).toEqual(added.session.cart);
    await say('checkout');
    const pickup = await say('pickup');
    for (const text of ['I am Ravi', '555-0100']) {
      const turn = await say(text);
      expect(turn.calls).toEqual([]);
      expect(turn.session.cart?.lines.map((l) => l.name)).toEqual(['Classic Beef Burger']);
      expect(turn.session.cart?.totals).toEqual(pickup.session.cart?.totals);
    }
    // the cart changes behind the bot's back (not through this conversation's turns)
    const changed = await asCustomer('POST', '/api/carts/:cart/lines', { itemId: 'samosa', quantity: 2 });
    await say('upi');
    const summary = await say('no notes');
    expect(cartReads(summary.calls)).toBe(1);
    const card = summary.events.find((e) => e.type === 'order_summary');
    expect(card?.lines?.map((l) => l.name)).toEqual(changed.lines.map((l) => l.name));
    expect(summary.session.cart?.totals.total.amount).toBe(changed.totals.total);
    const placed = await say('yes');
    expect(cartReads(placed.calls)).toBe(1);
    expect(placed.calls).toContain('POST /api/orders');
  });

  it('a change behind the bot after the summary is caught at the confirmation: no stale order', async () => {
    session = (await (await fetch(`${bot.url}/v1/sessions`, { method: 'POST' })).json()) as typeof session;
    await say('a classic beef burger with cheddar cheese');
    for (const text of ['checkout', 'pickup', 'I am Ravi', '555-0100', 'cash', 'no notes']) await say(text);
    await asCustomer('POST', '/api/carts/:cart/lines', { itemId: 'samosa', quantity: 1 });
    const yes = await say('yes');
    // the summary no longer matches the cart: shown again, fresh, nothing placed
    expect(yes.calls).not.toContain('POST /api/orders');
    const card = yes.events.find((e) => e.type === 'order_summary');
    expect(card?.lines?.map((l) => l.name)).toEqual(['Classic Beef Burger', 'Samosa']);
  });
});
