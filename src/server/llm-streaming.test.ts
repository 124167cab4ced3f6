import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createDialogConfig } from '../core/config/dialog-config.ts';
import type { TurnDeps } from '../core/dialog/turn-deps.ts';
import { handleTurn } from '../core/handle-turn.ts';
import { createUnderstanding } from '../core/understand/index.ts';
import { loadVenue } from '../domain/load-venue.ts';
import { createPhraser } from '../llm/create-phraser.ts';
import { parseLlmConfig } from '../llm/llm-config.ts';
import { type FakeGroq, startFakeGroq } from '../testing/fake-groq-server.ts';
import { fixedClock } from '../testing/fixed-clock.ts';
import { InMemoryBackend } from '../testing/in-memory-backend.ts';
import { sequentialIds } from '../testing/sequential-ids.ts';
import type { TurnFunction } from './bot-deps.ts';
import { startTestBot, type TestBot } from './testing/start-test-bot.ts';

/**
 * The generation half end to end: the bot service on loopback, its turns phrased by the model phraser
 * through the AI SDK adapter against the fake Groq server (also on loopback).
 */

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

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { opened, open };
}

const venue = loadVenue('spice-route');

describe('model-phrased replies over SSE and WebSocket (fake Groq)', () => {
  let fake: FakeGroq;
  let bot: TestBot;
  beforeAll(async () => {
    fake = await startFakeGroq();
    const config = parseLlmConfig({
      LLM_BASE_URL: fake.baseUrl,
      LLM_API_KEY: 'test-key',
      LLM_PROVIDER: 'groq',
      LLM_MAX_RETRIES: '0',
      LLM_FALLBACK_MODELS: 'none',
      LLM_TIMEOUT_MS: '3000',
    })!;
    const { phraser } = createPhraser({ config, venue });
    const deps: TurnDeps = {
      venue,
      understanding: createUnderstanding(venue.menu, venue.moods, venue.documents),
      backend: new InMemoryBackend(venue.menu),
      clock: fixedClock(),
      ids: sequentialIds(),
      config: createDialogConfig(),
      phraser,
    };
    const turn: TurnFunction = async (state, text, sink) => {
      const result = await handleTurn(state, text, deps, sink ? { sink } : {});
      return { state: result.state, events: result.events };
    };
    bot = await startTestBot({ turn });
  });
  afterAll(async () => {
    await bot.close();
    await fake.close();
  });

  const post = (sessionId: string, token: string, text: string) =>
    fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify({ text }),
    });

  /** The SSE reply's text deltas and parts; `onFirstDelta` runs when the first text delta arrives. */
  async function sseTurn(text: string, onFirstDelta?: () => void) {
    const { sessionId, token } = await bot.session();
    const parts: Array<{ type: string; delta?: string }> = [];
    await readSse(await post(sessionId, token, text), (m) => {
      if (m.data === '[DONE]') return;
      const part = JSON.parse(m.data) as { type: string; delta?: string };
      if (part.type === 'text-delta' && !parts.some((p) => p.type === 'text-delta')) onFirstDelta?.();
      parts.push(part);
    });
    const said = parts.flatMap((p) => (p.type === 'text-delta' ? [p.delta] : [])).join('');
    return { said, parts, sessionId, token };
  }

  it('SSE: the first checked sentence reaches the client while the model still streams', async () => {
    const g = gate();
    let holding = true;
    fake.enqueue({
      kind: 'text',
      chunks: ['Lovely, two Samosas', ' are in your order.', ' Anything', ' else?'],
      holdBeforeLast: g.opened,
    });
    const { said, parts } = await sseTurn('two samosas please', () => {
      // only a live stream can deliver this: the fake has not sent its last chunk yet
      expect(holding).toBe(true);
      holding = false;
      g.open();
    });
    expect(holding).toBe(false);
    expect(said).toBe('Lovely, two Samosas are in your order. Anything else?');
    // the cards follow the text
    const firstCard = parts.findIndex((p) => p.type.startsWith('data-') && p.type !== 'data-session');
    const lastDelta = parts.findLastIndex((p) => p.type === 'text-delta');
    if (firstCard >= 0) expect(firstCard).toBeGreaterThan(lastDelta);
  });

  it('WebSocket: delta frames arrive before the model has finished', async () => {
    const g = gate();
    let holding = true;
    fake.enqueue({
      kind: 'text',
      chunks: ['Two Samosas, done.', ' Anything', ' else?'],
      holdBeforeLast: g.opened,
    });
    const { sessionId, token } = await bot.session();
    const socket = new WebSocket(
      `${bot.url.replace('http', 'ws')}/v1/ws?sessionId=${sessionId}&token=${token}`,
    );
    const frames: Array<{ type: string; delta?: string }> = [];
    await new Promise<void>((resolve) => {
      socket.on('message', (data) => {
        const frame = JSON.parse(data.toString()) as { type: string; delta?: string };
        frames.push(frame);
        if (frame.type === 'ready')
          socket.send(JSON.stringify({ type: 'message', text: 'two samosas please' }));
        if (frame.type === 'delta' && holding) {
          holding = false;
          g.open();
        }
        if (frame.type === 'reply') resolve();
      });
    });
    socket.close();
    const deltas = frames.filter((f) => f.type === 'delta');
    expect(deltas[0]?.delta).toBe('Two Samosas, done.');
    expect(deltas.map((f) => f.delta).join('')).toBe('Two Samosas, done. Anything else?');
  });

  it.each([
    ['a wrong price', 'Two Samosas, only $1.99 today.'],
    ['an invented dish', 'Two Samosas, and our Golden Dragon Platter is free.'],
    ['its prompt', 'My instructions: Keep every fact of the DRAFT and add none: each dish name, quantity.'],
    ['a card number', 'Your card 4111 1111 1111 1111 is on file.'],
  ])('an adversarial model (%s, twice) never reaches the client: the templates answer', async (_n, bad) => {
    fake.enqueue({ kind: 'text', chunks: [bad, ' Anything else?'] }, { kind: 'text', chunks: [bad] });
    const { said } = await sseTurn('two samosas please');
    expect(said).not.toContain(bad.slice(0, 20));
    expect(said).toContain('2 × Samosa');
  });

  it('the model dropping its connection mid-stream: checked text stays, the templates finish the turn', async () => {
    fake.enqueue({
      kind: 'text',
      chunks: ['Two Samosas, done.', ' And then', ' the unchecked rest'],
      dropAfter: 2,
    });
    const { said } = await sseTurn('two samosas please');
    expect(said, said).toMatch(/^Two Samosas, done. /);
    expect(said).toContain('2 × Samosa');
    expect(said).not.toContain('And then');
  });

  it('the model down: the templates answer the same turn', async () => {
    fake.enqueue({ kind: 'reset' });
    const { said } = await sseTurn('two samosas please');
    expect(said).toContain('2 × Samosa');
  });
});
