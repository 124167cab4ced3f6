import type { FastifyInstance } from 'fastify';
import type { BotDeps, TurnFunction } from '../bot-deps.ts';
import { buildApp } from '../build-app.ts';
import { type BotConfig, parseBotConfig } from '../config/parse-bot-config.ts';
import { memoryBotDeps } from './memory-bot-deps.ts';
import { createStubTurn } from './stub-turn.ts';

export const TEST_WEBHOOK_SECRET = 'test-webhook-secret-0123456789';

export interface TestBot {
  app: FastifyInstance;
  url: string;
  deps: BotDeps;
  config: BotConfig;
  close(): Promise<void>;
  /** POST /v1/sessions → {sessionId, token}. */
  session(): Promise<{ sessionId: string; token: string }>;
}

/** A bot on memory adapters listening on 127.0.0.1 (random port). */
export async function startTestBot(
  options: { env?: Record<string, string>; turn?: TurnFunction; deps?: Partial<BotDeps> } = {},
): Promise<TestBot> {
  const config = parseBotConfig({
    LOG_LEVEL: 'silent',
    WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    RATE_LIMIT_PER_IP: '100000',
    RATE_LIMIT_SESSIONS_PER_IP: '100000',
    RATE_LIMIT_PER_SESSION: '10000',
    // a busy test machine delays event loops: no test is shed unless it asks to be
    SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
    SHED_MAX_TURNS_IN_FLIGHT: '0',
    SHED_MAX_EVENT_LOOP_UTILIZATION: '0',
    ...options.env,
  });
  const deps = memoryBotDeps(options.turn ?? createStubTurn(), options.deps);
  const app = await buildApp(deps, config);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    deps,
    config,
    close: () => app.close(),
    session: async () => {
      const res = await fetch(`${url}/v1/sessions`, { method: 'POST' });
      return (await res.json()) as { sessionId: string; token: string };
    },
  };
}
