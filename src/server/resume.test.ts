import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from './testing/start-test-bot.ts';
import { createStubTurn } from './testing/stub-turn.ts';

interface SseEvent {
  id: string;
  data: string;
}

/** Reads SSE events from a response; stops (and aborts) after `limit` events when given. */
async function readEvents(res: Response, limit?: number, abort?: AbortController): Promise<SseEvent[]> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let at = buffer.indexOf('\n\n');
    while (at >= 0) {
      const block = buffer.slice(0, at);
      buffer = buffer.slice(at + 2);
      const id = /^id: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (id !== undefined && data !== undefined) events.push({ id, data });
      if (limit !== undefined && events.length >= limit) {
        abort?.abort();
        await reader.cancel().catch(() => {});
        return events;
      }
      at = buffer.indexOf('\n\n');
    }
  }
  return events;
}

describe('resume after a drop', () => {
  let bot: TestBot;
  const log: Array<{ sessionId: string; text: string; phase: 'start' | 'end' }> = [];
  beforeAll(async () => {
    bot = await startTestBot({ turn: createStubTurn(log) });
  });
  afterAll(() => bot.close());

  const headers = (token: string, extra: Record<string, string> = {}) => ({
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    accept: 'text/event-stream',
    ...extra,
  });

  it('a client that dropped mid-reply gets exactly the rest with Last-Event-ID', async () => {
    const { sessionId, token } = await bot.session();
    const abort = new AbortController();
    const res = await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: headers(token),
      body: JSON.stringify({ text: 'a long enough message to stream' }),
      signal: abort.signal,
    });
    const head = await readEvents(res, 4, abort);
    expect(head).toHaveLength(4);
    const lastId = head.at(-1)!.id;
    const rest = await readEvents(
      await fetch(`${bot.url}/v1/sessions/${sessionId}/stream`, {
        headers: headers(token, { 'last-event-id': lastId }),
      }),
    );
    const full = await readEvents(
      await fetch(`${bot.url}/v1/sessions/${sessionId}/stream`, { headers: headers(token) }),
    );
    expect([...head, ...rest]).toEqual(full);
    expect(full.at(-1)?.data).toBe('[DONE]');
    expect(new Set(full.map((e) => e.id)).size).toBe(full.length);
    expect(log.filter((e) => e.sessionId === sessionId && e.phase === 'start')).toHaveLength(1);
  });

  it('a Last-Event-ID naming another session’s reply never reveals it', async () => {
    const a = await bot.session();
    const b = await bot.session();
    const sent = await fetch(`${bot.url}/v1/sessions/${a.sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'secret for a' }),
    }).then((r) => r.json());
    const res = await fetch(`${bot.url}/v1/sessions/${b.sessionId}/stream`, {
      headers: headers(b.token, { 'last-event-id': `${sent.messageId}:0` }),
    });
    expect(res.status).toBe(204);
    expect(await res.text()).not.toContain('secret');
  });

  it('a client that dropped before the first byte reconnects and waits for the whole reply', async () => {
    const { sessionId, token } = await bot.session();
    const abort = new AbortController();
    const pending = fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: headers(token),
      body: JSON.stringify({ text: 'slow reply please' }),
      signal: abort.signal,
    }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 40));
    abort.abort();
    await pending;
    const resumed = await readEvents(
      await fetch(`${bot.url}/v1/sessions/${sessionId}/stream`, { headers: headers(token) }),
    );
    const parts = resumed.map((e) => e.data);
    expect(JSON.parse(parts[0]!).type).toBe('start');
    const text = parts
      .slice(0, -1)
      .map((p) => JSON.parse(p) as { type: string; delta?: string })
      .filter((p) => p.type === 'text-delta')
      .map((p) => p.delta)
      .join('');
    expect(text).toContain('You said: slow reply please');
    expect(parts.at(-1)).toBe('[DONE]');
  });
});
