import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VenueValidationError } from '../errors/index.ts';
import { tinyMenu } from './fixtures/tiny-menu.ts';
import { loadMenuFile, loadVenue } from './load-venue.ts';
import { menuJsonSchema } from './menu-json-schema.ts';

function writeVenue(menu: unknown, moods: unknown = { version: 1, moods: [] }): string {
  const dir = mkdtempSync(join(tmpdir(), 'maitre-venue-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'menu.json'), JSON.stringify(menu));
  writeFileSync(join(dir, 'moods.json'), JSON.stringify(moods));
  writeFileSync(join(dir, 'hours.md'), '# Opening hours\n\nEvery day 11:00-22:00.\n');
  return dir;
}

function problemsOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(VenueValidationError);
    return (error as VenueValidationError).problems;
  }
  throw new Error('expected a VenueValidationError');
}

const cozy = { id: 'cozy', name: 'Cozy', tags: ['comfort'], explanation: 'Warm food.' };

describe('loadVenue', () => {
  it('loads a valid venue with defaults applied and documents titled', () => {
    const venue = loadVenue(writeVenue(tinyMenu(), { version: 1, moods: [cozy] }));
    expect(venue.id).toBe('tiny');
    expect(venue.menu.items[0]?.aliases).toEqual([]);
    expect(venue.menu.items[0]?.available).toBe(true);
    expect(venue.menu.items[0]?.stock).toBeNull();
    expect(venue.documents).toEqual([expect.objectContaining({ id: 'hours', title: 'Opening hours' })]);
    expect(venue.moods[0]?.id).toBe('cozy');
  });

  it('loads a venue built from its menu file alone (built-in moods only, no documents)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maitre-venue-'));
    writeFileSync(join(dir, 'menu.json'), JSON.stringify(tinyMenu()));
    const venue = loadVenue(dir);
    expect(venue.menu.items).toHaveLength(1);
    expect(venue.moods.length).toBeGreaterThan(0);
    expect(venue.moods.every((m) => m.builtIn)).toBe(true);
    expect(venue.documents).toEqual([]);
  });

  it('reads an hours line as the weekly table when the menu has none; a table in the file wins', () => {
    const lineOnly = tinyMenu() as { venue: Record<string, unknown> };
    lineOnly.venue.contact = { hours: 'Mon–Sat 9 am – 9 pm, Sun closed' };
    expect(loadVenue(writeVenue(lineOnly, { version: 1, moods: [cozy] })).menu.venue.hours).toEqual([
      {
        dayOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
        opens: '09:00',
        closes: '21:00',
        service: 'all',
      },
    ]);
    const table = [{ dayOfWeek: ['sunday'], opens: '10:00', closes: '14:00', service: 'all' }];
    const both = tinyMenu() as { venue: Record<string, unknown> };
    both.venue.contact = { hours: 'daily 9 am – 9 pm' };
    both.venue.hours = table;
    expect(loadVenue(writeVenue(both, { version: 1, moods: [cozy] })).menu.venue.hours).toEqual(table);
    // a line read only in part stays a line
    const vague = tinyMenu() as { venue: Record<string, unknown> };
    vague.venue.contact = { hours: 'open till late most days' };
    expect(loadVenue(writeVenue(vague, { version: 1, moods: [cozy] })).menu.venue.hours).toBeUndefined();
  });

  it('names the path of every error in a bad menu', () => {
    const menu = tinyMenu() as { items: Record<string, unknown>[] };
    menu.items[0] = {
      ...menu.items[0],
      price: { amount: 10.5, currency: 'USD' },
      category: 'nope',
      allergens: ['nuts'],
    };
    const problems = problemsOf(() => loadVenue(writeVenue(menu, { version: 1, moods: [cozy] })));
    const paths = problems.map((p) => p.path);
    expect(paths).toContain('items[dal].price.amount');
    expect(paths).toContain('items[dal].allergens[nuts]');
    // the cross-references are checked in the same run as the type errors
    expect(paths).toContain('items[dal].category');
  });

  it('rejects references to unknown categories and option groups, and duplicate ids', () => {
    const menu = tinyMenu() as { items: Record<string, unknown>[] };
    const first = menu.items[0]!;
    menu.items = [
      { ...first, category: 'desserts' },
      { ...first, optionGroups: ['crust'] },
    ];
    const problems = problemsOf(() => loadVenue(writeVenue(menu, { version: 1, moods: [cozy] })));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'items[0].category', message: 'unknown category "desserts"' }),
        expect.objectContaining({
          path: 'items[1].optionGroups[crust]',
          message: 'unknown option group "crust"',
        }),
        expect.objectContaining({ path: 'items[1].id', message: 'duplicate id "dal"' }),
      ]),
    );
  });

  it('rejects a mood naming a tag no item has', () => {
    const moods = { version: 1, moods: [{ ...cozy, tags: ['fancy'] }] };
    const problems = problemsOf(() => loadVenue(writeVenue(tinyMenu(), moods)));
    expect(problems).toEqual([
      expect.objectContaining({
        path: `moods[${cozy.id}].tags[fancy]`,
        message: 'no menu item has tag "fancy"',
      }),
    ]);
  });

  it('reports unreadable and malformed files with their path', () => {
    const dir = writeVenue(tinyMenu());
    writeFileSync(join(dir, 'menu.json'), '{ not json');
    const error = (() => {
      try {
        loadMenuFile(join(dir, 'menu.json'));
      } catch (e) {
        return e as VenueValidationError;
      }
    })();
    expect(error?.code).toBe('VENUE_INVALID');
    expect(error?.message).toContain(join(dir, 'menu.json'));
    expect(error?.message).toContain('not valid JSON');
    expect(problemsOf(() => loadVenue('no-such-venue'))[0]?.message).toMatch(/no venue folder/);
  });
});

describe('docs/menu.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run npm run menu-schema to refresh)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../docs/menu.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(menuJsonSchema());
  });
});
