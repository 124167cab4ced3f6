import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../backend/webhooks/sign-webhook.ts';
import { startTestBot, TEST_WEBHOOK_SECRET, type TestBot } from './testing/start-test-bot.ts';
import { createStubTurn } from './testing/stub-turn.ts';

const auth = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

function parseSse(text: string): Array<{ id?: string; data: string }> {
  return text
    .split('\n\n')
    .filter((block) => block.includes('data:'))
    .map((block) => {
      const id = /^id: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1] ?? '';
      return id === undefined ? { data } : { id, data };
    });
}

describe('bot API (stub turn, memory adapters)', () => {
  let bot: TestBot;
  const turnLog: Array<{ sessionId: string; text: string; phase: 'start' | 'end' }> = [];
  beforeAll(async () => {
    bot = await startTestBot({ turn: createStubTurn(turnLog) });
  });
  afterAll(() => bot.close());

  it('creates a session, answers a message as JSON and shows the session', async () => {
    const { sessionId, token } = await bot.session();
    expect(sessionId).toMatch(/^s_/);
    const res = await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: auth(token),
      body: JSON.stringify({ text: 'hello' }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.events[0]).toEqual({ type: 'text', text: expect.stringContaining('You said: hello') });
    expect(body.session).toMatchObject({ sessionId, status: 'active', turn: 1, pending: { slot: 'name' } });
    const view = await (await fetch(`${bot.url}/v1/sessions/${sessionId}`, { headers: auth(token) })).json();
    expect(view).toMatchObject({ sessionId, turn: 1, cart: null, order: null, notifications: [] });
  });

  it('refuses another session’s token with 404 and a missing token with 401', async () => {
    const a = await bot.session();
    const b = await bot.session();
    const cross = await fetch(`${bot.url}/v1/sessions/${a.sessionId}`, { headers: auth(b.token) });
    expect(cross.status).toBe(404);
    expect((await cross.json()).error.code).toBe('SESSION_NOT_FOUND');
    const post = await fetch(`${bot.url}/v1/sessions/${a.sessionId}/messages`, {
      method: 'POST',
      headers: auth(b.token),
      body: JSON.stringify({ text: 'hi' }),
    });
    expect(post.status).toBe(404);
    const none = await fetch(`${bot.url}/v1/sessions/${a.sessionId}`);
    expect(none.status).toBe(401);
    expect((await none.json()).error.code).toBe('UNAUTHORIZED');
  });

  it('streams the reply as a UI message stream with ids and [DONE]', async () => {
    const { sessionId, token } = await bot.session();
    const res = await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: { ...auth(token), accept: 'text/event-stream' },
      body: JSON.stringify({ text: 'hi there' }),
    });
    expect(res.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    const events = parseSse(await res.text());
    expect(events.every((e) => e.id !== undefined)).toBe(true);
    expect(events.at(-1)?.data).toBe('[DONE]');
    const types = events.slice(0, -1).map((e) => JSON.parse(e.data).type);
    expect(types[0]).toBe('start');
    expect(types).toContain('text-delta');
    expect(types).toContain('data-quick_replies');
    expect(types).toContain('data-session');
    expect(types.at(-1)).toBe('finish');
  });

  it('rejects bad messages with clear 4xx errors', async () => {
    const { sessionId, token } = await bot.session();
    const post = (body: string, headers: Record<string, string> = auth(token)) =>
      fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, { method: 'POST', headers, body });
    // a message over MAX_MESSAGE_CHARS is not refused: the turn reads its start and says so (end-to-end test)
    const long = await post(JSON.stringify({ text: 'x'.repeat(2501) }));
    expect(long.status).toBe(200);
    const empty = await post(JSON.stringify({ text: '   ' }));
    expect((await empty.json()).error.code).toBe('MESSAGE_EMPTY');
    const notJson = await post('{"text":');
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error.code).toBe('INVALID_JSON');
    const wrongType = await post(JSON.stringify({ text: 42 }));
    expect((await wrongType.json()).error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { issues: expect.any(Array) },
    });
    const huge = await post(JSON.stringify({ text: 'y'.repeat(20_000) }));
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe('BODY_TOO_LARGE');
    const xml = await post('<text/>', { ...auth(token), 'content-type': 'application/xml' });
    expect(xml.status).toBe(415);
  });

  it('serialises two concurrent messages of one session', async () => {
    const { sessionId, token } = await bot.session();
    const send = (text: string) =>
      fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
        method: 'POST',
        headers: auth(token),
        body: JSON.stringify({ text }),
      }).then((r) => r.json());
    const [a, b] = await Promise.all([send('slow one'), send('slow two')]);
    const mine = turnLog.filter((e) => e.sessionId === sessionId).map((e) => e.phase);
    expect(mine).toEqual(['start', 'end', 'start', 'end']);
    expect([a.session.turn, b.session.turn].sort()).toEqual([1, 2]);
  });

  it('replays a retried clientMessageId without a second turn', async () => {
    const { sessionId, token } = await bot.session();
    const send = () =>
      fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
        method: 'POST',
        headers: auth(token),
        body: JSON.stringify({ text: 'once', clientMessageId: 'c-1' }),
      }).then((r) => r.json());
    const first = await send();
    const second = await send();
    expect(second.messageId).toBe(first.messageId);
    expect(second.events).toEqual(first.events);
    expect(second.session.turn).toBe(1);
  });

  it('a failing turn answers 500 INTERNAL without crashing', async () => {
    const { sessionId, token } = await bot.session();
    const res = await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: auth(token),
      body: JSON.stringify({ text: 'boom' }),
    });
    expect(res.status).toBe(500);
    expect((await res.json()).error.code).toBe('INTERNAL');
    const streamed = await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: { ...auth(token), accept: 'text/event-stream' },
      body: JSON.stringify({ text: 'boom' }),
    });
    const parts = parseSse(await streamed.text()).map((e) => e.data);
    expect(parts.slice(1, -1).map((p) => JSON.parse(p).type)).toEqual(['error', 'finish']);
    expect(parts.at(-1)).toBe('[DONE]');
    const ok = await fetch(`${bot.url}/healthz`);
    expect(ok.status).toBe(200);
  });

  it('verifies webhooks, refuses replays and pushes to the order’s conversation', async () => {
    const { sessionId, token } = await bot.session();
    await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: auth(token),
      body: JSON.stringify({ text: 'order' }),
    });
    const orderId = `o_${sessionId}`;
    // A live push channel.
    const controller = new AbortController();
    const events = await fetch(`${bot.url}/v1/sessions/${sessionId}/events?token=${token}`, {
      signal: controller.signal,
    });
    const reader = events.body!.getReader();
    await reader.read(); // ': connected'
    const body = JSON.stringify({
      id: 'evt_1',
      type: 'order.status_changed',
      createdAt: new Date().toISOString(),
      data: {
        orderId,
        cartId: 'c1',
        status: 'preparing',
        previousStatus: 'placed',
        total: 2450,
        currency: 'USD',
      },
    });
    const now = Date.now() / 1000;
    const hook = (signature: string, payload = body) =>
      fetch(`${bot.url}/webhooks/backend`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'maitre-signature': signature },
        body: payload,
      });
    expect((await hook('t=1,v1=00')).status).toBe(401);
    expect((await hook(signWebhook('wrong-secret-0123456789', body, now))).status).toBe(401);
    expect((await hook(signWebhook(TEST_WEBHOOK_SECRET, body, now - 3600))).status).toBe(401);
    expect(
      (await hook(signWebhook(TEST_WEBHOOK_SECRET, body, now), body.replace('preparing', 'ready'))).status,
    ).toBe(401);
    const ok = await hook(signWebhook(TEST_WEBHOOK_SECRET, body, now));
    expect(await ok.json()).toEqual({ received: true, duplicate: false, delivered: true });
    let text = '';
    while (!text.includes('being prepared')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('"type":"data-notification"');
    controller.abort();
    const replay = await hook(signWebhook(TEST_WEBHOOK_SECRET, body, now));
    expect(await replay.json()).toEqual({ received: true, duplicate: true });
    // Delivered live, so not queued again; the order status shows the webhook's.
    const view = await (await fetch(`${bot.url}/v1/sessions/${sessionId}`, { headers: auth(token) })).json();
    expect(view.order).toMatchObject({ id: orderId, status: 'preparing', total: { amount: 2450 } });
    expect(view.notifications).toEqual([]);
  });

  it('queues a push for the next poll when no channel is open', async () => {
    const { sessionId, token } = await bot.session();
    await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: auth(token),
      body: JSON.stringify({ text: 'order' }),
    });
    const body = JSON.stringify({
      id: `evt_q_${sessionId}`,
      type: 'order.status_changed',
      createdAt: new Date().toISOString(),
      data: {
        orderId: `o_${sessionId}`,
        cartId: 'c1',
        status: 'ready',
        previousStatus: 'preparing',
        total: 2450,
        currency: 'USD',
      },
    });
    await fetch(`${bot.url}/webhooks/backend`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'maitre-signature': signWebhook(TEST_WEBHOOK_SECRET, body, Date.now() / 1000),
      },
      body,
    });
    const reply = await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: auth(token),
      body: JSON.stringify({ text: 'any news?' }),
    }).then((r) => r.json());
    expect(reply.session.notifications).toEqual([
      expect.objectContaining({ status: 'ready', text: 'Your order is ready.' }),
    ]);
    const view = await (await fetch(`${bot.url}/v1/sessions/${sessionId}`, { headers: auth(token) })).json();
    expect(view.notifications).toEqual([]);
  });

  it('ignores an order status older than the one already known (webhooks out of order)', async () => {
    const { sessionId, token } = await bot.session();
    await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: auth(token),
      body: JSON.stringify({ text: 'order' }),
    });
    const send = async (id: string, status: string, createdAt: string) => {
      const body = JSON.stringify({
        id,
        type: 'order.status_changed',
        createdAt,
        data: {
          orderId: `o_${sessionId}`,
          cartId: 'c1',
          status,
          previousStatus: null,
          total: 2450,
          currency: 'USD',
        },
      });
      const res = await fetch(`${bot.url}/webhooks/backend`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'maitre-signature': signWebhook(TEST_WEBHOOK_SECRET, body, Date.now() / 1000),
        },
        body,
      });
      return res.json();
    };
    expect(await send(`late_2_${sessionId}`, 'ready', '2026-01-01T12:10:00.000Z')).toMatchObject({
      delivered: true,
    });
    expect(await send(`late_1_${sessionId}`, 'preparing', '2026-01-01T12:05:00.000Z')).toMatchObject({
      delivered: false,
    });
    const view = await (await fetch(`${bot.url}/v1/sessions/${sessionId}`, { headers: auth(token) })).json();
    expect(view.order.status).toBe('ready');
    expect(view.notifications.map((n: { status: string }) => n.status)).toEqual(['ready']);
  });

  it('serves health, readiness and metrics', async () => {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${bot.url}/readyz`)).json()).toMatchObject({ status: 'ready' });
    const metrics = await (await fetch(`${bot.url}/metrics`)).text();
    for (const name of [
      'maitre_turn_duration_seconds',
      'maitre_active_sessions',
      'maitre_turns_total',
      'maitre_fallbacks_total',
      'maitre_clarifications_total',
      'maitre_handoffs_total',
      'maitre_orders_placed_total',
      'maitre_order_value_minor_units',
    ])
      expect(metrics).toContain(name);
  });
});
