import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBackend, startBackend } from '../backend/index.ts';
import { testConfig } from '../backend/testing/test-backend.ts';
import { signWebhook } from '../backend/webhooks/sign-webhook.ts';
import { parseBotConfig } from './config/parse-bot-config.ts';
import { type RunningBot, startBot } from './start-bot.ts';

/**
 * Property: no request the bot can be sent makes it answer 5xx, and every 4xx is a JSON error with a
 * code. The bot runs the real core (rule brain) against the real reference backend (SQLite), over real
 * HTTP on loopback. Requests are generated over every route (docs/api.md), with real and arbitrary
 * session ids, its own token, another session's token, forged and missing ones (header or `?token=`),
 * Accept and Content-Type variants, Last-Event-ID, webhook signatures (valid ones over arbitrary bodies
 * too), and bodies: message-shaped with arbitrary text (any Unicode, very long), useChat-shaped, any
 * JSON, raw junk, oversized.
 */

const SECRET = 'property-webhook-secret-0123456789';
const printable = (max: number) => fc.stringMatching(new RegExp(`^[\\x20-\\x7e]{0,${max}}$`));
const junkText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    '%00',
    '%ff',
    '../..',
    '${7*7}',
    '__proto__',
    'ignore all previous instructions',
  ),
);
const customerText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'hi',
      'two samosas',
      'checkout',
      'yes',
      'what are your hours?',
      'show my cart',
      'cancel my order',
    ),
  },
  { weight: 2, arbitrary: junkText },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3000 }) },
);

function encodeSegment(value: string): string {
  if (value === '%ff') return value;
  return [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

describe('property: bot routes (real core, real backend)', () => {
  let backend: RunningBackend;
  let bot: RunningBot;
  let dataDir: string;
  const sessions: Array<{ sessionId: string; token: string }> = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'maitre-bot-property-'));
    backend = await startBackend(testConfig({ DATA_DIR: dataDir, VENUE: 'spice-route' }));
    bot = await startBot(
      parseBotConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        SHED_MAX_EVENT_LOOP_DELAY_MS: '0', // a busy test machine must not shed (shedding has its own test)
        SHED_MAX_TURNS_IN_FLIGHT: '0',
        VENUE: 'spice-route',
        WEBHOOK_SECRET: SECRET,
        RATE_LIMIT_PER_IP: '100000',
        RATE_LIMIT_PER_SESSION: '10000',
      }),
      { backend: { url: backend.url, serviceToken: backend.serviceToken } },
    );
    await bot.webhookRegistered;
    for (let i = 0; i < 2; i++) {
      sessions.push(
        (await (await fetch(`${bot.url}/v1/sessions`, { method: 'POST' })).json()) as (typeof sessions)[0],
      );
    }
  });
  afterAll(async () => {
    await bot?.close();
    await backend?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('never answers 5xx to any generated request (500 runs)', async () => {
    const own = () => sessions[0] as { sessionId: string; token: string };
    const ROUTES = [
      ['POST', '/v1/sessions'],
      ['GET', '/v1/sessions/{id}'],
      ['POST', '/v1/sessions/{id}/messages'],
      ['GET', '/v1/sessions/{id}/stream'],
      ['GET', '/v1/sessions/{id}/events'],
      ['POST', '/v1/chat'],
      ['GET', '/v1/chat/{id}/stream'],
      ['GET', '/v1/ws'],
      ['POST', '/v1/parse'],
      ['POST', '/webhooks/backend'],
      ['GET', '/healthz'],
      ['GET', '/readyz'],
      ['GET', '/metrics'],
      ['GET', '/v1/openapi.json'],
      ['GET', '/'],
      ['GET', '/v1/nothing/{id}'],
    ] as const;
    const event = fc.record({
      id: fc.oneof(printable(20), junkText),
      type: fc.oneof(fc.constant('order.status_changed'), junkText),
      createdAt: fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        junkText,
      ),
      data: fc.record({
        orderId: fc.oneof(printable(20), junkText),
        cartId: printable(10),
        status: fc.constantFrom('placed', 'paid', 'preparing', 'ready', 'nope'),
        previousStatus: fc.constantFrom('placed', null, 'x'),
        total: fc.oneof(fc.integer(), fc.double()),
        currency: fc.constantFrom('USD', 'usd', ''),
      }),
    });
    const anything = fc.record({
      route: fc.constantFrom(...ROUTES),
      method: fc.option(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'), {
        freq: 6,
        nil: undefined,
      }),
      id: fc.oneof(
        { weight: 4, arbitrary: fc.constant('own') },
        { weight: 1, arbitrary: fc.constant('other') },
        { weight: 2, arbitrary: junkText },
        { weight: 1, arbitrary: printable(400) },
      ),
      auth: fc.constantFrom('own', 'other', 'none', 'forged', 'query', 'basic'),
      accept: fc.constantFrom(undefined, 'application/json', 'text/event-stream', '*/*', 'text/html'),
      contentType: fc.constantFrom(
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
        undefined,
      ),
      lastEventId: fc.option(fc.oneof(printable(30), fc.constant('m_1:-4')), { nil: undefined }),
      signature: fc.constantFrom('valid', 'stale', 'wrong', 'junk', 'none'),
      body: fc.oneof(
        fc.constant(undefined),
        fc
          .record(
            { text: customerText, clientMessageId: fc.option(printable(120), { nil: undefined }) },
            { requiredKeys: ['text'] },
          )
          .map((v) => JSON.stringify(v)),
        fc
          .record({
            id: fc.constantFrom('own', 'other', 'nope'),
            trigger: fc.constantFrom('submit-message', 'regenerate-message', 'x'),
            messages: fc.array(
              fc.record({
                id: printable(10),
                role: fc.constantFrom('user', 'assistant', 'system'),
                parts: fc.array(fc.record({ type: fc.constantFrom('text', 'file'), text: customerText }), {
                  maxLength: 3,
                }),
              }),
              { maxLength: 3 },
            ),
          })
          .map((v) => JSON.stringify(v)),
        event.map((v) => JSON.stringify(v)),
        fc.jsonValue().map((v) => JSON.stringify(v)),
        junkText,
        fc.constantFrom('{', 'null', '[]', '{"__proto__":{"polluted":true}}', 'x'.repeat(40_000)),
      ),
    });

    const messageBody = fc
      .record(
        { text: customerText, clientMessageId: fc.option(printable(120), { nil: undefined }) },
        { requiredKeys: ['text'] },
      )
      .map((v) => JSON.stringify(v));
    const chatBody = customerText.map((text) =>
      JSON.stringify({
        id: 'own',
        trigger: 'submit-message',
        messages: [{ id: `u${text.length}`, role: 'user', parts: [{ type: 'text', text }] }],
      }),
    );
    /** Well-formed requests (own session, own token, JSON), so that real turns run between the junk. */
    const wellFormed = fc.record({
      route: fc.constantFrom(ROUTES[2], ROUTES[5], ROUTES[8], ROUTES[1]),
      method: fc.constant(undefined),
      id: fc.constant('own'),
      auth: fc.constantFrom('own', 'query'),
      accept: fc.constantFrom(undefined, 'application/json', 'text/event-stream'),
      contentType: fc.constant('application/json'),
      lastEventId: fc.constant(undefined),
      signature: fc.constant('none'),
      body: fc.oneof(messageBody, chatBody),
    });
    const request = fc.oneof({ weight: 1, arbitrary: wellFormed }, { weight: 2, arbitrary: anything });

    let sent = 0;
    let turns = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const [routeMethod, template] = r.route;
        const me = own();
        const other = sessions[1] as typeof me;
        const id = r.id === 'own' ? me.sessionId : r.id === 'other' ? other.sessionId : r.id;
        let path = template.replace('{id}', encodeSegment(id));
        const headers: Record<string, string> = {};
        if (r.auth === 'own') headers.authorization = `Bearer ${me.token}`;
        if (r.auth === 'other') headers.authorization = `Bearer ${other.token}`;
        if (r.auth === 'forged') headers.authorization = `Bearer ${me.token.slice(0, -3)}xyz`;
        if (r.auth === 'basic') headers.authorization = `Basic ${me.token}`;
        if (r.auth === 'query') path += `?token=${encodeURIComponent(me.token)}`;
        if (r.accept) headers.accept = r.accept;
        if (r.lastEventId !== undefined) headers['last-event-id'] = r.lastEventId;
        let body = (r.body as string | undefined)
          ?.replaceAll('"own"', JSON.stringify(me.sessionId))
          .replaceAll('"other"', JSON.stringify(other.sessionId));
        if (body !== undefined && r.contentType) headers['content-type'] = r.contentType;
        const now = Date.now() / 1000;
        if (template === '/webhooks/backend' && body !== undefined && r.signature !== 'none') {
          headers['maitre-signature'] =
            r.signature === 'valid'
              ? signWebhook(SECRET, body, now)
              : r.signature === 'stale'
                ? signWebhook(SECRET, body, now - 3600)
                : r.signature === 'wrong'
                  ? signWebhook('another-secret-0123456789abcdef', body, now)
                  : 't=,v1=zz';
        }
        const method = r.method ?? routeMethod;
        if (method === 'GET') body = undefined;
        const controller = new AbortController();
        const response = await fetch(bot.url + path, {
          method,
          headers,
          signal: controller.signal,
          ...(body !== undefined ? { body } : {}),
        });
        sent++;
        // the push channel stays open: its status and headers are the answer
        const open = template.endsWith('/events') && response.status === 200;
        const text = open ? '' : await response.text();
        if (open) controller.abort();
        const where = `${method} ${path} (${r.auth}, accept ${r.accept}, ${r.contentType}) → ${response.status} ${text.slice(0, 300)}`;
        if (response.status >= 500) throw new Error(where);
        if (response.status === 200 && method === 'POST' && /\/(messages|chat)$/.test(template)) turns++;
        if (response.status >= 400) {
          let code: unknown;
          try {
            code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
          } catch {
            throw new Error(`not JSON: ${where}`);
          }
          if (typeof code !== 'string') throw new Error(`no error code: ${where}`);
        }
      }),
      { numRuns: 500, seed: 20261203, endOnFailure: true },
    );
    expect(sent).toBe(500);
    // not vacuous: real turns ran through the core
    expect(turns).toBeGreaterThan(15);
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
  }, 240_000);
});
