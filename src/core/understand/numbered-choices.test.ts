import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import type { Menu } from '../../domain/menu-schema.ts';
import { levelAnswer, numberedChoicePhrases } from './numbered-choices.ts';
import type { ParseResult } from './parse-result.ts';
import { createUnderstanding } from './understanding.ts';

type Group = Menu['optionGroups'][number];
const group = (names: string[], extra: Partial<Group> = {}): Group =>
  ({
    id: 'heat',
    name: 'Spice Level',
    aliases: ['spice', 'heat'],
    selection: 'single',
    min: 0,
    max: 1,
    qualifiers: [],
    choices: names.map((name, i) => ({ id: `c${i}`, name, aliases: [], priceDelta: 0, allergens: [] })),
    ...extra,
  }) as unknown as Group;
const phrases = (g: Group, choice: string) =>
  numberedChoicePhrases(g)
    .filter((p) => p.choice === choice)
    .map((p) => p.phrase);

describe('numberedChoicePhrases', () => {
  it('says a level of a numbered scale by its number after the group word, and by its own words', () => {
    const g = group(['Mild (1)', 'Medium (2)', 'Hot (3)', 'Extra Hot (4)', 'Fire (5)']);
    expect(phrases(g, 'c2')).toEqual(
      expect.arrayContaining([
        'spice level 3',
        'spice 3',
        'heat 3',
        'level 3',
        'lvl 3',
        '3 / 5',
        'hot',
        'hot spice',
      ]),
    );
    expect(phrases(g, 'c3')).toContain('extra hot');
    expect(phrases(g, 'c2').some((p) => /^3 spice/.test(p))).toBe(false);
  });

  it('reads "1 - Mild" and "Level 0" … names alike, and leaves words shared by every level alone', () => {
    expect(phrases(group(['No Spice', '1 - Mild', '2 - Medium', '3 - Spicy']), 'c1')).toEqual(
      expect.arrayContaining(['spice 1', 'mild']),
    );
    const levels = phrases(group(['Level 0', 'Level 1', 'Level 2']), 'c1');
    expect(levels).toContain('spice 1');
    expect(levels).not.toContain('level');
  });

  it('finds no scale in counts, in several-pick groups, or in fewer than three numbered choices', () => {
    expect(numberedChoicePhrases(group(['5 Pieces', '10 Pieces', '20 Pieces']))).toEqual([]);
    expect(numberedChoicePhrases(group(['1', '2', '3'], { selection: 'multiple', max: 3 }))).toEqual([]);
    expect(numberedChoicePhrases(group(['Mild (1)', 'Hot (2)']))).toEqual([]);
  });
});

describe('a numbered spice scale on a menu', () => {
  // spice-route's spice levels, written as a menu that numbers them would write them
  const v = loadVenue('spice-route');
  const renamed = ['1 - Mild', '2 - Medium', '3 - Hot', '4 - Extra hot'];
  const menu: Menu = {
    ...v.menu,
    optionGroups: v.menu.optionGroups.map((g) =>
      g.id === 'spice-level'
        ? { ...g, choices: g.choices.map((c, i) => ({ ...c, name: renamed[i] as string, aliases: [] })) }
        : g,
    ),
  };
  const u = createUnderstanding(menu, v.moods, v.documents);
  const lines = (r: ParseResult) =>
    r.lines.map((l) => `${l.itemId} x${l.quantity} [${l.options.map((o) => o.choice).join(',')}]`);

  it('orders a level by its number, its words and its number over the top', () => {
    expect(lines(u.parse('butter chicken spice level 3'))).toEqual(['butter-chicken x1 [hot]']);
    expect(lines(u.parse('2 dal makhani lvl 4'))).toEqual(['dal-makhani x2 [extra-hot]']);
    expect(lines(u.parse('butter chicken 1/4 spice'))).toEqual(['butter-chicken x1 [mild]']);
    expect(lines(u.parse('chicken tikka masala, mild'))).toEqual(['chicken-tikka-masala x1 [mild]']);
  });

  it('keeps a number before the dish a count', () => {
    expect(lines(u.parse('3 butter chicken'))).toEqual(['butter-chicken x3 []']);
  });

  it('orders a level said in words, or as "a N on the spice"', () => {
    expect(lines(u.parse('butter chicken spice level three'))).toEqual(['butter-chicken x1 [hot]']);
    expect(lines(u.parse('dal makhani, a 2 on the spice'))).toEqual(['dal-makhani x1 [medium]']);
    expect(lines(u.parse('chana masala level four heat'))).toEqual(['chana-masala x1 [extra-hot]']);
  });
});

describe('levelAnswer', () => {
  const g = group(['Mild (1)', 'Medium (2)', 'Hot (3)', 'Extra Hot (4)', 'Fire (5)']);
  it.each([
    ['4', 'c3'],
    ['a 4', 'c3'],
    ['level three', 'c2'],
    ['make it a 4', 'c3'],
    ["let's go with a two please", 'c1'],
    ['um, a 5', 'c4'],
  ])('"%s" at the question on the scale is that level', (text, choice) => {
    expect(levelAnswer(text, g)).toBe(choice);
  });

  it('reads no level out of a count, a level the scale lacks, more words, or a group of counts', () => {
    expect(levelAnswer('make it 4', g)).toBeUndefined();
    expect(levelAnswer('7', g)).toBeUndefined();
    expect(levelAnswer('4 butter chicken', g)).toBeUndefined();
    expect(levelAnswer('2', group(['6 wings', '12 wings', '24 wings']))).toBeUndefined();
  });
});
