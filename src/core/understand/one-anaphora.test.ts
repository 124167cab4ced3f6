import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { MenuIndex } from './menu-index.ts';
import { normalize } from './normalize.ts';
import { oneAsHeadNoun } from './one-anaphora.ts';
import { siblingOf } from './variant-modifiers.ts';
import { venueParser } from './venue-fixture.ts';

const bakehouse = loadVenue('bakehouse').menu;
const index = new MenuIndex(bakehouse);
const rewrite = (text: string) => oneAsHeadNoun(text, normalize(text).tokens, index)?.text;

describe('oneAsHeadNoun', () => {
  it('spells out "one" as the head noun said before it', () => {
    expect(rewrite('swap the croissant for a chocolate one')).toBe(
      'swap the croissant for a chocolate croissant',
    );
    expect(rewrite('a butter croissant and an almond one')).toBe(
      'a butter croissant and an almond croissant',
    );
  });
  it('leaves "one" pointing at a line or counting alone', () => {
    expect(rewrite('swap the croissant for that one')).toBeUndefined();
    expect(rewrite('one croissant')).toBeUndefined();
    expect(rewrite('make it a chocolate one')).toBeUndefined();
  });
});

describe('a swap to a sibling dish through the parse', () => {
  const { parse } = venueParser('bakehouse');
  it('reads "a chocolate one" as the Chocolate Croissant replacing the cart croissant', () => {
    const read = parse('swap the croissant for a chocolate one', {
      cart: ['almond-croissant'],
    });
    expect(read.lines.map((l) => [l.itemId, l.action, l.replaces])).toEqual([
      ['chocolate-croissant', 'replace', 'almond-croissant'],
    ]);
    expect(read.text).toBe('swap the croissant for a chocolate one');
  });
  it('keeps the first reading when the spelt-out words name no dish', () => {
    const read = parse('swap the croissant for a vanilla one', { cart: ['almond-croissant'] });
    expect(read.lines.map((l) => l.itemId)).toEqual(['almond-croissant']);
  });
});

describe('siblingOf', () => {
  it('finds the one dish named by the modifier and the head noun', () => {
    expect(siblingOf(bakehouse, 'almond-croissant', 'chocolate')).toBe('chocolate-croissant');
    expect(siblingOf(bakehouse, 'almond-croissant', 'vanilla')).toBeUndefined();
    expect(siblingOf(bakehouse, 'almond-croissant', 'almond')).toBeUndefined();
  });
});
