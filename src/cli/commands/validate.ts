import { resolve } from 'node:path';
import type { Command } from 'commander';
import { createUnderstanding } from '../../core/understand/index.ts';
import { loadVenue } from '../../domain/load-venue.ts';
import { ConfigError, VenueValidationError } from '../../errors/index.ts';

interface ValidateOptions {
  venue?: string;
  dir?: string;
}

/** What `maitre validate` found: `ok` and the lines to print (stdout when ok, else stderr). */
export interface ValidationReport {
  ok: boolean;
  lines: string[];
}

/**
 * Loads a venue exactly as the bot does (`loadVenue`: menu.json, moods.json, the documents; then the
 * understanding built from them) and reports "ok: N items, M option groups, K documents", or the file
 * and each problem with its JSON path. Never throws: any other failure is one plain line.
 */
export function validateVenue(dirOrName: string): ValidationReport {
  try {
    const venue = loadVenue(dirOrName);
    createUnderstanding(venue.menu, venue.moods, venue.documents);
    const { items, optionGroups } = venue.menu;
    return {
      ok: true,
      lines: [
        `ok: ${count(items.length, 'item')}, ${count(optionGroups.length, 'option group')}, ${count(venue.documents.length, 'document')}`,
      ],
    };
  } catch (error) {
    if (error instanceof VenueValidationError)
      return {
        ok: false,
        lines: [
          `${error.file}: ${count(error.problems.length, 'problem')}`,
          ...error.problems.map((p) => `  ${p.path || '(root)'}: ${p.message}`),
        ],
      };
    return { ok: false, lines: [`${dirOrName}: ${(error as Error).message ?? String(error)}`] };
  }
}

/** `maitre validate --venue <name> | --dir <path>`: checks a venue's files; exit status 1 on problems. */
export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .description("check a venue's menu.json, moods.json and documents as the bot loads them")
    .option('--venue <name>', 'venue folder under restaurants/ (default: VENUE)')
    .option('--dir <path>', 'a venue folder anywhere')
    .action((options: ValidateOptions) => {
      if (options.venue && options.dir) throw new ConfigError('--venue', 'cannot be combined with --dir');
      const target = options.dir ? resolve(options.dir) : (options.venue ?? process.env.VENUE);
      if (!target) throw new ConfigError('--venue', 'is required (or --dir <path>)');
      const report = validateVenue(target);
      (report.ok ? process.stdout : process.stderr).write(`${report.lines.join('\n')}\n`);
      if (!report.ok) process.exitCode = 1;
    });
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
