import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signWebhook } from '../backend/webhooks/sign-webhook.ts';
import { startTestBot, TEST_WEBHOOK_SECRET, type TestBot } from './testing/start-test-bot.ts';

/** A WebSocket client collecting frames, with a helper to wait for the next of a type. */
function connect(url: string) {
  const socket = new WebSocket(url);
  const frames: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    frames.push(JSON.parse(data.toString()));
    for (const w of waiters.splice(0)) w();
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  const next = async (type: string, timeoutMs = 5000): Promise<Record<string, unknown>> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = frames.findIndex((f) => f.type === type);
      if (at >= 0) return frames.splice(at, 1)[0]!;
      if (Date.now() > deadline) throw new Error(`no ${type} frame; got ${JSON.stringify(frames)}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 100);
      });
    }
  };
  const open = new Promise<void>((resolve, reject) => {
    socket.on('open', () => resolve());
    socket.on('error', reject);
  });
  return {
    socket,
    next,
    open,
    closed,
    send: (f: unknown) => socket.send(typeof f === 'string' ? f : JSON.stringify(f)),
  };
}

describe('WebSocket /v1/ws', () => {
  let bot: TestBot;
  let wsUrl: string;
  beforeAll(async () => {
    bot = await startTestBot();
    wsUrl = bot.url.replace('http', 'ws');
  });
  afterAll(() => bot.close());

  it('authenticates in the first message, answers messages and delivers pushes', async () => {
    const { sessionId, token } = await bot.session();
    const ws = connect(`${wsUrl}/v1/ws`);
    await ws.open;
    ws.send({ type: 'message', text: 'too early' });
    expect(await ws.next('error')).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    ws.send({ type: 'auth', sessionId, token });
    expect(await ws.next('ready')).toMatchObject({ sessionId, session: { turn: 0 } });
    ws.send({ type: 'message', text: 'order', clientMessageId: 'c1' });
    const reply = await ws.next('reply');
    expect(reply).toMatchObject({ clientMessageId: 'c1', session: { status: 'ordered' } });
    expect((reply.events as Array<{ type: string }>).map((e) => e.type)).toContain('text');

    ws.send('not json');
    expect(await ws.next('error')).toMatchObject({ error: { code: 'INVALID_JSON' } });
    ws.send({ type: 'message', text: '' });
    expect(await ws.next('error')).toMatchObject({ error: { code: 'MESSAGE_EMPTY' } });
    ws.send({ type: 'ping' });
    await ws.next('pong');

    const body = JSON.stringify({
      id: `evt_ws_${sessionId}`,
      type: 'order.status_changed',
      createdAt: new Date().toISOString(),
      data: {
        orderId: `o_${sessionId}`,
        cartId: 'c',
        status: 'out_for_delivery',
        previousStatus: 'ready',
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
    expect(await ws.next('notification')).toMatchObject({
      notification: { status: 'out_for_delivery', text: 'Your order is on its way.' },
    });
    ws.socket.close();
  });

  it('accepts the token in the query and closes on a wrong one', async () => {
    const a = await bot.session();
    const b = await bot.session();
    const good = connect(`${wsUrl}/v1/ws?sessionId=${a.sessionId}&token=${a.token}`);
    expect(await good.next('ready')).toMatchObject({ sessionId: a.sessionId });
    good.socket.close();
    const bad = connect(`${wsUrl}/v1/ws?sessionId=${a.sessionId}&token=${b.token}`);
    expect(await bad.next('error')).toMatchObject({ error: { code: 'SESSION_NOT_FOUND' } });
    expect(await bad.closed).toBe(4404);
  });
});
