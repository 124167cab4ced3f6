import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { createUnderstanding, type Understanding } from '../../core/understand/index.ts';
import { loadMenuFile, loadVenue, withBuiltInMoods } from '../../domain/index.ts';
import { ConfigError } from '../../errors/index.ts';

interface ParseOptions {
  venue?: string;
  menu?: string;
}

/**
 * Builds understanding for `--venue <name>` (menu, moods, documents) or `--menu <file>` (the menu and
 * the built-in moods).
 */
export function understandingFor(options: ParseOptions): Understanding {
  if (options.menu) {
    const menu = loadMenuFile(options.menu);
    return createUnderstanding(menu, withBuiltInMoods(menu, []));
  }
  const venue = loadVenue(options.venue ?? 'spice-route');
  return createUnderstanding(venue.menu, venue.moods, venue.documents);
}

/** `maitre parse`: prints what understanding makes of an utterance (docs/parse-output.md). */
export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description(
      'Parse an utterance into intents, order lines, filters and slots (JSON); reads stdin lines when no text is given',
    )
    .argument('[text...]', 'the utterance; omit to read one utterance per line from stdin')
    .option('--venue <name>', 'venue folder under restaurants/ (default spice-route)')
    .option('--menu <file>', 'a menu.json file (moods and documents absent)')
    .action(async (words: string[], options: ParseOptions) => {
      if (options.venue && options.menu) throw new ConfigError('--venue', 'cannot be combined with --menu');
      const understanding = understandingFor(options);
      if (words.length > 0) {
        process.stdout.write(`${JSON.stringify(understanding.parse(words.join(' ')), null, 2)}\n`);
        return;
      }
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        if (line.trim() === '') continue;
        process.stdout.write(`${JSON.stringify(understanding.parse(line))}\n`);
      }
    });
}
