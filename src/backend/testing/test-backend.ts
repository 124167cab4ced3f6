import pino from 'pino';
import type { Clock } from '../../core/ports/clock.ts';
import type { Venue } from '../../domain/index.ts';
import { type BackendConfig, parseBackendConfig } from '../config/backend-config.ts';
import type { BackendDatabase } from '../db/open-database.ts';
import { type BackendApp, buildBackendApp } from '../http/build-backend-app.ts';
import { fixtureVenue } from './fixture-venue.ts';

export const TEST_SERVICE_TOKEN = 'test-service-token-0123456789';
export const TEST_TOKEN_SECRET = 'test-token-secret-0123456789abcdef0123456789';

/** Backend config for tests: quiet logs, fast webhook retries, fixed tokens. */
export function testConfig(env: Record<string, string> = {}, webhookEnabled = true): BackendConfig {
  const config = parseBackendConfig({
    LOG_LEVEL: 'silent',
    BACKEND_PORT: '0',
    BACKEND_SERVICE_TOKEN: TEST_SERVICE_TOKEN,
    BACKEND_TOKEN_SECRET: TEST_TOKEN_SECRET,
    WEBHOOK_POLL_MS: '20',
    WEBHOOK_RETRY_BASE_MS: '20',
    WEBHOOK_RETRY_MAX_MS: '200',
    WEBHOOK_TIMEOUT_MS: '1000',
    ...env,
  });
  return { ...config, webhook: { ...config.webhook, enabled: webhookEnabled } };
}

/** A backend listening on 127.0.0.1 (random port) over `database`, with helpers to call it. */
export interface TestBackend {
  url: string;
  app: BackendApp;
  /** fetch + JSON: returns status, headers and the parsed body (or text). */
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  customerToken(customerId?: string): Promise<string>;
  close(): Promise<void>;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** Sent as-is (a malformed body, another content type). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  body: any;
}

export async function startTestBackend(
  database: BackendDatabase,
  options: { venue?: Venue; config?: BackendConfig; fetch?: typeof fetch; clock?: Clock } = {},
): Promise<TestBackend> {
  const config = options.config ?? testConfig();
  const app = await buildBackendApp(
    {
      database,
      venue: options.venue ?? fixtureVenue(),
      logger: pino({ level: 'silent' }),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    },
    config,
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}`;
  const call = async (method: string, path: string, o: CallOptions = {}): Promise<CallResult> => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    let body: string | undefined;
    if (o.rawBody !== undefined) body = o.rawBody;
    else if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(url + path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('application/json') && text !== '')
      parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed };
  };
  return {
    url,
    app,
    call,
    async customerToken(customerId?: string) {
      const r = await call('POST', '/api/auth/customer-tokens', {
        token: TEST_SERVICE_TOKEN,
        body: customerId ? { customerId } : {},
      });
      if (r.status !== 201) throw new Error(`token: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.token as string;
    },
    close: () => app.close(),
  };
}
