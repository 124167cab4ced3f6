import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../server/testing/start-test-bot.ts';
import { createChatApi, type ReplyHandlers } from './chat-api.ts';
import { ChatApiError } from './chat-api-error.ts';
import { friendlyError } from './friendly-error.ts';
import type { CardEvent, Notification, SessionView } from './wire-types.ts';

function recorder() {
  const log: string[] = [];
  const texts = new Map<string, string>();
  const cards: CardEvent[] = [];
  const sessions: SessionView[] = [];
  const notifications: Notification[] = [];
  const handlers: ReplyHandlers = {
    onTextStart: (id) => {
      log.push(`start ${id}`);
      texts.set(id, '');
    },
    onTextDelta: (id, delta) => {
      log.push('delta');
      texts.set(id, (texts.get(id) ?? '') + delta);
    },
    onTextEnd: (id) => log.push(`end ${id}`),
    onCard: (card) => cards.push(card),
    onSession: (view) => sessions.push(view),
    onNotification: (n) => notifications.push(n),
  };
  return { log, texts, cards, sessions, notifications, handlers };
}

/** The page's API client against the real bot service (stub turn), over real HTTP. */
describe('createChatApi against the bot service', () => {
  let bot: TestBot;
  let limited: TestBot;

  beforeAll(async () => {
    bot = await startTestBot();
    limited = await startTestBot({ env: { RATE_LIMIT_PER_SESSION: '1' } });
  });
  afterAll(async () => {
    await bot?.close();
    await limited?.close();
  });

  it('creates a session, streams a reply as text deltas and cards, and reads the session', async () => {
    const api = createChatApi(bot.url);
    const session = await api.createSession();
    expect(session.sessionId).toMatch(/\S/);
    const r = recorder();
    await api.sendMessage(session, 'two samosas', 'c_1', r.handlers);
    const [text] = [...r.texts.values()];
    expect(text).toBe('You said: two samosas. This is a reply long enough to be split into several deltas.');
    expect(r.log.filter((l) => l === 'delta').length).toBeGreaterThan(1);
    expect(r.log[0]).toMatch(/^start /);
    expect(r.log.at(-1)).toMatch(/^end /);
    expect(r.cards).toEqual([{ type: 'quick_replies', replies: ['Menu', 'Cart'] }]);
    expect(r.sessions.at(-1)?.status).toBe('active');

    const view = await api.getSession(session);
    expect(view.sessionId).toBe(session.sessionId);
    expect(api.eventsUrl(session)).toBe(
      `${bot.url}/v1/sessions/${encodeURIComponent(session.sessionId)}/events?token=${encodeURIComponent(session.token)}`,
    );
  });

  it('raises STREAM_FAILED when the turn fails mid-reply', async () => {
    const api = createChatApi(bot.url);
    const session = await api.createSession();
    const error = await api
      .sendMessage(session, 'boom', 'c_boom', recorder().handlers)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChatApiError);
    expect((error as ChatApiError).code).toBe('STREAM_FAILED');
  });

  it("raises SESSION_NOT_FOUND for another session's token", async () => {
    const api = createChatApi(bot.url);
    const a = await api.createSession();
    const b = await api.createSession();
    const error = await api.getSession({ sessionId: a.sessionId, token: b.token }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChatApiError);
    expect((error as ChatApiError).code).toBe('SESSION_NOT_FOUND');
    expect((error as ChatApiError).status).toBe(404);
  });

  it('raises RATE_LIMITED with the Retry-After seconds', async () => {
    const api = createChatApi(limited.url);
    const session = await api.createSession();
    await api.sendMessage(session, 'hello', 'c_1', recorder().handlers);
    const error = await api
      .sendMessage(session, 'again', 'c_2', recorder().handlers)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChatApiError);
    expect((error as ChatApiError).code).toBe('RATE_LIMITED');
    expect((error as ChatApiError).retryAfterSeconds).toBeGreaterThan(0);
  });

  it('raises OVERLOADED with the Retry-After seconds when the bot sheds load, which the page words kindly', async () => {
    const shedding = await startTestBot({
      env: { SHED_MAX_HEAP_MB: '1', SHED_SAMPLE_INTERVAL_MS: '10', SHED_RETRY_AFTER_SECONDS: '4' },
    });
    try {
      const api = createChatApi(shedding.url);
      let error: unknown;
      for (let i = 0; i < 100 && !(error instanceof ChatApiError); i++) {
        error = await api.createSession().then(
          () => undefined,
          (e: unknown) => e,
        );
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(error).toBeInstanceOf(ChatApiError);
      expect((error as ChatApiError).code).toBe('OVERLOADED');
      expect((error as ChatApiError).status).toBe(503);
      expect((error as ChatApiError).retryAfterSeconds).toBe(4);
      expect(friendlyError(error)).toBe("We're very busy right now. Please send that again in 4 seconds.");
    } finally {
      await shedding.close();
    }
  });

  it('raises NETWORK when nothing answers', async () => {
    const api = createChatApi('http://127.0.0.1:9');
    const error = await api.createSession().catch((e: unknown) => e);
    expect((error as ChatApiError).code).toBe('NETWORK');
  });
});
