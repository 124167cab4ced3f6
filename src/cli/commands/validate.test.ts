import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

  it('lists every cross-reference problem with its JSON path', () => {
    const menu = sampleMenu();
    menu.items[2]!.optionGroups.push('no-such-group');
    menu.items[3]!.id = menu.items[4]!.id;
    const report = validateVenue(venueDir(menu));
    expect(report.ok).toBe(false);
    expect(report.lines[0]).toMatch(/menu\.json: 2 problems$/);
    expect(report.lines).toContain(`  items[4].id: duplicate id "${menu.items[4]!.id}"`);
    expect(
      report.lines.some((l) => l.startsWith('  items[2].optionGroups[') && l.includes('no-such-group')),
    ).toBe(true);
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
    expect(report.lines[1]).toContain('moods[0].tags[0]');
  });

  it('says a file that is not JSON in one line, at its root', () => {
    const report = validateVenue(venueDir('{ "venue": '));
    expect(report.ok).toBe(false);
    expect(report.lines[1]).toMatch(/^ {2}\(root\): not valid JSON/);
  });
});

describe('maitre validate', () => {
  it('exits 1 printing the path of a bad price, with no stack trace', () => {
    const menu = sampleMenu();
    menu.items[1]!.price.amount = 9.5;
    const run = spawnSync(process.execPath, [BIN, 'validate', '--dir', venueDir(menu)], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('items[1].price.amount:');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  }, 60_000);
});
