import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from './testing/start-test-bot.ts';

describe('rate limits', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { RATE_LIMIT_PER_SESSION: '3', RATE_LIMIT_PER_IP: '40' } });
  });
  afterAll(() => bot.close());

  it('answers 429 with Retry-After once a session sends too many messages', async () => {
    const { sessionId, token } = await bot.session();
    const send = () =>
      fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'hi' }),
      });
    for (let i = 0; i < 3; i++) expect((await send()).status).toBe(200);
    const limited = await send();
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await limited.json()).error).toMatchObject({
      code: 'RATE_LIMITED',
      details: { scope: 'session' },
    });
    // Another session is not affected.
    const other = await bot.session();
    const ok = await fetch(`${bot.url}/v1/sessions/${other.sessionId}`, {
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(ok.status).toBe(200);
  });

  it('answers 429 with Retry-After once an address sends too many requests', async () => {
    let limited: Response | undefined;
    for (let i = 0; i < 60 && !limited; i++) {
      const res = await fetch(`${bot.url}/v1/sessions`, { method: 'POST' });
      if (res.status === 429) limited = res;
      else await res.arrayBuffer();
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await limited!.json()).error.details.scope).toBe('ip');
    // Health checks are never limited.
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});
