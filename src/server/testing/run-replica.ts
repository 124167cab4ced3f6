/**
 * One bot replica as a child process (tests of scale-out): configured by the environment like
 * `maitre serve`, prints `READY <url>` once listening and its webhook is registered.
 * Run: node --import tsx src/server/testing/run-replica.ts
 */
import { parseBotConfig } from '../config/parse-bot-config.ts';
import { startBot } from '../start-bot.ts';

const bot = await startBot(parseBotConfig(process.env));
await bot.webhookRegistered.catch(() => {});
process.stdout.write(`READY ${bot.url}\n`);
const stop = () => {
  bot.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
