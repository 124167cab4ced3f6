import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { z } from 'zod';
import { VenueValidationError } from '../errors/index.ts';
import { describePath } from './describe-path.ts';
import { withDescribedChoices } from './described-choices.ts';
import { readHoursLine } from './hours-line.ts';
import { readLastOrdersMinutes } from './last-orders-line.ts';
import { menuCrossReferences } from './menu-cross-references.ts';
import { Menu } from './menu-schema.ts';
import { Moods } from './moods-schema.ts';
import type { Venue, VenueDocument } from './venue.ts';
import { type PathIssue, venueProblems } from './venue-problems.ts';
import { readVenueSource, type VenueSource } from './venue-source.ts';
import { withBuiltInMoods } from './with-built-in-moods.ts';

/** The folder holding the sample venues, relative to the repository root. */
export const RESTAURANTS_DIR = resolve(import.meta.dirname, '../../restaurants');

/**
 * Reads and validates `<dir>/menu.json`, `<dir>/moods.json` and `<dir>/*.md`. Only the menu is required: a
 * venue built from its menu file alone has only the built-in moods (`withBuiltInMoods`, added after the
 * venue's own to every venue) and no documents. Facts a menu file leaves out are read from its text where
 * that is unambiguous: the weekly table from the hours line (`withHoursFromLine`), last orders from the
 * documents (`readLastOrdersMinutes`), a one-of group from a description listing a dish's alternatives
 * (`withDescribedChoices`). Throws VenueValidationError.
 */
export function loadVenue(dirOrName: string, root = RESTAURANTS_DIR): Venue {
  const dir = dirOrName.includes('/') ? resolve(dirOrName) : join(root, dirOrName);
  if (!isDirectory(dir)) {
    throw new VenueValidationError(dir, [
      { path: '', message: 'no venue folder here (a venue is a folder holding menu.json or menu.yaml)' },
    ]);
  }
  const menu = withDescribedChoices(withHoursFromLine(loadMenuFile(venueFile(dir, 'menu'))));
  const moodsFile = venueFile(dir, 'moods');
  const moodsSource = existsSync(moodsFile) ? readVenueSource(moodsFile) : undefined;
  const moods = moodsSource ? parseSource(moodsSource, Moods) : { moods: [] };
  const problems: PathIssue[] = [];
  const tags = new Set(menu.items.flatMap((i) => i.tags));
  const categories = new Set(menu.categories.map((c) => c.id));
  const items = new Set(menu.items.map((i) => i.id));
  moods.moods.forEach((mood, i) => {
    mood.tags.forEach((t, j) => {
      if (!tags.has(t))
        problems.push({ path: ['moods', i, 'tags', j], message: `no menu item has tag "${t}"` });
    });
    mood.categories.forEach((c, j) => {
      if (!categories.has(c))
        problems.push({ path: ['moods', i, 'categories', j], message: `unknown category "${c}"` });
    });
    mood.items.forEach((id, j) => {
      if (!items.has(id)) problems.push({ path: ['moods', i, 'items', j], message: `unknown item "${id}"` });
    });
  });
  if (moodsSource && problems.length > 0)
    throw new VenueValidationError(moodsFile, venueProblems(moodsSource, problems));
  const documents = loadDocuments(dir);
  // last orders said in the documents only ("Last orders 15 minutes before close"), read once as the field
  if (menu.venue.lastOrdersMinutesBeforeClose === undefined) {
    const minutes = readLastOrdersMinutes(documents);
    if (minutes !== undefined) menu.venue.lastOrdersMinutesBeforeClose = minutes;
  }
  return {
    id: menu.venue.id,
    dir,
    menu,
    moods: withBuiltInMoods(menu, moods.moods),
    documents,
  };
}

/**
 * A menu whose venue has no weekly table (`venue.hours`) but an hours line (`venue.contact.hours`) that
 * `readHoursLine` reads whole gets that line as its table, so requested times and "are you open"
 * questions are checked against it; a table in the file always wins, and a line read only in part is
 * left as a line (times are then kept with the line said back). The menu is changed in place.
 */
export function withHoursFromLine(menu: Menu): Menu {
  const line = menu.venue.contact?.hours;
  if (menu.venue.hours === undefined && line !== undefined) {
    const rows = readHoursLine(line);
    if (rows !== undefined) menu.venue.hours = rows;
  }
  return menu;
}

/**
 * Reads and validates one menu file (JSON, or YAML by its extension). Throws VenueValidationError listing
 * each error with its path (named by ids) and line: the type errors and, checked on whatever parts are
 * well formed, the cross-references (which the schema skips while any part has a type error).
 */
export function loadMenuFile(file: string): Menu {
  const source = readVenueSource(file);
  const result = Menu.safeParse(source.value);
  if (result.success) return result.data;
  const issues = [...result.error.issues, ...menuCrossReferences(source.value)];
  throw new VenueValidationError(file, venueProblems(source, issues));
}

/**
 * `<dir>/<name>.json`, or `<name>.yaml` / `<name>.yml` when that is the one present (the JSON name when
 * none is, so a missing menu is said as a missing menu.json).
 */
export function venueFile(dir: string, name: string): string {
  const found = VENUE_FILE_EXTENSIONS.map((ext) => join(dir, `${name}${ext}`)).filter((f) => existsSync(f));
  if (found.length > 1)
    throw new VenueValidationError(join(dir, name), [
      { path: '', message: `two files for one: ${found.map((f) => basename(f)).join(' and ')}; keep one` },
    ]);
  return found[0] ?? join(dir, `${name}.json`);
}

const VENUE_FILE_EXTENSIONS = ['.json', '.yaml', '.yml'];

/** Validates a read venue file against a venue schema, naming its file and the line of each error. */
function parseSource<S extends z.ZodType>(source: VenueSource, schema: S): z.output<S> {
  const result = schema.safeParse(source.value);
  if (result.success) return result.data;
  throw new VenueValidationError(source.file, venueProblems(source, result.error.issues));
}

/** Validates an already-parsed value against a venue schema, naming `file` in the error. */
export function parseFile<S extends z.ZodType>(file: string, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new VenueValidationError(
    file,
    result.error.issues.map((issue) => ({ path: describePath(value, issue.path), message: issue.message })),
  );
}

function loadDocuments(dir: string): VenueDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const heading = /^#\s+(.+)$/m.exec(text);
      return { id: basename(f, '.md'), title: heading?.[1]?.trim() ?? basename(f, '.md'), text };
    });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
