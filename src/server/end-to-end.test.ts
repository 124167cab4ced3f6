import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultChatTransport, readUIMessageStream, type UIMessage } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBackend, startBackend } from '../backend/index.ts';
import { testConfig } from '../backend/testing/test-backend.ts';
import { parseBotConfig } from './config/parse-bot-config.ts';
import { type RunningBot, startBot } from './start-bot.ts';

/** The real core and the real backend behind the bot (memory adapters), driven as `useChat` would. */
describe('end to end: an order through the AI SDK transport, then a status push', () => {
  let backend: RunningBackend;
  let bot: RunningBot;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'maitre-e2e-'));
    backend = await startBackend(testConfig({ DATA_DIR: dataDir, VENUE: 'spice-route' }));
    bot = await startBot(
      parseBotConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        VENUE: 'spice-route',
        WEBHOOK_SECRET: 'e2e-secret-0123456789abcdef',
        SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
        SHED_MAX_TURNS_IN_FLIGHT: '0',
      }),
      { backend: { url: backend.url, serviceToken: backend.serviceToken } },
    );
    await bot.webhookRegistered;
  });
  afterAll(async () => {
    await bot?.close();
    await backend?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('orders a meal and sees "being prepared" pushed live', async () => {
    const { sessionId, token } = (await (
      await fetch(`${bot.url}/v1/sessions`, { method: 'POST' })
    ).json()) as {
      sessionId: string;
      token: string;
    };
    const transport = new DefaultChatTransport({
      api: `${bot.url}/v1/chat`,
      headers: { authorization: `Bearer ${token}` },
    });
    const messages: UIMessage[] = [];
    const say = async (text: string): Promise<UIMessage> => {
      messages.push({ id: `u${messages.length}`, role: 'user', parts: [{ type: 'text', text }] });
      const stream = await transport.sendMessages({
        chatId: sessionId,
        trigger: 'submit-message',
        messageId: undefined,
        messages,
        abortSignal: undefined,
      });
      let reply: UIMessage | undefined;
      for await (const m of readUIMessageStream({ stream, terminateOnError: true })) reply = m;
      messages.push(reply!);
      return reply!;
    };
    const added = await say('two butter chicken please');
    const cart = added.parts.find((p) => p.type === 'data-session') as
      | { data: { cart: { lines: Array<{ itemId: string; quantity: number }> } } }
      | undefined;
    expect(cart?.data.cart.lines).toEqual([
      expect.objectContaining({ itemId: 'butter-chicken', quantity: 2 }),
    ]);
    let last = added;
    for (const text of ['checkout', 'pickup', 'Sam', '+1 555 123 4567', 'cash', 'no']) last = await say(text);
    expect(last.parts.some((p) => p.type === 'data-order_summary')).toBe(true);
    last = await say('yes');
    const session = last.parts.find((p) => p.type === 'data-session') as
      | { data: { order: { id: string; status: string } } }
      | undefined;
    expect(session?.data.order.status).toBe('placed');
    const orderId = session!.data.order.id;

    const controller = new AbortController();
    const events = await fetch(`${bot.url}/v1/sessions/${sessionId}/events`, {
      headers: { authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
    const reader = events.body!.getReader();
    const advanced = await fetch(`${backend.url}/api/orders/${orderId}/status`, {
      method: 'POST',
      headers: { authorization: `Bearer ${backend.serviceToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'preparing' }),
    });
    expect(advanced.status).toBe(200);
    let text = '';
    const deadline = Date.now() + 10_000;
    while (!text.includes('being prepared') && Date.now() < deadline)
      text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toContain('Your order is being prepared.');
  });

  it('POST /v1/parse returns the core’s parse', async () => {
    const res = await fetch(`${bot.url}/v1/parse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'two butter chicken please' }),
    });
    const parse = await res.json();
    expect(parse.intents[0].intent).toBe('order_add');
    expect(parse.lines[0]).toMatchObject({ itemId: 'butter-chicken', quantity: 2 });
  });

  it('reads the first 2,000 characters of a longer message and says it was cut, over HTTP', async () => {
    const { sessionId, token } = (await (
      await fetch(`${bot.url}/v1/sessions`, { method: 'POST' })
    ).json()) as {
      sessionId: string;
      token: string;
    };
    const text = `two samosas please, ${'and make sure they are hot when they arrive. '.repeat(60)}`;
    expect(text.length).toBeGreaterThan(2000);
    const res = await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      events: Array<{ type: string; text?: string }>;
      session: { cart: { lines: Array<{ itemId: string; quantity: number }> } };
    };
    const reply = body.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
    expect(reply).toMatch(/first 2,000 characters/);
    expect(body.session.cart.lines).toEqual([expect.objectContaining({ itemId: 'samosa', quantity: 2 })]);
    const parse = await (
      await fetch(`${bot.url}/v1/parse`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      })
    ).json();
    expect(parse.text.length).toBeLessThanOrEqual(2000);
  });

  it('is ready when backend and stores answer', async () => {
    expect(await (await fetch(`${bot.url}/readyz`)).json()).toMatchObject({ status: 'ready' });
  });
});
