/**
 * Backend requests per turn of the open-loop bench's realistic conversations (turn-corpus.ts), by the
 * step of the conversation and by request, to find turns that ask the backend more than they need.
 *
 *   npx tsx scripts/count-backend-calls.ts [sessions=30]
 *   SHOW=1 npx tsx scripts/count-backend-calls.ts 1   (and the first conversation's replies)
 *
 * Runs the bot's conversation service in this process against the reference backend in its own
 * process, one turn at a time, and counts the HTTP requests the bot sends (undici's diagnostics channel).
 */
import { subscribe } from 'node:diagnostics_channel';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnBenchBackend } from '../src/server/bench/spawn-bench-backend.ts';
import { buildTurnCorpus, conversationsFrom } from '../src/server/bench/turn-corpus.ts';
import { parseBotConfig } from '../src/server/config/parse-bot-config.ts';
import { startBot } from '../src/server/start-bot.ts';

const STEPS = [
  'greet',
  'browse',
  'question',
  'order',
  'question 2',
  'order 2',
  'cart',
  'checkout',
  'pickup',
  'name',
  'phone',
  'payment',
  'notes',
  'confirm',
];
const sessionCount = Number(process.argv[2] ?? 30);
const dataDir = mkdtempSync(join(tmpdir(), 'maitre-calls-'));
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
let current: string[] | undefined;
subscribe('undici:request:create', (message) => {
  const { request } = message as { request: { method: string; path: string } };
  current?.push(`${request.method} ${request.path}`);
});
try {
  const { conversation } = (
    bot.app as unknown as {
      botContext: {
        conversation: import('../src/server/conversation/conversation-service.ts').ConversationService;
      };
    }
  ).botContext;
  const conversations = conversationsFrom(buildTurnCorpus('spice-route'), sessionCount);
  const byStep = new Map<string, Map<string, number>>();
  const shape = (call: string) =>
    call
      .replace(/\/api\/carts\/[^/?]+/, '/api/carts/:id')
      .replace(/\/lines\/[^/?]+/, '/lines/:id')
      .replace(/\/items\/[^/?]+/, '/items/:id')
      .replace(/\/orders\/[^/?]+/, '/orders/:id');
  let repeated = 0;
  let total = 0;
  let turns = 0;
  for (const script of conversations) {
    const session = await conversation.createSession();
    for (const [i, text] of script.entries()) {
      current = [];
      const reply = await conversation.takeTurn(session.sessionId, text);
      if (process.env.SHOW && script === conversations[0])
        process.stdout.write(`> ${text}\n${JSON.stringify(reply.events).slice(0, 300)}\n`);
      const step = STEPS[i]!;
      const counts = byStep.get(step) ?? new Map<string, number>();
      for (const call of current) counts.set(shape(call), (counts.get(shape(call)) ?? 0) + 1);
      const reads = current.filter((c) => c.startsWith('GET '));
      if (new Set(reads).size < reads.length) {
        repeated++;
        process.stdout.write(
          `read twice in one turn (${step}, "${text}"): ${current.map(shape).join(', ')}\n`,
        );
      }
      byStep.set(step, counts);
      total += current.length;
      turns++;
    }
  }
  current = undefined;
  for (const [step, counts] of byStep) {
    const sum = [...counts.values()].reduce((a, b) => a + b, 0);
    const detail = [...counts].map(([call, n]) => `${call} ${(n / sessionCount).toFixed(2)}`).join(', ');
    process.stdout.write(`${step.padEnd(11)} ${(sum / sessionCount).toFixed(2)} per turn  (${detail})\n`);
  }
  process.stdout.write(
    `all turns  ${(total / turns).toFixed(2)} backend requests per turn; ${repeated} turns read a resource twice\n`,
  );
} finally {
  await bot.close();
  await backend.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
