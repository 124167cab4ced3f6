import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/index.ts';
import { parseBotConfig } from './config/parse-bot-config.ts';
import { botLoggerOptions, redactUrl } from './http/log-redaction.ts';
import { MemoryServiceStore } from './store/memory-service-store.ts';
import { startTestBot, type TestBot } from './testing/start-test-bot.ts';

const createSession = (bot: TestBot, headers: Record<string, string> = {}) =>
  fetch(`${bot.url}/v1/sessions`, { method: 'POST', headers });

describe('abuse', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('limits session creation per client address (429, scope session_create, Retry-After)', async () => {
    bot = await startTestBot({ env: { RATE_LIMIT_SESSIONS_PER_IP: '3' } });
    for (let i = 0; i < 3; i++) expect((await createSession(bot)).status).toBe(201);
    const refused = await createSession(bot);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error).toMatchObject({
      code: 'RATE_LIMITED',
      details: { scope: 'session_create' },
    });
    // the limit is on creation only: existing sessions keep working
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('TRUST_PROXY=1 takes the address the proxy appended, never the client-written first entry', async () => {
    bot = await startTestBot({ env: { RATE_LIMIT_SESSIONS_PER_IP: '2', TRUST_PROXY: '1' } });
    // the same client behind the proxy (which appends 203.0.113.7) forges a new first entry each time
    const forged = (n: number) => ({ 'x-forwarded-for': `198.51.100.${n}, 203.0.113.7` });
    expect((await createSession(bot, forged(1))).status).toBe(201);
    expect((await createSession(bot, forged(2))).status).toBe(201);
    expect((await createSession(bot, forged(3))).status).toBe(429);
    // another client (another address appended by the proxy) has its own budget
    expect((await createSession(bot, { 'x-forwarded-for': '198.51.100.1, 203.0.113.8' })).status).toBe(201);
  });

  it('TRUST_PROXY as the proxy addresses: entries added by trusted proxies are skipped from the right', async () => {
    // the bot's peer is 127.0.0.1 (the "proxy"); the client is the first untrusted entry from the right
    bot = await startTestBot({
      env: { RATE_LIMIT_SESSIONS_PER_IP: '1', TRUST_PROXY: '127.0.0.1,10.0.0.0/8' },
    });
    expect((await createSession(bot, { 'x-forwarded-for': '1.1.1.1, 203.0.113.9, 10.1.2.3' })).status).toBe(
      201,
    );
    expect((await createSession(bot, { 'x-forwarded-for': '2.2.2.2, 203.0.113.9' })).status).toBe(429);
  });

  it('refuses TRUST_PROXY=true at start, naming the variable', () => {
    expect(() => parseBotConfig({ TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => parseBotConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY.*number of proxies/);
    expect(() => parseBotConfig({ TRUST_PROXY: 'proxy.local' })).toThrow(/TRUST_PROXY/);
    expect(parseBotConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(parseBotConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(parseBotConfig({}).trustProxy).toBe(false);
    expect(parseBotConfig({ TRUST_PROXY: '10.0.0.0/8, ::1' }).trustProxy).toEqual(['10.0.0.0/8', '::1']);
  });

  it('redacts ?token= from every logged URL, at trace level (request logs included)', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino(botLoggerOptions('trace'), sink);
    bot = await startTestBot({ env: { LOG_LEVEL: 'trace' }, deps: { logger } });
    const { sessionId, token } = await bot.session();
    // a route that takes ?token= (the push channel), one that fails auth, and an unknown route
    const controller = new AbortController();
    const events = await fetch(`${bot.url}/v1/sessions/${sessionId}/events?token=${token}&x=1`, {
      signal: controller.signal,
    });
    expect(events.status).toBe(200);
    controller.abort();
    await fetch(`${bot.url}/v1/sessions/${sessionId}?token=${token}`);
    await fetch(`${bot.url}/v1/sessions/${sessionId}/stream?access_token=${token}`);
    await fetch(`${bot.url}/nowhere?token=${token}`);
    await fetch(`${bot.url}/v1/sessions/${sessionId}`, { headers: { authorization: `Bearer ${token}` } });
    await new Promise((r) => setTimeout(r, 50));
    const text = lines.join('');
    expect(text).toContain('incoming request'); // request logs were on
    expect(text).toContain('token=[redacted]');
    expect(text).toContain('&x=1'); // other parameters are kept
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.slice(3, 20));
  });

  it("a flood of client message ids or webhook ids never evicts a session's token (memory store)", async () => {
    const store = new MemoryServiceStore(3, 10);
    await store.saveTokenHash('customer', 'hash', 600);
    for (let i = 0; i < 50; i++) await store.claimClientMessage('attacker', `c${i}`, `m${i}`, 600);
    for (let i = 0; i < 50; i++) await store.markSeen(`e${i}`, 600);
    expect(await store.getTokenHash('customer')).toBe('hash');
  });

  it('redactUrl keeps the path and other parameters', () => {
    expect(redactUrl('/v1/ws?sessionId=s_1&token=tk_abc&x=2')).toBe(
      '/v1/ws?sessionId=s_1&token=[redacted]&x=2',
    );
    expect(redactUrl('/a?TOKEN=x#frag')).toBe('/a?TOKEN=[redacted]#frag');
    expect(redactUrl('/plain')).toBe('/plain');
  });
});
