import { resolve } from 'node:path';
import type { Command } from 'commander';
import { createUnderstanding } from '../../core/understand/index.ts';
import { aliasClashes } from '../../domain/alias-clashes.ts';
import { loadVenue, venueFile } from '../../domain/load-venue.ts';
import { venueProblems } from '../../domain/venue-problems.ts';
import { readVenueSource } from '../../domain/venue-source.ts';
import { ConfigError, problemPlace, VenueValidationError } from '../../errors/index.ts';

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
 * Loads a venue exactly as the bot does (`loadVenue`: the menu, the moods, the documents; then the
 * understanding built from them) and reports "ok: N items, M option groups, K documents" with any
 * warnings (`aliasClashes`), or the file and each problem as `line:column path: message`, the path named
 * by ids. A problem with the file as a whole (no folder, an empty file, a syntax error) is one line,
 * `file[:line:column]: message`. Never throws: any other failure is one plain line.
 */
export function validateVenue(dirOrName: string): ValidationReport {
  try {
    const venue = loadVenue(dirOrName);
    createUnderstanding(venue.menu, venue.moods, venue.documents);
    const { items, optionGroups } = venue.menu;
    const clashes = aliasClashes(venue.menu);
    const warnings =
      clashes.length > 0 ? venueProblems(readVenueSource(venueFile(venue.dir, 'menu')), clashes) : [];
    const counts = [
      count(items.length, 'item'),
      count(optionGroups.length, 'option group'),
      count(venue.documents.length, 'document'),
      ...(warnings.length > 0 ? [count(warnings.length, 'warning')] : []),
    ];
    return {
      ok: true,
      lines: [
        `ok: ${counts.join(', ')}`,
        ...warnings.map((w) => `  ${problemPlace(w)}: warning: ${w.message}`),
      ],
    };
  } catch (error) {
    if (error instanceof VenueValidationError) return { ok: false, lines: problemLines(error) };
    return { ok: false, lines: [`${dirOrName}: ${(error as Error).message ?? String(error)}`] };
  }
}

function problemLines(error: VenueValidationError): string[] {
  const [only, ...rest] = error.problems;
  if (only && rest.length === 0 && only.path === '') {
    const at = only.line === undefined ? '' : `:${only.line}:${only.column ?? 1}`;
    return [`${error.file}${at}: ${only.message}`];
  }
  return [
    `${error.file}: ${count(error.problems.length, 'problem')}`,
    ...error.problems.map((p) => `  ${problemPlace(p)}: ${p.message}`),
  ];
}

/** `maitre validate --venue <name> | --dir <path>`: checks a venue's files; exit status 1 on problems. */
export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .description("check a venue's menu (JSON or YAML), moods and documents as the bot loads them")
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
