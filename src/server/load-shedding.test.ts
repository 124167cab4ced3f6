import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { TurnFunction } from './bot-deps.ts';
import { startTestBot, type TestBot } from './testing/start-test-bot.ts';
import { createStubTurn } from './testing/stub-turn.ts';

/** Polls until the bot's first pressure sample was taken (a few sample intervals at most). */
async function firstShed(url: string, init?: RequestInit): Promise<Response> {
  for (let i = 0; i < 100; i++) {
    const res = await fetch(url, init);
    if (res.status === 503) return res;
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('never shed');
}

describe('load shedding (@fastify/under-pressure)', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('answers 503 OVERLOADED with Retry-After before running a turn while memory is over its threshold', async () => {
    let turns = 0;
    const stub = createStubTurn();
    const turn: TurnFunction = (state, text, sink) => {
      turns++;
      return stub(state, text, sink);
    };
    // a heap threshold of 1 MB is always passed: simulated memory pressure
    bot = await startTestBot({
      turn,
      env: { SHED_MAX_HEAP_MB: '1', SHED_SAMPLE_INTERVAL_MS: '10', SHED_RETRY_AFTER_SECONDS: '3' },
    });
    const created = await firstShed(`${bot.url}/v1/sessions`, { method: 'POST' });
    expect(created.headers.get('retry-after')).toBe('3');
    expect(await created.json()).toEqual({
      error: { code: 'OVERLOADED', message: 'The service is busy; try again shortly.' },
    });
    const message = await fetch(`${bot.url}/v1/sessions/s_x/messages`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hi' }),
    });
    expect(message.status).toBe(503);
    expect(message.headers.get('retry-after')).toBe('3');
    expect(turns).toBe(0);
    // probes, metrics and the web chat's page still answer, and the metrics count what was shed
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${bot.url}/readyz`)).status).not.toBe(503);
    expect((await fetch(`${bot.url}/`)).status).toBe(200);
    const metrics = await (await fetch(`${bot.url}/metrics`)).text();
    expect(metrics).toMatch(/maitre_shed_total\{reason="heapUsedBytes"\} [1-9]/);
  });

  it('takes every request while under its thresholds', async () => {
    bot = await startTestBot({ env: { SHED_MAX_HEAP_MB: '100000', SHED_SAMPLE_INTERVAL_MS: '10' } });
    await new Promise((r) => setTimeout(r, 50));
    const { sessionId, token } = await bot.session();
    const res = await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hi' }),
    });
    expect(res.status).toBe(200);
  });
});

describe('turns in flight (SHED_MAX_TURNS_IN_FLIGHT)', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('refuses a turn beyond the bound at once with 503 + Retry-After; other routes are never held back', async () => {
    // a slow backend: each turn waits until released
    let entered = 0;
    let release: () => void = () => {};
    const released = new Promise<void>((r) => {
      release = r;
    });
    let enteredTwo: () => void = () => {};
    const twoEntered = new Promise<void>((r) => {
      enteredTwo = r;
    });
    const stub = createStubTurn();
    const turn: TurnFunction = async (state, text, sink) => {
      entered++;
      if (entered === 2) enteredTwo();
      if (text === 'slow') await released;
      return stub(state, text, sink);
    };
    bot = await startTestBot({
      turn,
      env: { SHED_MAX_TURNS_IN_FLIGHT: '2', SHED_RETRY_AFTER_SECONDS: '4' },
    });
    const url = bot.url;
    const a = await bot.session();
    const b = await bot.session();
    const c = await bot.session();
    const say = (s: { sessionId: string; token: string }, text: string) =>
      fetch(`${url}/v1/sessions/${s.sessionId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
    const first = say(a, 'slow');
    const second = say(b, 'slow');
    await twoEntered;

    const refused = await say(c, 'hi');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('4');
    expect(await refused.json()).toEqual({
      error: { code: 'OVERLOADED', message: 'The service is busy; try again shortly.' },
    });
    const chat = await fetch(`${url}/v1/chat`, {
      method: 'POST',
      headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: c.sessionId,
        messages: [{ role: 'user', parts: [{ type: 'text', text: 'hi' }] }],
      }),
    });
    expect(chat.status).toBe(503);
    await chat.arrayBuffer();
    // a WebSocket turn is refused with an error frame, the socket stays open
    const ws = new WebSocket(`${url.replace('http', 'ws')}/v1/ws`);
    const frames: Array<{ type: string; error?: { code: string; details?: Record<string, unknown> } }> = [];
    const gotError = new Promise<void>((resolve) =>
      ws.on('message', (data) => {
        const frame = JSON.parse(data.toString());
        frames.push(frame);
        if (frame.type === 'ready') ws.send(JSON.stringify({ type: 'message', text: 'hi' }));
        if (frame.type === 'error') resolve();
      }),
    );
    await new Promise<void>((resolve) => ws.on('open', () => resolve()));
    ws.send(JSON.stringify({ type: 'auth', sessionId: c.sessionId, token: c.token }));
    await gotError;
    expect(frames.at(-1)?.error).toMatchObject({ code: 'OVERLOADED', details: { retryAfterSeconds: 4 } });
    ws.close();

    // the page, probes, metrics, session creation and the signed webhook are not turns: never refused
    expect((await fetch(`${url}/`)).status).toBe(200);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).not.toBe(503);
    expect((await fetch(`${url}/v1/sessions`, { method: 'POST' })).status).toBe(201);
    const webhook = await fetch(`${url}/webhooks/backend`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(webhook.status).not.toBe(503); // refused for its missing signature, not for load
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/maitre_shed_total\{reason="turnsInFlight"\} 3/);
    expect(entered).toBe(2); // the refused turns never ran

    // the admitted turns finish, and their places are given back
    release();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    const again = await say(c, 'hi');
    expect(again.status).toBe(200);
    await again.arrayBuffer();
  });
});

describe('event-loop utilization (SHED_MAX_EVENT_LOOP_UTILIZATION)', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('refuses a turn while the loop is busier than the bound and turns queue; the admitted ones finish', async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((r) => {
      release = r;
    });
    let entered = 0;
    const stub = createStubTurn();
    const turn: TurnFunction = async (state, text, sink) => {
      entered++;
      if (text === 'slow') await released;
      return stub(state, text, sink);
    };
    // any busy time over the window passes a bound this low: a loop that cannot keep up, simulated
    bot = await startTestBot({
      turn,
      env: {
        SHED_MAX_EVENT_LOOP_UTILIZATION: '0.000001',
        SHED_SAMPLE_INTERVAL_MS: '10',
        SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
      },
    });
    const url = bot.url;
    const say = (s: { sessionId: string; token: string }, text: string) =>
      fetch(`${url}/v1/sessions/${s.sessionId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
    // a lone turn is taken however busy the loop: no queue to shorten
    const lone = await bot.session();
    for (let i = 0; i < 3; i++) expect((await say(lone, 'hi')).status).toBe(200);
    const held = await Promise.all(Array.from({ length: 4 }, () => bot!.session()));
    const slow = held.map((s) => say(s, 'slow'));
    while (entered < 3 + 4) await new Promise((r) => setTimeout(r, 5));
    const extra = await bot.session();
    let refused: Response | undefined;
    for (let i = 0; i < 100 && !refused; i++) {
      const res = await say(extra, 'hi');
      if (res.status === 503) refused = res;
      else await new Promise((r) => setTimeout(r, 10));
    }
    expect(refused?.headers.get('retry-after')).toBe('2');
    expect(await refused?.json()).toEqual({
      error: { code: 'OVERLOADED', message: 'The service is busy; try again shortly.' },
    });
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/maitre_shed_total\{reason="eventLoopUtilization"\} [1-9]/);
    release();
    for (const res of await Promise.all(slow)) expect(res.status).toBe(200);
  });
});
