import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { parseBotConfig } from '../config/parse-bot-config.ts';
import { startBot } from '../start-bot.ts';
import { spawnBenchBackend } from './spawn-bench-backend.ts';

export interface HttpBenchOptions {
  /** Concurrent sessions, one HTTP connection each. */
  sessions: number;
  /** Seconds of load (default 10; 20 from 1,000 sessions, so every connection completes many turns). */
  durationSeconds?: number;
  venue?: string;
  /** Bench an already running bot instead of starting backend + bot in this process. */
  url?: string;
}

export interface HttpBenchResult {
  sessions: number;
  durationSeconds: number;
  turns: number;
  turnsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: number;
  non2xx: number;
  /** Heap growth per session after each session took one turn (bytes); null when benching a remote bot. */
  memoryPerSessionBytes: number | null;
}

const MESSAGES = [
  'hi',
  'what vegan dishes do you have?',
  'show my cart',
  'what do you recommend?',
  'one mango lassi please',
];

/**
 * HTTP load on loopback with autocannon: `sessions` concurrent conversations, each on its own connection,
 * sending messages to POST /v1/sessions/{id}/messages (JSON replies). Starts the reference backend in a child
 * process (SQLite in a temp folder) and a bot with memory adapters in this process, unless `url` is given.
 * Reports turns/s, latency and the bot's heap growth per session.
 */
export async function runHttpBench(options: HttpBenchOptions): Promise<HttpBenchResult> {
  const durationSeconds = options.durationSeconds ?? (options.sessions >= 1000 ? 20 : 10);
  const dataDir = options.url ? undefined : mkdtempSync(join(tmpdir(), 'maitre-bench-'));
  const backend = dataDir ? await spawnBenchBackend(dataDir, options.venue ?? 'spice-route') : undefined;
  const bot = backend
    ? await startBot(
        parseBotConfig({
          PORT: '0',
          LOG_LEVEL: 'silent',
          VENUE: options.venue ?? 'spice-route',
          RATE_LIMIT_PER_IP: '1000000',
          RATE_LIMIT_SESSIONS_PER_IP: '1000000',
          RATE_LIMIT_PER_SESSION: '100000',
          WEBHOOK_SECRET: 'bench-webhook-secret-0123456789',
          // closed loop: a fixed number of connections cannot overload it; the open-loop run measures shedding
          SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
          SHED_MAX_TURNS_IN_FLIGHT: '0',
        }),
        { backend: { url: backend.url, serviceToken: backend.serviceToken } },
      )
    : undefined;
  const url = options.url ?? bot?.url ?? '';
  try {
    const heapBefore = process.memoryUsage().heapUsed;
    const sessions: Array<{ sessionId: string; token: string }> = [];
    for (let i = 0; i < options.sessions; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, options.sessions - i) }, async () => {
          const res = await fetch(`${url}/v1/sessions`, { method: 'POST' });
          return (await res.json()) as { sessionId: string; token: string };
        }),
      );
      sessions.push(...batch);
    }
    // One turn each, so every session holds real state (and a cart) before measuring memory.
    for (let i = 0; i < sessions.length; i += 50)
      await Promise.all(
        sessions.slice(i, i + 50).map((s) =>
          fetch(`${url}/v1/sessions/${s.sessionId}/messages`, {
            method: 'POST',
            headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ text: 'two samosas please' }),
          }).then((r) => r.arrayBuffer()),
        ),
      );
    const memoryPerSessionBytes = bot
      ? Math.max(0, Math.round((process.memoryUsage().heapUsed - heapBefore) / sessions.length))
      : null;

    let next = 0;
    const result = await autocannon({
      url,
      connections: options.sessions,
      duration: durationSeconds,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          setupRequest: (request, context) => {
            context.session ??= sessions[next++ % sessions.length];
            context.turn = ((context.turn as number | undefined) ?? 0) + 1;
            const s = context.session as { sessionId: string; token: string };
            return {
              ...request,
              path: `/v1/sessions/${s.sessionId}/messages`,
              headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
              body: JSON.stringify({ text: MESSAGES[(context.turn as number) % MESSAGES.length] }),
            };
          },
        },
      ],
    });
    return {
      sessions: options.sessions,
      durationSeconds,
      turns: result['2xx'],
      turnsPerSecond: Math.round((result['2xx'] / result.duration) * 10) / 10,
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
        mean: result.latency.mean,
      },
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      memoryPerSessionBytes,
    };
  } finally {
    await bot?.close();
    await backend?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One line per result, for the bench report. */
export function formatHttpBench(r: HttpBenchResult): string {
  const mem = r.memoryPerSessionBytes === null ? 'n/a' : `${(r.memoryPerSessionBytes / 1024).toFixed(1)} KiB`;
  return `http ${r.sessions} sessions: ${r.turnsPerSecond} turns/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}, memory/session ${mem}`;
}
