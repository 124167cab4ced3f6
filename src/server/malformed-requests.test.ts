import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from './testing/start-test-bot.ts';

/** A small deterministic PRNG so a failure can be replayed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('1,000 randomly malformed requests', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(() => bot.close());

  it('never answer 5xx and always answer JSON errors for 4xx', async () => {
    const { sessionId, token } = await bot.session();
    const other = await bot.session();
    const rand = prng(20261125);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    const junk = (n: number) =>
      Array.from({ length: n }, () => String.fromCharCode(Math.floor(rand() * 0x2fff))).join('');
    const paths = [
      '/v1/sessions',
      `/v1/sessions/${sessionId}`,
      `/v1/sessions/${sessionId}/messages`,
      `/v1/sessions/${sessionId}/stream`,
      `/v1/sessions/${other.sessionId}/messages`,
      '/v1/sessions/%2e%2e%2fetc/messages',
      `/v1/sessions/${'x'.repeat(300)}/messages`,
      '/v1/chat',
      `/v1/chat/${sessionId}/stream`,
      '/v1/parse',
      '/webhooks/backend',
      '/v1/nothing',
      '/../../etc/passwd',
      '/%00',
      '/v1/sessions/%ff/messages',
    ];
    const bodies = [
      () => '',
      () => '{',
      () => 'null',
      () => '[]',
      () => '"text"',
      () => JSON.stringify({ text: junk(Math.floor(rand() * 600)) }),
      () => JSON.stringify({ text: 123 }),
      () => JSON.stringify({ text: null, clientMessageId: {} }),
      () => JSON.stringify({ id: sessionId, messages: 'x' }),
      () =>
        JSON.stringify({ id: sessionId, messages: [{ role: 'user', parts: [{ type: 'text', text: 5 }] }] }),
      () => JSON.stringify({ id: sessionId, messages: [{ role: 'assistant', parts: [] }] }),
      () =>
        JSON.stringify({ id: 'nope', messages: [{ role: 'user', parts: [{ type: 'text', text: 'hi' }] }] }),
      () => JSON.stringify({ id: 'evt', type: 'order.status_changed', data: {} }),
      () => junk(50),
      () => 'x'.repeat(20_000),
      () =>
        JSON.stringify({
          text: 'a'.repeat(10),
          __proto__: { polluted: true },
          constructor: { prototype: {} },
        }),
    ];
    const authHeaders: Array<Record<string, string>> = [
      {},
      { authorization: `Bearer ${token}` },
      { authorization: `Bearer ${other.token}` },
      { authorization: 'Bearer' },
      { authorization: `Basic ${token}` },
      { authorization: `Bearer ${'z'.repeat(500)}` },
    ];
    const types = [
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      undefined,
    ];
    const methods = ['GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH'];
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const one = async () => {
      const method = pick(methods);
      const path = pick(paths);
      const headers: Record<string, string> = { ...pick(authHeaders) };
      const type = pick(types);
      if (type) headers['content-type'] = type;
      if (rand() < 0.2) headers.accept = 'text/event-stream';
      if (rand() < 0.1)
        headers['last-event-id'] = pick([
          '',
          'x',
          ':1',
          'm_1:-4',
          `${junk(5).replace(/[^\x20-\x7e]/g, 'q')}:9`,
        ]);
      if (rand() < 0.1)
        headers['maitre-signature'] = pick([
          '',
          't=,v1=',
          `t=${Date.now()},v1=abc`,
          junk(20).replace(/[^\x20-\x7e]/g, ''),
        ]);
      const body = method === 'GET' || method === 'DELETE' ? undefined : pick(bodies)();
      const res = await fetch(`${bot.url}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      });
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) failures.push(`${method} ${path} ${res.status} ${text.slice(0, 200)}`);
      else if (res.status >= 400) {
        try {
          const json = JSON.parse(text) as { error?: { code?: unknown } };
          if (typeof json.error?.code !== 'string')
            failures.push(`${method} ${path} ${res.status}: no error code`);
        } catch {
          failures.push(`${method} ${path} ${res.status}: not JSON: ${text.slice(0, 100)}`);
        }
      }
    };
    for (let batch = 0; batch < 100; batch++) await Promise.all(Array.from({ length: 10 }, one));
    expect(failures).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(1000);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});
