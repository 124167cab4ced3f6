/**
 * CPU per turn of the bot and the backend under the open-loop bench's turn mix, for before/after
 * comparisons on a shared machine (CPU time hardly depends on what else runs, unlike throughput).
 *
 *   npx tsx scripts/profile-open-loop.ts [rate=400] [seconds=10] [--prof DIR] [--five] [--redis WORKERS]
 *
 * Starts the reference backend and `maitre serve` (one worker, memory stores) as in
 * `npm run bench -- --only open-loop`, warms up, then runs the open-loop generator at `rate` turns/s and
 * prints the bot's and the backend's CPU (ms) per answered turn. With `--prof DIR` both processes run
 * with `node --cpu-prof` and write their profiles to DIR when they stop. The turns are the bench's
 * realistic conversations (turn-corpus.ts); `--five` cycles the old five-message mix instead. With
 * `--redis WORKERS` the bot runs that many workers on Redis stores (REDIS_URL, else 127.0.0.1:6379,
 * under a fresh key prefix), and the Redis server's CPU per turn is printed too (its INFO cpu).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { runOpenLoop } from '../src/server/bench/open-loop.ts';
import { mainThreadCpuMs, processTreeCpuMs } from '../src/server/bench/process-cpu.ts';
import { OPEN_LOOP_MESSAGES } from '../src/server/bench/run-open-loop-bench.ts';
import { spawnBenchBackend } from '../src/server/bench/spawn-bench-backend.ts';
import { spawnBenchBot } from '../src/server/bench/spawn-bench-bot.ts';
import { buildTurnCorpus, conversationsFrom } from '../src/server/bench/turn-corpus.ts';

const five = process.argv.includes('--five');
const args = process.argv.slice(2).filter((a) => a !== '--five');
const profAt = args.indexOf('--prof');
const profDir = profAt >= 0 ? resolve(args[profAt + 1] ?? 'prof') : undefined;
const redisAt = args.indexOf('--redis');
const redisWorkers = redisAt >= 0 ? Number(args[redisAt + 1] ?? 2) : 0;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const valueAt = new Set([
  ...(profAt >= 0 ? [profAt, profAt + 1] : []),
  ...(redisAt >= 0 ? [redisAt, redisAt + 1] : []),
]);
const positional = args.filter((_, i) => !valueAt.has(i));
const rate = Number(positional[0] ?? 400);
const seconds = Number(positional[1] ?? 10);
const venue = 'spice-route';

/**
 * Read and write system calls (socket and file I/O: read/readv, write/writev) a process and its
 * descendants have made so far (/proc/<pid>/io, Linux): a count that, unlike CPU time, does not depend on
 * what else runs on the machine.
 */
function processTreeSyscalls(pid: number): { reads: number; writes: number } {
  const total = { reads: 0, writes: 0 };
  try {
    const io = readFileSync(`/proc/${pid}/io`, 'utf8');
    total.reads += Number(/syscr: (\d+)/.exec(io)?.[1] ?? 0);
    total.writes += Number(/syscw: (\d+)/.exec(io)?.[1] ?? 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    for (const child of children === '' ? [] : children.split(' ')) {
      const c = processTreeSyscalls(Number(child));
      total.reads += c.reads;
      total.writes += c.writes;
    }
  } catch {
    // not readable: counted as none
  }
  return total;
}

const nodeArgs = profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
const dataDir = mkdtempSync(join(tmpdir(), 'maitre-profile-'));
const backend = await spawnBenchBackend(dataDir, venue, nodeArgs);
const bot = await spawnBenchBot({
  venue,
  dataDir,
  backend,
  workers: Math.max(1, redisWorkers),
  ...(redisWorkers > 0
    ? { redis: { url: redisUrl, prefix: `maitre-profile-${process.pid}-${Date.now()}:` } }
    : {}),
  // no shedding: every turn is a whole turn, so the CPU per turn compares on a busy machine too
  noShedding: true,
  nodeArgs,
});
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
  const redis = redisWorkers > 0 ? new Redis(redisUrl) : undefined;
  /** The Redis server's CPU so far (ms, user + sys), or 0 without Redis. */
  const redisCpuMs = async () => {
    const info = (await redis?.info('cpu')) ?? '';
    const field = (name: string) => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
    return (field('used_cpu_sys') + field('used_cpu_user')) * 1000;
  };
  /** The Redis server's per-command call counts and read events (`INFO commandstats`, `INFO stats`). */
  const redisCounts = async (): Promise<Map<string, number>> => {
    const counts = new Map<string, number>();
    if (!redis) return counts;
    const text = `${await redis.info('commandstats')}\n${await redis.info('stats')}`;
    for (const m of text.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) counts.set(m[1]!, Number(m[2]));
    for (const m of text.matchAll(/^(total_reads_processed|total_commands_processed):(\d+)/gm))
      counts.set(m[1]!, Number(m[2]));
    return counts;
  };
  const run = async (r: number, s: number) => {
    const countsBefore = await redisCounts();
    const botBefore = processTreeCpuMs(bot.child.pid!)!;
    const mainBefore = mainThreadCpuMs(bot.child.pid!)!;
    const backendBefore = processTreeCpuMs(backend.pid!)!;
    const redisBefore = await redisCpuMs();
    const callsBefore = processTreeSyscalls(bot.child.pid!);
    const result = await runOpenLoop({
      url: bot.url,
      ratePerSecond: r,
      durationSeconds: s,
      sessions,
      messages: OPEN_LOOP_MESSAGES,
      conversations,
    });
    const turns = result.ok + result.shed;
    const callsAfter = processTreeSyscalls(bot.child.pid!);
    const per = (ms: number) => (ms / Math.max(1, turns)).toFixed(3);
    const countsAfter = await redisCounts();
    const perCommand = [...countsAfter]
      .map(([name, n]) => [name, (n - (countsBefore.get(name) ?? 0)) / Math.max(1, turns)] as const)
      .filter(([, n]) => n > 0.005)
      .map(([name, n]) => `${name} ${n.toFixed(2)}`)
      .join(', ');
    return {
      result,
      bot: per(processTreeCpuMs(bot.child.pid!)! - botBefore),
      main: per(mainThreadCpuMs(bot.child.pid!)! - mainBefore),
      backend: per(processTreeCpuMs(backend.pid!)! - backendBefore),
      redis: per((await redisCpuMs()) - redisBefore),
      reads: ((callsAfter.reads - callsBefore.reads) / Math.max(1, turns)).toFixed(2),
      writes: ((callsAfter.writes - callsBefore.writes) / Math.max(1, turns)).toFixed(2),
      perCommand,
    };
  };
  // warm-up (JIT, caches, connections), never above the measured rate: on a machine too busy for 200/s a
  // faster warm-up leaves a backlog that the bot still works off during the measured run
  await run(Math.min(200, rate), 3);
  const {
    result,
    bot: botMs,
    main: mainMs,
    backend: backendMs,
    redis: redisMs,
    reads,
    writes,
    perCommand,
  } = await run(rate, seconds);
  redis?.disconnect();
  process.stdout.write(
    `${five ? 'five-message mix' : 'realistic mix'}, ${rate}/s for ${seconds} s: ok ${result.ok}, shed ${result.shed}, other ${result.otherStatus}, ` +
      `p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms; CPU per turn: bot ${botMs} ms (its main thread ${mainMs}), backend ${backendMs} ms` +
      `${redis ? `, redis ${redisMs} ms (${redisWorkers} workers)` : ''}; bot system calls per turn: ${reads} reads, ${writes} writes\n` +
      (redis ? `Redis per turn (whole server, INFO commandstats/stats): ${perCommand}\n` : ''),
  );
} finally {
  await bot.stop('SIGINT');
  await backend.stop('SIGINT');
  rmSync(dataDir, { recursive: true, force: true });
}
