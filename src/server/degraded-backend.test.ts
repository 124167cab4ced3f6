import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBackend, startBackend } from '../backend/index.ts';
import { testConfig } from '../backend/testing/test-backend.ts';
import { type FaultyProxy, startFaultyProxy } from '../testing/faulty-proxy.ts';
import { parseBotConfig } from './config/parse-bot-config.ts';
import { DEADLINE_REPLY } from './conversation/conversation-service.ts';
import { type RunningBot, startBot } from './start-bot.ts';

interface Reply {
  events: Array<{ type: string; text?: string; items?: Array<{ name: string }> }>;
  session: {
    pending: { kind: string } | null;
    order: { id: string } | null;
    cart: { lines: unknown[] } | null;
  };
}

const KITCHEN = /can't reach the kitchen right now, so I couldn't update your order/;
const STALE = /from the last menu I have and may be out of date/;

/**
 * The real core and the real backend, with a fault-injecting proxy between them: the backend frozen
 * (accepts, never answers) or down (refuses). Small timeouts so the test is quick; the defaults are
 * BACKEND_TIMEOUT_MS=2500 and TURN_DEADLINE_MS=4500 (a reply within 5 s).
 */
describe('degraded modes: the backend frozen or down', () => {
  let backend: RunningBackend;
  let proxy: FaultyProxy;
  let bot: RunningBot;
  let dataDir: string;
  let session: { sessionId: string; token: string };

  const say = async (text: string): Promise<Reply & { text: string }> => {
    const res = await fetch(`${bot.url}/v1/sessions/${session.sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(200);
    const reply = (await res.json()) as Reply;
    const said = reply.events
      .filter((e) => e.type === 'text')
      .map((e) => e.text)
      .join(' ');
    return { ...reply, text: said };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'maitre-degraded-'));
    backend = await startBackend(testConfig({ DATA_DIR: dataDir, VENUE: 'spice-route' }));
    proxy = await startFaultyProxy(backend.url);
    bot = await startBot(
      parseBotConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        SHED_MAX_EVENT_LOOP_DELAY_MS: '0', // a busy test machine must not shed
        SHED_MAX_TURNS_IN_FLIGHT: '0',
        BACKEND_MENU_FRESH_MS: '0', // every menu read asks the backend (a menu read within the last second is fresh, not stale)
        VENUE: 'spice-route',
        DATA_DIR: dataDir,
        WEBHOOK_SECRET: 'degraded-secret-0123456789',
        BACKEND_TIMEOUT_MS: '1000',
        TURN_DEADLINE_MS: '5000',
      }),
      { backend: { url: proxy.url, serviceToken: backend.serviceToken } },
    );
    await bot.webhookRegistered;
    session = (await (await fetch(`${bot.url}/v1/sessions`, { method: 'POST' })).json()) as typeof session;
  });
  afterAll(async () => {
    await bot?.close();
    await proxy?.close();
    await backend?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('up to the order summary while the backend answers', async () => {
    expect((await say('what vegan dishes do you have?')).text).not.toMatch(STALE);
    await say('two butter chicken please');
    let last: Reply | undefined;
    for (const text of ['checkout', 'pickup', 'Sam', '+1 555 123 4567', 'cash', 'no']) last = await say(text);
    expect(last?.session.pending?.kind).toBe('confirm_order');
  });

  it('frozen: a menu question answers from the last menu, saying it may be out of date', async () => {
    proxy.setMode('frozen');
    const reply = await say('what vegan dishes do you have?');
    expect(reply.text).toMatch(STALE);
    expect(reply.events.some((e) => e.type === 'item_list' && (e.items?.length ?? 0) > 0)).toBe(true);
    expect(reply.text).not.toMatch(/something went wrong|snag/i);
    // the summary is still what a yes would confirm
    expect(reply.session.pending?.kind).toBe('confirm_order');
  });

  it('frozen, at the confirmation step: a venue question is still answered', async () => {
    const reply = await say('what time do you close?');
    expect(reply.text).toMatch(/\d/); // the hours
    expect(reply.text).not.toMatch(/something went wrong|snag/i);
    expect(reply.session.pending?.kind).toBe('confirm_order');
  });

  it('frozen: "yes" is never confirmed; the kitchen cannot be reached and the question stays', async () => {
    const reply = await say('yes');
    expect(reply.text).toMatch(KITCHEN);
    expect(reply.text).not.toMatch(/placed|confirmed|on its way/i);
    expect(reply.session.order).toBeNull();
    expect(reply.session.pending?.kind).toBe('confirm_order');
  });

  it('down: a cart change says the kitchen cannot be reached and keeps the pending question', async () => {
    proxy.setMode('down');
    const reply = await say('add a mango lassi');
    expect(reply.text).toMatch(KITCHEN);
    expect(reply.text).not.toMatch(/^Added|added 1/i);
    expect(reply.session.pending?.kind).toBe('confirm_order');
    const shown = await say('show my order');
    expect(shown.text).toMatch(/can't reach the kitchen right now, so I can't look that up/);
    expect(shown.session.pending?.kind).toBe('confirm_order');
    const menu = await say('do you have anything vegetarian?');
    expect(menu.text).toMatch(STALE);
  });

  it('back up: the same "yes" places exactly the order the summary showed', async () => {
    proxy.setMode('up');
    const reply = await say('yes');
    expect(reply.session.order?.id).toMatch(/\w/);
    expect(reply.session.pending?.kind).not.toBe('confirm_order');
    expect(reply.text).not.toMatch(STALE);
  });

  it('a turn past its deadline answers kindly, keeps nothing and releases the lock', async () => {
    const slow = await startBot(
      parseBotConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        SHED_MAX_EVENT_LOOP_DELAY_MS: '0', // a busy test machine must not shed
        SHED_MAX_TURNS_IN_FLIGHT: '0',
        BACKEND_MENU_FRESH_MS: '0', // every menu read asks the backend (a menu read within the last second is fresh, not stale)
        VENUE: 'spice-route',
        DATA_DIR: dataDir,
        WEBHOOK_SECRET: 'degraded-secret-0123456789',
        BACKEND_TIMEOUT_MS: '60000',
        TURN_DEADLINE_MS: '1000',
      }),
      { backend: { url: proxy.url, serviceToken: backend.serviceToken } },
    );
    try {
      const created = (await (await fetch(`${slow.url}/v1/sessions`, { method: 'POST' })).json()) as {
        sessionId: string;
        token: string;
      };
      const send = (text: string) =>
        fetch(`${slow.url}/v1/sessions/${created.sessionId}/messages`, {
          method: 'POST',
          headers: { authorization: `Bearer ${created.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ text }),
        });
      proxy.setMode('frozen');
      const first = await send('two butter chicken please');
      expect(first.status).toBe(200);
      const body = (await first.json()) as Reply;
      expect(body.events).toEqual([{ type: 'text', text: DEADLINE_REPLY }]);
      expect(body.session.cart).toBeNull();
      // the lock was released: the next message runs at once (no 409 SESSION_BUSY); nothing was kept
      proxy.setMode('up');
      const second = await send('what time do you close?');
      expect(second.status).toBe(200);
      const view = (await second.json()) as Reply;
      expect(view.events).not.toEqual([{ type: 'text', text: DEADLINE_REPLY }]);
      expect(view.session.cart).toBeNull();
      expect(view.session.pending).toBeNull();
    } finally {
      proxy.setMode('up');
      await slow.close();
    }
  });
});
