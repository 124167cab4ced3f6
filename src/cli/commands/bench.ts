import type { Command } from 'commander';
import { benchVenue, formatBench, meetsGoal } from '../../../bench/run-bench.ts';
import { syntheticVenue } from '../../../bench/synthetic-venue.ts';
import { loadVenue } from '../../domain/load-venue.ts';

interface BenchCliOptions {
  venue?: string[];
  conversations: string;
  json?: boolean;
  check?: boolean;
}

/** `maitre bench`: parse and whole-turn latency (p50, p99) and memory per session, per venue. */
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
    .action(async (options: BenchCliOptions) => {
      const names = options.venue ?? ['spice-route', 'pizzeria', 'synthetic'];
      const conversations = Math.max(1, Number.parseInt(options.conversations, 10) || 60);
      const rows = [];
      for (const name of names) {
        const venue = name === 'synthetic' ? syntheticVenue(200) : loadVenue(name);
        rows.push(await benchVenue(venue, { conversations }));
      }
      if (options.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else process.stdout.write(`${formatBench(rows)}\n`);
      if (options.check && !rows.every(meetsGoal)) process.exitCode = 1;
    });
}
