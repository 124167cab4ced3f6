import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseBotConfig } from '../config/parse-bot-config.ts';
import { spawnReady } from '../spawn-ready.ts';
import { startBot } from '../start-bot.ts';
import { type BenchSession, type OpenLoopResult, runOpenLoop } from './open-loop.ts';

const CLI = fileURLToPath(new URL('../../../bin/maitre.mjs', import.meta.url));

/** The turns each session cycles through: greetings, menu questions, cart views, small additions. */
export const OPEN_LOOP_MESSAGES = [
  'hi',
  'what vegan dishes do you have?',
  'show my cart',
  'what do you recommend?',
  'one mango lassi please',
];

export interface OpenLoopBenchOptions {
  /** Worker counts to measure (default 1 and the number of cores); more than one runs on Redis. */
  workers?: number[];
  /** Seconds of each run at 50 %, 80 % and 150 % of saturation (default 10). */
  seconds?: number;
  /** Seconds of each step of the saturation search (default 3). */
  stepSeconds?: number;
  /** Sessions the generator cycles through (default 1,000). */
  sessions?: number;
  /** Redis for runs with more than one worker (default REDIS_URL, else redis://127.0.0.1:6379). */
  redisUrl?: string;
  /** Run one worker on Redis too (default: memory stores, as `npm start`). */
  redisForOne?: boolean;
  venue?: string;
  /** Progress lines (default: none). */
  progress?: (line: string) => void;
}

/** One step of the saturation search. */
export interface SearchStep {
  offeredPerSecond: number;
  okPerSecond: number;
  p99: number;
  shed: number;
  keptUp: boolean;
}

export interface OpenLoopWorkersResult {
  workers: number;
  store: 'memory' | 'redis';
  /** The highest rate kept up with: ≥ 98 % of turns answered 2xx, p99 under 1 s. */
  saturationPerSecond: number;
  search: SearchStep[];
  at50: OpenLoopResult;
  at80: OpenLoopResult;
  at150: OpenLoopResult;
}

export interface SessionMemory {
  sessions: number;
  /** Heap growth per session (bytes) after one turn each, then after ten, measured after a full GC. */
  afterOneTurnBytes: number;
  afterTenTurnsBytes: number;
}

export interface OpenLoopBenchResult {
  runs: OpenLoopWorkersResult[];
  memory: SessionMemory;
  cores: number;
  /** Load average (1, 5, 15 min) when the runs began and ended: other work on the machine inflates p99. */
  loadBefore: number[];
  loadAfter: number[];
}

const BENCH_SECRET = 'bench-webhook-secret-0123456789';

/** The reference backend in its own process (SQLite in `dataDir`). */
async function spawnBackend(dataDir: string, venue: string) {
  const serviceToken = randomBytes(24).toString('hex');
  const backend = await spawnReady(
    [CLI, 'backend'],
    {
      DATA_DIR: dataDir,
      BACKEND_PORT: '0',
      LOG_LEVEL: 'silent',
      VENUE: venue,
      BACKEND_SERVICE_TOKEN: serviceToken,
    },
    /listening on (\S+)/,
  );
  return { url: backend.url, serviceToken, stop: () => backend.stop() };
}

async function createSessions(url: string, count: number): Promise<BenchSession[]> {
  const sessions: BenchSession[] = [];
  for (let i = 0; i < count; i += 50)
    sessions.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, count - i) }, async () => {
          // a bot still busy starting (its knowledge index) sheds: wait as Retry-After says, a while
          for (let attempt = 0; ; attempt++) {
            const res = await fetch(`${url}/v1/sessions`, { method: 'POST' });
            if (res.status === 201) return (await res.json()) as BenchSession;
            await res.arrayBuffer();
            if (res.status !== 503 || attempt > 60)
              throw new Error(`POST /v1/sessions answered ${res.status}`);
            await pause(500);
          }
        }),
      )),
    );
  return sessions;
}

async function sendTurns(url: string, sessions: readonly BenchSession[], texts: readonly string[]) {
  for (const text of texts)
    for (let i = 0; i < sessions.length; i += 50)
      await Promise.all(
        sessions.slice(i, i + 50).map((s) =>
          fetch(`${url}/v1/sessions/${s.sessionId}/messages`, {
            method: 'POST',
            headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ text }),
          }).then((r) => r.arrayBuffer()),
        ),
      );
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function keptUp(r: OpenLoopResult): boolean {
  return r.ok >= 0.98 * r.scheduled && r.latencyMs.p99 < 1000;
}

/** Doubles the rate until the bot falls behind, then bisects to within 8 %. */
async function findSaturation(
  run: (rate: number, seconds: number) => Promise<OpenLoopResult>,
  stepSeconds: number,
  progress: (line: string) => void,
): Promise<{ saturation: number; search: SearchStep[] }> {
  const search: SearchStep[] = [];
  const step = async (rate: number): Promise<boolean> => {
    const r = await run(rate, stepSeconds);
    const ok = keptUp(r);
    search.push({
      offeredPerSecond: rate,
      okPerSecond: r.okPerSecond,
      p99: r.latencyMs.p99,
      shed: r.shed,
      keptUp: ok,
    });
    progress(
      `  ${rate}/s: ${r.okPerSecond} ok/s, p99 ${r.latencyMs.p99} ms, shed ${r.shed} → ${ok ? 'kept up' : 'behind'}`,
    );
    await pause(1000);
    return ok;
  };
  let lo = 0;
  let hi = 0;
  for (let rate = 250; rate <= 16_000; rate *= 2) {
    if (await step(rate)) lo = rate;
    else {
      hi = rate;
      break;
    }
  }
  if (hi === 0) return { saturation: lo, search };
  while (hi / Math.max(lo, 1) > 1.08) {
    const half = (lo + hi) / 2;
    const mid = hi - lo > 40 ? Math.round(half / 10) * 10 : Math.round(half);
    if (mid <= lo || mid >= hi) break;
    if (await step(mid)) lo = mid;
    else hi = mid;
  }
  return { saturation: lo, search };
}

/** Heap per session after one and after ten turns: bot in this process on memory stores, after full GCs. */
async function measureSessionMemory(
  backend: { url: string; serviceToken: string },
  venue: string,
  dataDir: string,
) {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const bot = await startBot(
    parseBotConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      VENUE: venue,
      DATA_DIR: dataDir,
      RATE_LIMIT_PER_IP: '1000000',
      RATE_LIMIT_PER_SESSION: '100000',
      WEBHOOK_SECRET: BENCH_SECRET,
      SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
    }),
    { backend },
  );
  try {
    await sendTurns(bot.url, await createSessions(bot.url, 20), OPEN_LOOP_MESSAGES); // warm caches
    const count = 300;
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = heap();
    const sessions = await createSessions(bot.url, count);
    await sendTurns(bot.url, sessions, ['two samosas please']);
    const one = heap();
    const nine = Array.from({ length: 9 }, (_, i) => OPEN_LOOP_MESSAGES[i % OPEN_LOOP_MESSAGES.length]!);
    await sendTurns(bot.url, sessions, nine);
    const ten = heap();
    return {
      sessions: count,
      afterOneTurnBytes: Math.max(0, Math.round((one - before) / count)),
      afterTenTurnsBytes: Math.max(0, Math.round((ten - before) / count)),
    };
  } finally {
    await bot.close();
  }
}

/**
 * The open-loop run (docs/operations.md, Benchmark): for each worker count, `maitre serve` with that many
 * workers (memory stores for one, Redis for more) against the reference backend (SQLite), both in child
 * processes, and the load generator in this process, all on loopback. Finds the saturation rate, then
 * runs at 50 %, 80 % and 150 % of it; finally measures memory per session. Everything shares the
 * machine's cores, so the figures are the whole system's.
 */
export async function runOpenLoopBench(options: OpenLoopBenchOptions = {}): Promise<OpenLoopBenchResult> {
  const progress = options.progress ?? (() => {});
  const venue = options.venue ?? 'spice-route';
  const seconds = options.seconds ?? 10;
  const stepSeconds = options.stepSeconds ?? 3;
  const redisUrl = options.redisUrl ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const dataDir = mkdtempSync(join(tmpdir(), 'maitre-open-loop-'));
  const loadBefore = loadavg();
  const backend = await spawnBackend(dataDir, venue);
  const runs: OpenLoopWorkersResult[] = [];
  try {
    for (const workers of options.workers ?? [1, availableParallelism()]) {
      const redis = workers > 1 || Boolean(options.redisForOne);
      progress(
        `open loop: ${workers} worker${workers === 1 ? '' : 's'} (${redis ? 'Redis' : 'memory'} stores)`,
      );
      const bot = await spawnReady(
        [CLI, 'serve'],
        {
          PORT: '0',
          LOG_LEVEL: 'silent',
          VENUE: venue,
          DATA_DIR: dataDir,
          BACKEND_URL: backend.url,
          BACKEND_SERVICE_TOKEN: backend.serviceToken,
          RATE_LIMIT_PER_IP: '1000000',
          RATE_LIMIT_PER_SESSION: '100000',
          WEBHOOK_SECRET: BENCH_SECRET,
          WORKERS: String(workers),
          SESSION_TTL_SECONDS: '600',
          ...(redis
            ? { REDIS_URL: redisUrl, REDIS_PREFIX: `maitre-bench-${randomBytes(4).toString('hex')}:` }
            : {}),
        },
        /listening on (\S+)/,
        120_000,
      );
      try {
        const sessions = await createSessions(bot.url, options.sessions ?? 1000);
        const run = (rate: number, s: number) =>
          runOpenLoop({
            url: bot.url,
            ratePerSecond: rate,
            durationSeconds: s,
            sessions,
            messages: OPEN_LOOP_MESSAGES,
          });
        await run(200, 3); // warm-up: JIT, caches, connections
        await pause(1000);
        const { saturation, search } = await findSaturation(run, stepSeconds, progress);
        const at = async (share: number) => {
          const r = await run(Math.max(1, Math.round(saturation * share)), seconds);
          progress(`  ${Math.round(share * 100)} %: ${formatRun(r)}`);
          await pause(1500);
          return r;
        };
        runs.push({
          workers,
          store: redis ? 'redis' : 'memory',
          saturationPerSecond: saturation,
          search,
          at50: await at(0.5),
          at80: await at(0.8),
          at150: await at(1.5),
        });
      } finally {
        await bot.stop();
      }
    }
    progress('open loop: memory per session');
    const memory = await measureSessionMemory(backend, venue, dataDir);
    return { runs, memory, cores: availableParallelism(), loadBefore, loadAfter: loadavg() };
  } finally {
    await backend.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function formatRun(r: OpenLoopResult): string {
  return (
    `${r.offeredPerSecond}/s offered: ${r.okPerSecond} ok/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, ` +
    `shed ${r.shed} (${Math.round((100 * r.shed) / Math.max(1, r.scheduled))} %, p99 ${r.shedLatencyMs.p99} ms), ` +
    `other ${r.otherStatus}, timeouts ${r.timeouts}, errors ${r.errors}`
  );
}

/** The report: per worker count, saturation and the three runs; then memory per session. */
export function formatOpenLoopBench(result: OpenLoopBenchResult): string {
  const lines = [
    `Open loop (fixed arrival rate, latency from each turn's scheduled time; bot workers, backend, Redis and the generator share ${result.cores} cores; load average ${result.loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${result.loadAfter.map((l) => l.toFixed(1)).join(' ')} after)`,
  ];
  for (const run of result.runs) {
    lines.push(
      `${run.workers} worker${run.workers === 1 ? '' : 's'} (${run.store}): saturation ${run.saturationPerSecond} turns/s`,
      `  50 %  ${formatRun(run.at50)}`,
      `  80 %  ${formatRun(run.at80)}`,
      `  150 % ${formatRun(run.at150)}`,
    );
  }
  const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
  lines.push(
    `memory per session (memory stores, ${result.memory.sessions} sessions, after a full GC): ${kib(result.memory.afterOneTurnBytes)} after one turn, ${kib(result.memory.afterTenTurnsBytes)} after ten`,
  );
  return lines.join('\n');
}
