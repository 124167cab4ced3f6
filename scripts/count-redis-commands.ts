/**
 * Redis commands and round trips per turn of the bot on Redis stores, one turn at a time (so no two
 * turns share a write and the counts do not depend on the machine's load), for before/after comparisons.
 *
 *   npx tsx scripts/count-redis-commands.ts [turns=200] [workers=2]
 *
 * Starts the reference backend and `maitre serve` with WORKERS on Redis (REDIS_URL, else
 * 127.0.0.1:6379, under a fresh key prefix), creates sessions, then sends the open-loop bench's
 * realistic conversations (turn-corpus.ts) one turn at a time and prints, per turn: the commands the bot
 * sent (MONITOR, by name; EVALSHA counted once, the commands its script ran listed apart), and the
 * requests Redis read from the bot's connections (`total_reads_processed`: a write of the bot, i.e. a
 * round trip, several commands in one when they were auto-pipelined).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { spawnBenchBackend } from '../src/server/bench/spawn-bench-backend.ts';
import { spawnBenchBot } from '../src/server/bench/spawn-bench-bot.ts';
import { buildTurnCorpus, conversationsFrom } from '../src/server/bench/turn-corpus.ts';

const turns = Number(process.argv[2] ?? 200);
const workers = Number(process.argv[3] ?? 2);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `maitre-count-${process.pid}-${Date.now()}:`;
const venue = 'spice-route';
const dataDir = mkdtempSync(join(tmpdir(), 'maitre-count-'));
const backend = await spawnBenchBackend(dataDir, venue);
const bot = await spawnBenchBot({
  venue,
  dataDir,
  backend,
  workers,
  redis: { url: redisUrl, prefix },
  noShedding: true,
  timeoutMs: 600_000,
});
const stats = new Redis(redisUrl);
const monitor = await new Redis(redisUrl).monitor();
try {
  const sessionCount = Math.max(1, Math.min(50, Math.ceil(turns / 14)));
  const sessions: { sessionId: string; token: string }[] = [];
  for (let i = 0; i < sessionCount; i++) {
    const res = await fetch(`${bot.url}/v1/sessions`, { method: 'POST' });
    sessions.push((await res.json()) as { sessionId: string; token: string });
  }
  const conversations = conversationsFrom(buildTurnCorpus(venue), sessions.length);
  const sent = new Map<string, number>();
  const inScripts = new Map<string, number>();
  let counting = false;
  monitor.on('monitor', (_time: string, args: string[], source: string) => {
    if (!counting || !args.some((a) => a.startsWith(prefix))) return;
    const name = (args[0] ?? '').toLowerCase();
    const into = source === 'lua' ? inScripts : sent;
    into.set(name, (into.get(name) ?? 0) + 1);
  });
  const reads = async () => Number(/total_reads_processed:(\d+)/.exec(await stats.info('stats'))?.[1] ?? 0);
  const send = async (i: number) => {
    const s = sessions[i % sessions.length]!;
    const script = conversations[i % sessions.length]!;
    const text = script[Math.floor(i / sessions.length) % script.length]!;
    const res = await fetch(`${bot.url}/v1/sessions/${s.sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    await res.arrayBuffer();
    return res.status;
  };
  for (let i = 0; i < sessions.length; i++) await send(i); // warm-up: each worker's first turns
  await new Promise((r) => setTimeout(r, 300));
  counting = true;
  const readsBefore = await reads();
  let ok = 0;
  for (let i = sessions.length; i < sessions.length + turns; i++) if ((await send(i)) === 200) ok++;
  await new Promise((r) => setTimeout(r, 300)); // the last turn's commands after its answer
  const readsAfter = await reads();
  counting = false;
  const per = (n: number) => (n / Math.max(1, turns)).toFixed(2);
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([name, n]) => `${name} ${per(n)}`)
      .join(', ');
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `${turns} turns one at a time (${ok} answered 200), ${workers} workers: per turn ${per(total(sent))} commands sent ` +
      `(${list(sent)}); run inside scripts ${per(total(inScripts))} (${list(inScripts)}); ` +
      `${per(readsAfter - readsBefore - 2)} requests read by Redis (round trips)\n`,
  );
} finally {
  monitor.disconnect();
  stats.disconnect();
  await bot.stop('SIGINT');
  await backend.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
