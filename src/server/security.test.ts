import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signWebhook } from '../backend/webhooks/sign-webhook.ts';
import { startTestBot, TEST_WEBHOOK_SECRET, type TestBot } from './testing/start-test-bot.ts';
import { createStubTurn } from './testing/stub-turn.ts';

/**
 * The bot's security review items that are cheap to show end to end (docs/security.md): object
 * authorisation between sessions on every session route (API1), body size limits on every body route
 * (API4), and webhook forgery and replay (API2/API8).
 */

const json = (token?: string) => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

describe('security: the bot API', () => {
  let bot: TestBot;
  const turns: Array<{ sessionId: string; text: string; phase: 'start' | 'end' }> = [];
  beforeAll(async () => {
    bot = await startTestBot({ turn: createStubTurn(turns) });
  });
  afterAll(() => bot.close());

  const view = async (sessionId: string, token: string) =>
    (await (await fetch(`${bot.url}/v1/sessions/${sessionId}`, { headers: json(token) })).json()) as {
      turn: number;
    };

  it('API1: a session token opens no other session, on any route, and changes nothing there', async () => {
    const a = await bot.session();
    const b = await bot.session();
    await fetch(`${bot.url}/v1/sessions/${a.sessionId}/messages`, {
      method: 'POST',
      headers: json(a.token),
      body: JSON.stringify({ text: 'order' }),
    });
    const before = await view(a.sessionId, a.token);
    const turnsBefore = turns.length;
    const chat = JSON.stringify({
      id: a.sessionId,
      trigger: 'submit-message',
      messages: [{ id: 'x1', role: 'user', parts: [{ type: 'text', text: 'hijack' }] }],
    });
    const attempts: Array<[string, string, RequestInit]> = [
      ['GET', `/v1/sessions/${a.sessionId}`, {}],
      ['POST', `/v1/sessions/${a.sessionId}/messages`, { body: JSON.stringify({ text: 'hijack' }) }],
      ['GET', `/v1/sessions/${a.sessionId}/stream`, {}],
      ['GET', `/v1/sessions/${a.sessionId}/events`, {}],
      ['POST', '/v1/chat', { body: chat }],
      ['POST', '/v1/chat', { body: chat.replace('submit-message', 'regenerate-message') }],
      ['GET', `/v1/chat/${a.sessionId}/stream`, {}],
    ];
    for (const [method, path, init] of attempts) {
      for (const headers of [json(b.token), json(`${a.token}x`), json(a.sessionId)]) {
        const r = await fetch(bot.url + path, { method, headers, ...init });
        expect(r.status, `${method} ${path}`).toBe(404);
        expect(((await r.json()) as { error: { code: string } }).error.code).toBe('SESSION_NOT_FOUND');
      }
    }
    // ?token= (the push channel's browser form) with another session's token
    const q = await fetch(`${bot.url}/v1/sessions/${a.sessionId}/events?token=${b.token}`);
    expect(q.status).toBe(404);
    // the WebSocket closes with 4404
    const socket = new WebSocket(
      `${bot.url.replace('http', 'ws')}/v1/ws?sessionId=${a.sessionId}&token=${b.token}`,
    );
    const code = await new Promise<number>((resolve) => socket.on('close', (c) => resolve(c)));
    expect(code).toBe(4404);
    // nothing ran in A, nothing changed there
    expect(turns.length).toBe(turnsBefore);
    expect((await view(a.sessionId, a.token)).turn).toBe(before.turn);
  });

  it('API4: every body route refuses a body over BODY_LIMIT_BYTES with 413 and stays up', async () => {
    const { sessionId, token } = await bot.session();
    const big = JSON.stringify({ text: 'a'.repeat(bot.config.bodyLimitBytes + 1) });
    for (const path of [
      `/v1/sessions/${sessionId}/messages`,
      '/v1/parse',
      '/v1/sessions',
      '/webhooks/backend',
    ]) {
      const r = await fetch(bot.url + path, { method: 'POST', headers: json(token), body: big });
      expect(r.status, path).toBe(413);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('BODY_TOO_LARGE');
    }
    // /v1/chat takes the useChat history up to 512 KiB, and no more
    const history = (n: number) =>
      JSON.stringify({
        id: sessionId,
        messages: [{ id: 'h', role: 'user', parts: [{ type: 'text', text: 'x'.repeat(n) }] }],
      });
    const over = await fetch(`${bot.url}/v1/chat`, {
      method: 'POST',
      headers: json(token),
      body: history(600 * 1024),
    });
    expect(over.status).toBe(413);
    const under = await fetch(`${bot.url}/v1/chat`, {
      method: 'POST',
      headers: json(token),
      body: history(64 * 1024),
    });
    expect(under.status).toBe(200);
    await under.text();
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('API2/API8: a forged, tampered, future-dated or stale webhook pushes nothing; a replay is a duplicate', async () => {
    const { sessionId, token } = await bot.session();
    await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: json(token),
      body: JSON.stringify({ text: 'order' }),
    });
    const body = JSON.stringify({
      id: `evt_sec_${sessionId}`,
      type: 'order.status_changed',
      createdAt: new Date().toISOString(),
      data: {
        orderId: `o_${sessionId}`,
        cartId: 'c1',
        status: 'ready',
        previousStatus: 'placed',
        total: 100,
        currency: 'USD',
      },
    });
    const now = Date.now() / 1000;
    const hook = (headers: Record<string, string>, payload = body) =>
      fetch(`${bot.url}/webhooks/backend`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: payload,
      });
    const forged: Array<Record<string, string>> = [
      {},
      { 'maitre-signature': '' },
      { 'maitre-signature': signWebhook('attacker-secret-0123456789abcdef', body, now) },
      { 'maitre-signature': signWebhook(TEST_WEBHOOK_SECRET, body, now + 3600) },
      { 'maitre-signature': signWebhook(TEST_WEBHOOK_SECRET, body, now - 3600) },
      { 'maitre-signature': signWebhook(TEST_WEBHOOK_SECRET, body.replace('ready', 'paid'), now) },
      { 'maitre-signature': signWebhook(TEST_WEBHOOK_SECRET, body, now).replace(/v1=\w+/, 'v1=') },
    ];
    for (const headers of forged) {
      const r = await hook(headers);
      expect(r.status).toBe(401);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('SIGNATURE_INVALID');
    }
    // nothing was queued for the customer by the forgeries
    const quiet = (await (
      await fetch(`${bot.url}/v1/sessions/${sessionId}`, { headers: json(token) })
    ).json()) as {
      notifications: unknown[];
    };
    expect(quiet.notifications).toEqual([]);
    // the genuine delivery is queued once; its replay (same event id, freshly signed) is a duplicate
    const signature = signWebhook(TEST_WEBHOOK_SECRET, body, now);
    expect(await (await hook({ 'maitre-signature': signature })).json()).toMatchObject({ duplicate: false });
    expect(await (await hook({ 'maitre-signature': signature })).json()).toMatchObject({ duplicate: true });
    const resigned = signWebhook(TEST_WEBHOOK_SECRET, body, now + 1);
    expect(await (await hook({ 'maitre-signature': resigned })).json()).toMatchObject({ duplicate: true });
    const after = (await (
      await fetch(`${bot.url}/v1/sessions/${sessionId}`, { headers: json(token) })
    ).json()) as {
      notifications: Array<{ status: string }>;
    };
    expect(after.notifications.map((n) => n.status)).toEqual(['ready']);
  });
});
