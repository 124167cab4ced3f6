/**
 * CPU per turn of the bot's conversation service (in this process, without its HTTP layer) for each
 * message of the open-loop bench's mix, against the reference backend in its own process. Run with
 * `node --cpu-prof --import tsx/esm` to profile the turns alone.
 *
 *   npx tsx scripts/profile-turn-mix.ts [sessions=200] [rounds=4]
 *   ONLY='show my cart' npx tsx scripts/profile-turn-mix.ts   (one message of the mix alone)
 *
 * Every session sends the mix's messages in order, `rounds` times (the first round warms up and is not
 * counted), ten turns at a time; the CPU this process spent is divided by the turns of each message.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processTreeCpuMs } from '../src/server/bench/process-cpu.ts';
import { OPEN_LOOP_MESSAGES } from '../src/server/bench/run-open-loop-bench.ts';
import { spawnBenchBackend } from '../src/server/bench/spawn-bench-backend.ts';
import { parseBotConfig } from '../src/server/config/parse-bot-config.ts';
import { startBot } from '../src/server/start-bot.ts';

const sessionCount = Number(process.argv[2] ?? 200);
const rounds = Number(process.argv[3] ?? 4);
const dataDir = mkdtempSync(join(tmpdir(), 'maitre-mix-'));
const backend = await spawnBenchBackend(dataDir, 'spice-route');
const bot = await startBot(
  parseBotConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    VENUE: 'spice-route',
    DATA_DIR: dataDir,
    RATE_LIMIT_PER_IP: '1000000',
    RATE_LIMIT_SESSIONS_PER_IP: '1000000',
    RATE_LIMIT_PER_SESSION: '100000',
    WEBHOOK_SECRET: 'bench-webhook-secret-0123456789',
    SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
  }),
  { backend },
);
try {
  const { conversation } = (
    bot.app as unknown as {
      botContext: {
        conversation: import('../src/server/conversation/conversation-service.ts').ConversationService;
      };
    }
  ).botContext;
  // the bot indexes its knowledge at start: wait until a question is answered from it
  const probe = await conversation.createSession();
  for (let i = 0; i < 100; i++) {
    const r = await conversation.takeTurn(probe.sessionId, 'are you open on sunday?');
    if (r.events.length > 0) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 2000));
  const sessions = await Promise.all(
    Array.from({ length: sessionCount }, () => conversation.createSession()),
  );
  const cpu = new Map<string, { bot: number; backend: number; turns: number }>();
  for (let round = 0; round < rounds; round++)
    for (const text of process.env.ONLY ? [process.env.ONLY] : OPEN_LOOP_MESSAGES) {
      const self0 = process.cpuUsage();
      const backend0 = processTreeCpuMs(backend.pid!)!;
      for (let i = 0; i < sessions.length; i += 10)
        await Promise.all(sessions.slice(i, i + 10).map((s) => conversation.takeTurn(s.sessionId, text)));
      const self = process.cpuUsage(self0);
      if (round === 0) continue;
      const entry = cpu.get(text) ?? { bot: 0, backend: 0, turns: 0 };
      entry.bot += (self.user + self.system) / 1000;
      entry.backend += processTreeCpuMs(backend.pid!)! - backend0;
      entry.turns += sessions.length;
      cpu.set(text, entry);
    }
  let botMs = 0;
  let back = 0;
  let turns = 0;
  for (const [text, e] of cpu) {
    process.stdout.write(
      `${text.padEnd(34)} bot ${(e.bot / e.turns).toFixed(3)} ms  backend ${(e.backend / e.turns).toFixed(3)} ms\n`,
    );
    botMs += e.bot;
    back += e.backend;
    turns += e.turns;
  }
  process.stdout.write(
    `${'mix'.padEnd(34)} bot ${(botMs / turns).toFixed(3)} ms  backend ${(back / turns).toFixed(3)} ms\n`,
  );
} finally {
  await bot.close();
  await backend.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
