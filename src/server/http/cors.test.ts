import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../testing/start-test-bot.ts';

describe('CORS (CORS_ORIGINS)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { CORS_ORIGINS: 'http://shop.example' } });
  });
  afterAll(() => bot.close());

  it('answers preflights and marks JSON and SSE responses for an allowed origin only', async () => {
    const preflight = await fetch(`${bot.url}/v1/chat`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://shop.example');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');

    const created = await fetch(`${bot.url}/v1/sessions`, {
      method: 'POST',
      headers: { origin: 'http://shop.example' },
    });
    expect(created.headers.get('access-control-allow-origin')).toBe('http://shop.example');
    const { sessionId, token } = await created.json();
    const streamed = await fetch(`${bot.url}/v1/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: {
        origin: 'http://shop.example',
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify({ text: 'hi' }),
    });
    expect(streamed.headers.get('access-control-allow-origin')).toBe('http://shop.example');
    expect(streamed.headers.get('access-control-expose-headers')).toContain('x-vercel-ai-ui-message-stream');
    await streamed.text();

    const other = await fetch(`${bot.url}/v1/sessions`, {
      method: 'POST',
      headers: { origin: 'http://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
