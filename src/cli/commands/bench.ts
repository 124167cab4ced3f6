import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { formatKnowledgeBench, runKnowledgeBench } from '../../../bench/knowledge-bench.ts';
import { formatLlmBench, meetsLlmGoal, runLlmBench } from '../../../bench/llm-bench.ts';
import { benchVenue, formatBench, meetsGoal } from '../../../bench/run-bench.ts';
import { syntheticVenue } from '../../../bench/synthetic-venue.ts';
import { loadVenue } from '../../domain/load-venue.ts';
import { ConfigError } from '../../errors/index.ts';
import { formatOpenLoopBench, runOpenLoopBench } from '../../server/bench/run-open-loop-bench.ts';

interface BenchCliOptions {
  venue?: string[];
  conversations: string;
  json?: boolean;
  check?: boolean;
  http: boolean;
  httpSeconds: string;
  httpSessions: string;
  knowledge: boolean;
  knowledgeSizes: string;
  openLoop: boolean;
  openLoopWorkers?: string;
  openLoopSeconds: string;
  openLoopRedis?: boolean;
  openLoopFive?: boolean;
  only?: string[];
  llm: boolean;
  llmSessions: string;
  llmRate: string;
  llmSeconds: string;
  llmModelDelay: string;
  llmTokenMs: string;
}

const SECTIONS = ['core', 'http', 'knowledge', 'open-loop', 'llm'] as const;

/**
 * `maitre bench`: parse and whole-turn latency (p50, p99) and memory per session, per venue; then an HTTP
 * load run of the bot service at 100 and 1,000 concurrent sessions (turns/s, p50/p99, memory per session);
 * the knowledge index; and the generation run: the latency the bot adds on top of a fixed-delay model
 * (first forwarded text, per turn; p50/p99) at a fixed arrival rate with 1,000 and 5,000 live sessions.
 */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description('latency of parse and of whole turns (p50/p99) and memory per session, on each venue')
    .option(
      '--venue <name...>',
      'venues to run (default: spice-route, pizzeria and a 200-item synthetic menu)',
    )
    .option('--conversations <n>', 'full conversations played per venue', '60')
    .option('--json', 'print the results as JSON')
    .option('--check', 'exit with status 1 when a venue misses the p99 goal')
    .option('--no-http', 'skip the HTTP load run (bot service over loopback, autocannon)')
    .option('--http-sessions <list>', 'concurrent sessions of the HTTP load runs', '100,1000')
    .option('--http-seconds <n>', 'duration of each HTTP load run', '10')
    .option('--no-knowledge', 'skip the knowledge index run (build time, hybrid query p50/p99)')
    .option('--knowledge-sizes <list>', 'synthetic chunk counts of the knowledge index runs', '1000,100000')
    .option('--no-open-loop', 'skip the open-loop run (fixed arrival rate: saturation, 50/80/150 %, memory)')
    .option(
      '--open-loop-workers <list>',
      `bot worker counts of the open-loop run; more than one uses Redis (REDIS_URL) (default 1,${availableParallelism()})`,
    )
    .option(
      '--open-loop-seconds <n>',
      'duration of each open-loop run at 50, 80 and 150 % of saturation',
      '10',
    )
    .option('--open-loop-redis', 'run one worker on Redis too (default: memory stores, as npm start)')
    .option(
      '--open-loop-five',
      'cycle the old five-message mix instead of realistic conversations from the tuned eval files',
    )
    .option('--only <sections...>', `run only these sections (${SECTIONS.join(', ')})`)
    .option('--no-llm', 'skip the generation run (latency the bot adds on top of a fixed-delay model)')
    .option('--llm-sessions <list>', 'live sessions of the generation runs', '1000,5000')
    .option('--llm-rate <n>', 'turns started per second in the generation runs (open loop)', '100')
    .option('--llm-seconds <n>', 'duration of each generation run', '10')
    .option('--llm-model-delay <ms>', "the fake model's delay before its first token", '200')
    .option('--llm-token-ms <ms>', "ms between the fake model's tokens", '2')
    .action(async (options: BenchCliOptions) => {
      const only = options.only;
      if (only) {
        const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
        if (unknown.length > 0)
          throw new ConfigError('--only', `knows ${SECTIONS.join(', ')}, not ${unknown.join(', ')}`);
      }
      const wants = (section: (typeof SECTIONS)[number], flag: boolean) =>
        flag && (!only || only.includes(section));
      const names = options.venue ?? ['spice-route', 'pizzeria', 'synthetic'];
      const conversations = Math.max(1, Number.parseInt(options.conversations, 10) || 60);
      const rows = [];
      for (const name of wants('core', true) ? names : []) {
        const venue = name === 'synthetic' ? syntheticVenue(200) : loadVenue(name);
        rows.push(await benchVenue(venue, { conversations }));
      }
      // Loaded here, not at the top: the HTTP run needs autocannon, a dev dependency absent from a
      // production install (`npm ci --omit=dev`), where every other command must still load.
      const httpBench = wants('http', options.http)
        ? await import('../../server/bench/run-http-bench.ts')
        : undefined;
      const http = [];
      if (httpBench) {
        const seconds = Math.max(1, Number.parseInt(options.httpSeconds, 10) || 10);
        for (const sessions of options.httpSessions.split(',').map((n) => Number.parseInt(n, 10))) {
          if (Number.isInteger(sessions) && sessions > 0)
            http.push(await httpBench.runHttpBench({ sessions, durationSeconds: seconds }));
        }
      }
      const knowledge = wants('knowledge', options.knowledge)
        ? await runKnowledgeBench({
            sizes: options.knowledgeSizes
              .split(',')
              .map((n) => Number.parseInt(n, 10))
              .filter((n) => Number.isInteger(n) && n > 0),
          })
        : [];
      const openLoop = wants('open-loop', options.openLoop)
        ? await runOpenLoopBench({
            ...(options.openLoopWorkers
              ? {
                  workers: options.openLoopWorkers
                    .split(',')
                    .map((n) => Number.parseInt(n, 10))
                    .filter((n) => Number.isInteger(n) && n > 0),
                }
              : {}),
            seconds: Math.max(1, Number.parseInt(options.openLoopSeconds, 10) || 10),
            redisForOne: Boolean(options.openLoopRedis),
            ...(options.openLoopFive ? { mix: 'five' as const } : {}),
            progress: (line) => process.stderr.write(`${line}\n`),
          })
        : undefined;
      const int = (v: string, fallback: number) => {
        const n = Number.parseInt(v, 10);
        return Number.isInteger(n) && n >= 0 ? n : fallback;
      };
      const llm = [];
      if (wants('llm', options.llm))
        for (const sessions of options.llmSessions.split(',').map((n) => Number.parseInt(n, 10)))
          if (Number.isInteger(sessions) && sessions > 0)
            llm.push(
              await runLlmBench({
                sessions,
                rate: Math.max(1, int(options.llmRate, 100)),
                seconds: Math.max(1, int(options.llmSeconds, 10)),
                modelDelayMs: int(options.llmModelDelay, 200),
                tokenMs: int(options.llmTokenMs, 2),
              }),
            );
      if (options.json)
        process.stdout.write(`${JSON.stringify({ core: rows, http, knowledge, openLoop, llm }, null, 2)}\n`);
      else {
        if (rows.length > 0) process.stdout.write(`${formatBench(rows)}\n`);
        if (httpBench && http.length > 0)
          process.stdout.write(`\n${http.map(httpBench.formatHttpBench).join('\n')}\n`);
        if (knowledge.length > 0) process.stdout.write(`\n${formatKnowledgeBench(knowledge)}\n`);
        if (openLoop) process.stdout.write(`\n${formatOpenLoopBench(openLoop)}\n`);
        if (llm.length > 0) process.stdout.write(`\n${formatLlmBench(llm)}\n`);
      }
      if (options.check && !(rows.every(meetsGoal) && llm.every(meetsLlmGoal))) process.exitCode = 1;
    });
}
