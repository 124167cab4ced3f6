import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestBot, type TestBot } from './testing/start-test-bot.ts';
import { createStubTurn } from './testing/stub-turn.ts';

/** A gate the stub turn waits on ("stream…" messages): the test opens it once it saw the first words. */
function gate() {
  let open!: () => void;
  let opened = new Promise<void>((r) => {
    open = r;
  });
  return {
    hold: () => opened,
    open: () => {
      open();
      opened = new Promise<void>((r) => {
        open = r;
      });
    },
  };
}

/** Reads SSE messages from a response, calling `onMessage` for each as it arrives. */
async function readSse(res: Response, onMessage: (m: EventSourceMessage) => void): Promise<void> {
  const parser = createParser({ onEvent: onMessage });
  const decoder = new TextDecoder();
  const reader = res.body!.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    parser.feed(decoder.decode(value, { stream: true }));
  }
}

describe('replies stream as the turn produces them', () => {
  let bot: TestBot;
  const g = gate();
  beforeAll(async () => {
    bot = await startTestBot({ turn: createStubTurn([], { hold: g.hold }) });
  });
  afterAll(() => bot.close());

  const headers = (token: string, extra: Record<string, string> = {}) => ({
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    accept: 'text/event-stream',
    ...extra,
  });

  it('SSE: the first words reach the client while the turn still runs; a resume mid-turn gets the rest', async () => {
    const { sessionId, token } = await bot.session();
    const res = await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: headers(token),
      body: JSON.stringify({ text: 'stream please' }),
    });
    expect(res.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    const seen: EventSourceMessage[] = [];
    let resumed: Promise<EventSourceMessage[]> | undefined;
    await readSse(res, (m) => {
      seen.push(m);
      const part = m.data === '[DONE]' ? undefined : (JSON.parse(m.data) as { type: string });
      if (part?.type === 'text-delta' && !resumed) {
        // the turn is held: only a live stream can have delivered this part. A second client resumes
        // from the record after this part, then the turn goes on.
        const rest: EventSourceMessage[] = [];
        resumed = fetch(`${bot.url}/v1/sessions/${sessionId}/stream`, {
          headers: headers(token, { 'last-event-id': m.id! }),
        }).then(async (r) => {
          await readSse(r, (x) => void rest.push(x));
          return rest;
        });
        g.open();
      }
    });
    const text = seen
      .filter((m) => m.data !== '[DONE]')
      .map((m) => JSON.parse(m.data) as { type: string; delta?: string })
      .filter((p) => p.type === 'text-delta')
      .map((p) => p.delta)
      .join('');
    expect(text).toBe(
      'First words, You said: stream please. This is a reply long enough to be split into several deltas.',
    );
    expect(seen.at(-1)?.data).toBe('[DONE]');
    const rest = await resumed!;
    const at = seen.findIndex((m) => m.id === rest[0]?.id);
    expect(at).toBeGreaterThan(0);
    expect(rest.map((m) => m.data)).toEqual(seen.slice(at).map((m) => m.data));
  });

  it('WebSocket: text deltas arrive before the whole reply', async () => {
    const { sessionId, token } = await bot.session();
    const socket = new WebSocket(
      `${bot.url.replace('http', 'ws')}/v1/ws?sessionId=${sessionId}&token=${token}`,
    );
    const frames: Array<{ type: string; delta?: string }> = [];
    const done = new Promise<void>((resolve) => {
      socket.on('message', (data) => {
        const frame = JSON.parse(data.toString()) as { type: string; delta?: string };
        frames.push(frame);
        if (frame.type === 'ready') socket.send(JSON.stringify({ type: 'message', text: 'stream it' }));
        // the turn is held until a delta was received
        if (frame.type === 'delta' && frames.filter((f) => f.type === 'delta').length === 1) g.open();
        if (frame.type === 'reply') resolve();
      });
    });
    await done;
    socket.close();
    const types = frames.map((f) => f.type);
    expect(types.indexOf('delta')).toBeLessThan(types.indexOf('reply'));
    expect(
      frames
        .filter((f) => f.type === 'delta')
        .map((f) => f.delta)
        .join(''),
    ).toMatch(/^First words, You said: stream it\./);
  });
});
