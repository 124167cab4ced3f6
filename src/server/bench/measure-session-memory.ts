import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseBotConfig } from '../config/parse-bot-config.ts';
import { startBot } from '../start-bot.ts';
import { type HeapShare, heapGrowthByOwner } from './heap-growth-by-owner.ts';
import type { BenchSession } from './open-loop.ts';

/** Heap growth per session after one turn each and after ten, with what it is made of after ten. */
export interface SessionMemory {
  sessions: number;
  /** Heap growth per session (bytes) after one turn each, then after ten, measured after a full GC. */
  afterOneTurnBytes: number;
  afterTenTurnsBytes: number;
  /** The growth after ten turns per session by owner (heap snapshots compared), largest first. */
  breakdown: HeapShare[];
}

/** How many sessions are created (and sent turns) at once. */
const BATCH = 50;

/** The bench client's calls: create `count` sessions, send each text to every session, `BATCH` at once. */
export function benchClient(url: string) {
  const createSessions = async (count: number): Promise<BenchSession[]> => {
    const sessions: BenchSession[] = [];
    for (let i = 0; i < count; i += BATCH)
      sessions.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(BATCH, count - i) }, async () => {
            // a bot still busy starting (its knowledge index) sheds: wait as Retry-After says, a while
            for (let attempt = 0; ; attempt++) {
              const res = await fetch(`${url}/v1/sessions`, { method: 'POST' });
              if (res.status === 201) return (await res.json()) as BenchSession;
              await res.arrayBuffer();
              if (res.status !== 503 || attempt > 60)
                throw new Error(`POST /v1/sessions answered ${res.status}`);
              await new Promise((r) => setTimeout(r, 500));
            }
          }),
        )),
      );
    return sessions;
  };
  const sendTurns = async (sessions: readonly BenchSession[], texts: readonly string[]) => {
    for (const text of texts)
      for (let i = 0; i < sessions.length; i += BATCH)
        await Promise.all(
          sessions.slice(i, i + BATCH).map((s) =>
            fetch(`${url}/v1/sessions/${s.sessionId}/messages`, {
              method: 'POST',
              headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
              body: JSON.stringify({ text }),
            }).then((r) => r.arrayBuffer()),
          ),
        );
  };
  return { createSessions, sendTurns };
}

/**
 * Heap per session after one and after ten turns: a bot in this process on memory stores (as `npm
 * start`), heap used measured after full GCs (finalizers given their turn) around 300 new sessions, after
 * 300 others took the same ten turns (so what grows once, compiled code, connection pools and caches,
 * does not count as the sessions' memory: the figure is the marginal cost of a session). The ten-turn
 * growth is broken down by owner (`heapGrowthByOwner`).
 */
export async function measureSessionMemory(
  backend: { url: string; serviceToken: string },
  venue: string,
  dataDir: string,
  messages: readonly string[],
  env: Record<string, string> = {},
): Promise<SessionMemory> {
  setFlagsFromString('--expose-gc');
  // bytecode of functions idle across a few GCs is flushed and compiled again later: churn, not sessions
  setFlagsFromString('--no-flush-bytecode');
  const gc = runInNewContext('gc') as () => void;
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((r) => setImmediate(r)); // FinalizationRegistry callbacks run between GCs
    }
  };
  const bot = await startBot(
    parseBotConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      VENUE: venue,
      DATA_DIR: dataDir,
      RATE_LIMIT_PER_IP: '1000000',
      RATE_LIMIT_SESSIONS_PER_IP: '1000000',
      RATE_LIMIT_PER_SESSION: '100000',
      SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
      SHED_MAX_TURNS_IN_FLIGHT: '0',
      ...env,
    }),
    { backend },
  );
  const client = benchClient(bot.url);
  try {
    const count = 300;
    const nine = Array.from({ length: 9 }, (_, i) => messages[i % messages.length] ?? 'hi');
    // warm-up: the very turns measured, on as many sessions, so what grows once (compiled and optimised
    // code, connection pools, caches) has grown; the measured sessions then add only what they cost
    await client.sendTurns(await client.createSessions(count), ['two samosas please', ...nine]);
    const heap = async () => {
      await settle();
      return process.memoryUsage().heapUsed;
    };
    const base = await heap();
    const sessions = await client.createSessions(count);
    await client.sendTurns(sessions, ['two samosas please']);
    const one = await heap();
    await client.sendTurns(sessions, nine);
    const ten = await heap();
    // the breakdown: 300 more sessions between two heap snapshots (apart from the count above, which a
    // snapshot's own allocations would blur)
    const snapshots = mkdtempSync(join(tmpdir(), 'maitre-heap-'));
    try {
      const beforeFile = writeHeapSnapshot(join(snapshots, 'before.heapsnapshot'));
      await client.sendTurns(await client.createSessions(count), ['two samosas please', ...nine]);
      await settle();
      const afterFile = writeHeapSnapshot(join(snapshots, 'after.heapsnapshot'));
      const breakdown = heapGrowthByOwner(beforeFile, afterFile);
      return {
        sessions: sessions.length,
        afterOneTurnBytes: Math.max(0, Math.round((one - base) / count)),
        afterTenTurnsBytes: Math.max(0, Math.round((ten - base) / count)),
        breakdown: breakdown.map((s) => ({ owner: s.owner, bytes: Math.round(s.bytes / count) })),
      };
    } finally {
      rmSync(snapshots, { recursive: true, force: true });
    }
  } finally {
    await bot.close();
  }
}
