import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { RESTAURANTS_DIR } from '../../domain/load-venue.ts';
import { validateVenue } from './validate.ts';

const BIN = resolve(import.meta.dirname, '../../../bin/maitre.mjs');
const dirs: string[] = [];

/** A venue folder in a temp dir holding `menu` as its menu.json (and `moods` when given). */
function venueDir(menu: unknown, moods?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'maitre-validate-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'menu.json'), typeof menu === 'string' ? menu : JSON.stringify(menu));
  if (moods !== undefined) writeFileSync(join(dir, 'moods.json'), JSON.stringify(moods));
  return dir;
}

/** A sample venue's menu, parsed, to break in one place. */
function sampleMenu(): {
  items: { id: string; optionGroups: string[]; price: { amount: number } }[];
  optionGroups: { id: string }[];
} {
  return JSON.parse(readFileSync(join(RESTAURANTS_DIR, 'diner', 'menu.json'), 'utf8'));
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('validateVenue', () => {
  it('says ok with the counts of a sample venue', () => {
    const report = validateVenue('diner');
    expect(report.ok).toBe(true);
    expect(report.lines).toEqual([expect.stringMatching(/^ok: \d+ items, \d+ option groups, 1 document$/)]);
  });

  it('lists every cross-reference problem, paths named by id, with its line', () => {
    const menu = sampleMenu();
    menu.items[2]!.optionGroups.push('no-such-group');
    menu.items[3]!.id = menu.items[4]!.id;
    const report = validateVenue(venueDir(JSON.stringify(menu, null, 2)));
    expect(report.ok).toBe(false);
    expect(report.lines[0]).toMatch(/menu\.json: 2 problems$/);
    // a duplicated id names neither entry: the index says which
    expect(report.lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^  \\d+:\\d+ items\\[4\\]\\.id: duplicate id "${menu.items[4]!.id}"$`),
      ),
    );
    expect(report.lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^  \\d+:\\d+ items\\[${menu.items[2]!.id}\\]\\.optionGroups\\[no-such-group\\]: unknown`),
      ),
    );
  });

  it('says the type errors and the cross-references in one run', () => {
    const menu = sampleMenu();
    (menu.items[1]!.price as { amount: unknown }).amount = 'twelve';
    menu.items[5]!.optionGroups.push('gravy');
    const report = validateVenue(venueDir(menu));
    expect(report.lines[0]).toMatch(/menu\.json: 2 problems$/);
    expect(report.lines.join('\n')).toContain(`items[${menu.items[1]!.id}].price.amount: Invalid input`);
    expect(report.lines.join('\n')).toContain(
      `items[${menu.items[5]!.id}].optionGroups[gravy]: unknown option group`,
    );
  });

  it('says a decimal price is not in minor units and the value to write', () => {
    const menu = sampleMenu();
    menu.items[1]!.price.amount = 8.5;
    const report = validateVenue(venueDir(menu));
    expect(report.lines[1]).toContain(
      'amounts of money are integers in minor units (1/100 USD, i.e. cents): write 850',
    );
  });

  it('names the moods file and its paths when only the moods are wrong', () => {
    const report = validateVenue(
      venueDir(sampleMenu(), {
        version: 1,
        moods: [{ id: 'x', name: 'X', explanation: 'x', tags: ['nope'] }],
      }),
    );
    expect(report.ok).toBe(false);
    expect(report.lines[0]).toMatch(/moods\.json: 1 problem$/);
    expect(report.lines[1]).toContain('moods[x].tags[nope]');
  });

  it('says a file that is not JSON in one line, with the line and column', () => {
    const report = validateVenue(venueDir('{\n  "version": 1\n  "venue": {}\n}'));
    expect(report.ok).toBe(false);
    expect(report.lines).toEqual([expect.stringMatching(/menu\.json:3:3: not valid JSON: Expected ','/)]);
  });

  it('says an empty file and an unknown folder in one line each', () => {
    const empty = validateVenue(venueDir(''));
    expect(empty).toEqual({ ok: false, lines: [expect.stringMatching(/menu\.json: the file is empty$/)] });
    const none = validateVenue('no-such-venue');
    expect(none).toEqual({
      ok: false,
      lines: [expect.stringMatching(/no-such-venue: no venue folder here/)],
    });
  });

  it('reads a menu.yaml, giving the line of each problem', () => {
    const menu = sampleMenu();
    menu.items[2]!.price.amount = 12.5;
    const dir = mkdtempSync(join(tmpdir(), 'maitre-validate-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'menu.yaml'), stringify(menu));
    const report = validateVenue(dir);
    const line = stringify(menu)
      .split('\n')
      .findIndex((l) => l.includes('amount: 12.5'));
    expect(report.lines[1]).toMatch(
      new RegExp(
        `^  ${line + 1}:\\d+ items\\[${menu.items[2]!.id}\\]\\.price\\.amount: .*write 1250 for 12\\.5$`,
      ),
    );
  });

  it('says a YAML syntax error in one line, with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maitre-validate-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'menu.yaml'), 'version: 1\nvenue:\n  id: x\n   name: y\n');
    expect(validateVenue(dir).lines).toEqual([expect.stringMatching(/menu\.yaml:3:\d+: not valid YAML: /)]);
  });

  it("warns of an alias two items share, and of an alias that is another item's name", () => {
    const menu = sampleMenu() as ReturnType<typeof sampleMenu> & {
      items: { name: string; aliases: string[] }[];
    };
    menu.items[1]!.aliases.push(menu.items[0]!.aliases[0]!);
    menu.items[2]!.aliases.push(menu.items[3]!.name.toUpperCase());
    const report = validateVenue(venueDir(menu));
    expect(report.ok).toBe(true);
    expect(report.lines[0]).toMatch(/, 2 warnings$/);
    expect(report.lines.join('\n')).toContain(
      `warning: alias "${menu.items[0]!.aliases[0]}" is also an alias of item ${menu.items[0]!.id}`,
    );
    expect(report.lines.join('\n')).toContain(
      `warning: alias "${menu.items[3]!.name.toUpperCase()}" is the name of item ${menu.items[3]!.id}`,
    );
  });
});

describe('maitre validate', () => {
  it('exits 1 printing the path of a bad price, with no stack trace', () => {
    const menu = sampleMenu();
    menu.items[1]!.price.amount = 9.5;
    const run = spawnSync(process.execPath, [BIN, 'validate', '--dir', venueDir(menu)], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`items[${menu.items[1]!.id}].price.amount:`);
    expect(run.stderr).toContain('write 950 for 9.5');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  }, 60_000);

  it('exits 1 with one line for an unknown venue folder', () => {
    const run = spawnSync(process.execPath, [BIN, 'validate', '--venue', 'no-such-venue'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/no-such-venue: no venue folder here/),
    ]);
  }, 60_000);
});
