import { describe, expect, it } from 'vitest';
import type { Menu } from '../../domain/menu-schema.ts';
import { lessenedChoicePhrases } from './lessened-choices.ts';

type Group = Menu['optionGroups'][number];
const group = (
  name: string,
  choices: [string, string[]][],
  selection: 'single' | 'multiple' = 'single',
): Group =>
  ({
    id: 'g',
    name,
    aliases: [],
    selection,
    min: 0,
    max: 1,
    qualifiers: [],
    choices: choices.map(([n, aliases], i) => ({
      id: `c${i}`,
      name: n,
      aliases,
      priceDelta: 0,
      allergens: [],
    })),
  }) as unknown as Group;
const phrases = (g: Group, choice: string) =>
  lessenedChoicePhrases(g)
    .filter((p) => p.choice === choice)
    .map((p) => p.phrase);

describe('lessenedChoicePhrases', () => {
  it('says the mild choice of a numbered heat scale ("1 - Mild") by "not spicy"', () => {
    const g = group('Spice Level', [
      ['1 - Mild', []],
      ['2 - Medium', []],
      ['3 - Hot', []],
    ]);
    expect(phrases(g, 'c0')).toEqual(expect.arrayContaining(['not spicy', 'not too hot']));
    expect(phrases(g, 'c1')).toEqual([]);
  });

  it('says the mild choice of a heat scale by a softened "not spicy"', () => {
    const g = group('Spice Level', [
      ['Mild', []],
      ['Medium', []],
      ['Hot', []],
    ]);
    expect(phrases(g, 'c0')).toEqual(
      expect.arrayContaining(['not spicy', 'not too spicy', 'not very hot', 'not so spicy', 'not that hot']),
    );
    expect(phrases(g, 'c2')).toEqual([]);
  });

  it('says a "less W" choice by "not too W", and leaves a phrase some choice already has', () => {
    const g = group('Sweetness', [
      ['75% sugar', ['less sweet']],
      ['50% sugar', ['not too sweet']],
    ]);
    expect(phrases(g, 'c0')).toEqual(expect.arrayContaining(['not very sweet', 'not so sweet']));
    expect(phrases(g, 'c0')).not.toContain('not too sweet');
  });

  it('reads no heat scale in a group without heat words, nor a group of many picks', () => {
    expect(
      lessenedChoicePhrases(
        group('Salsa', [
          ['Mild', []],
          ['Verde', []],
        ]),
      ),
    ).toEqual([]);
    expect(
      lessenedChoicePhrases(
        group(
          'Heat',
          [
            ['Mild', []],
            ['Hot', []],
          ],
          'multiple',
        ),
      ),
    ).toEqual([]);
  });
});
