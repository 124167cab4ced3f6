export {
  formatHttpBench,
  type HttpBenchOptions,
  type HttpBenchResult,
  runHttpBench,
} from './bench/run-http-bench.ts';
export type { BotDeps, FencedSessionStore, TurnFunction, TurnOutcome } from './bot-deps.ts';
export { buildApp } from './build-app.ts';
export { type BotConfig, parseBotConfig } from './config/parse-bot-config.ts';
export { createBotDeps } from './create-bot-deps.ts';
export { type RunningBot, startBot } from './start-bot.ts';
