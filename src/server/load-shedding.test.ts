import { afterEach, describe, expect, it } from 'vitest';
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
