/**
 * CPU per turn of the bot and the backend under the open-loop bench's turn mix, for before/after
 * comparisons on a shared machine (CPU time hardly depends on what else runs, unlike throughput).
 *
 *   npx tsx scripts/profile-open-loop.ts [rate=400] [seconds=10] [--prof DIR] [--five]
 *
 * Starts the reference backend and `maitre serve` (one worker, memory stores) as in
 * `npm run bench -- --only open-loop`, warms up, then runs the open-loop generator at `rate` turns/s and
 * prints the bot's and the backend's CPU (ms) per answered turn. With `--prof DIR` both processes run
 * with `node --cpu-prof` and write their profiles to DIR when they stop. The turns are the bench's
 * realistic conversations (turn-corpus.ts); `--five` cycles the old five-message mix instead.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOpenLoop } from '../src/server/bench/open-loop.ts';
import { processTreeCpuMs } from '../src/server/bench/process-cpu.ts';
import { OPEN_LOOP_MESSAGES } from '../src/server/bench/run-open-loop-bench.ts';
import { buildTurnCorpus, conversationsFrom } from '../src/server/bench/turn-corpus.ts';
import { spawnReady } from '../src/server/spawn-ready.ts';

const CLI = fileURLToPath(new URL('../bin/maitre.mjs', import.meta.url));
const five = process.argv.includes('--five');
const args = process.argv.slice(2).filter((a) => a !== '--five');
const profAt = args.indexOf('--prof');
const profDir = profAt >= 0 ? resolve(args[profAt + 1] ?? 'prof') : undefined;
const positional = args.filter((_, i) => profAt < 0 || (i !== profAt && i !== profAt + 1));
const rate = Number(positional[0] ?? 400);
const seconds = Number(positional[1] ?? 10);
const venue = 'spice-route';

const nodeArgs = profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
const dataDir = mkdtempSync(join(tmpdir(), 'maitre-profile-'));
const serviceToken = randomBytes(24).toString('hex');
const backend = await spawnReady(
  [...nodeArgs, CLI, 'backend'],
  {
    DATA_DIR: dataDir,
    BACKEND_PORT: '0',
    LOG_LEVEL: 'silent',
    VENUE: venue,
    BACKEND_SERVICE_TOKEN: serviceToken,
  },
  /listening on (\S+)/,
  120_000,
);
const bot = await spawnReady(
  [...nodeArgs, CLI, 'serve'],
  {
    PORT: '0',
    LOG_LEVEL: 'silent',
    VENUE: venue,
    DATA_DIR: dataDir,
    BACKEND_URL: backend.url,
    BACKEND_SERVICE_TOKEN: serviceToken,
    RATE_LIMIT_PER_IP: '1000000',
    RATE_LIMIT_SESSIONS_PER_IP: '1000000',
    RATE_LIMIT_PER_SESSION: '100000',
    WEBHOOK_SECRET: 'bench-webhook-secret-0123456789',
    WORKERS: '1',
    SESSION_TTL_SECONDS: '600',
    // no shedding: every turn is a whole turn, so the CPU per turn compares on a busy machine too
    SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
  },
  /listening on (\S+)/,
  120_000,
);
try {
  const sessions: { sessionId: string; token: string }[] = [];
  for (let i = 0; i < 1000; i++) {
    for (;;) {
      const res = await fetch(`${bot.url}/v1/sessions`, { method: 'POST' });
      if (res.status === 201) {
        sessions.push((await res.json()) as { sessionId: string; token: string });
        break;
      }
      await res.arrayBuffer();
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const conversations = five ? undefined : conversationsFrom(buildTurnCorpus(venue), sessions.length);
  const run = async (r: number, s: number) => {
    const botBefore = processTreeCpuMs(bot.child.pid!)!;
    const backendBefore = processTreeCpuMs(backend.child.pid!)!;
    const result = await runOpenLoop({
      url: bot.url,
      ratePerSecond: r,
      durationSeconds: s,
      sessions,
      messages: OPEN_LOOP_MESSAGES,
      conversations,
    });
    const turns = result.ok + result.shed;
    const per = (ms: number) => (ms / Math.max(1, turns)).toFixed(3);
    return {
      result,
      bot: per(processTreeCpuMs(bot.child.pid!)! - botBefore),
      backend: per(processTreeCpuMs(backend.child.pid!)! - backendBefore),
    };
  };
  await run(200, 3); // warm-up: JIT, caches, connections
  const { result, bot: botMs, backend: backendMs } = await run(rate, seconds);
  process.stdout.write(
    `${five ? 'five-message mix' : 'realistic mix'}, ${rate}/s for ${seconds} s: ok ${result.ok}, shed ${result.shed}, other ${result.otherStatus}, ` +
      `p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms; CPU per turn: bot ${botMs} ms, backend ${backendMs} ms\n`,
  );
} finally {
  await bot.stop('SIGINT');
  await backend.stop('SIGINT');
  rmSync(dataDir, { recursive: true, force: true });
}
