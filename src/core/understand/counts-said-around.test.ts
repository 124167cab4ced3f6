import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import type { ParseResult } from './parse-result.ts';
import { createUnderstanding } from './understanding.ts';

const understandingOf = (id: string) => {
  const v = loadVenue(id);
  return createUnderstanding(v.menu, v.moods, v.documents);
};
const spiceRoute = understandingOf('spice-route');
const cafe = understandingOf('cafe');
const taqueria = understandingOf('taqueria');
const lines = (r: ParseResult) =>
  r.lines.map((l) => {
    const opts = l.options.map((o) => `${o.choice}${o.quantity > 1 ? `*${o.quantity}` : ''}`);
    return `${l.itemId} x${l.quantity} [${opts.join(',')}]${l.note ? ` "${l.note}"` : ''}`;
  });

describe('counts of a choice taken more than once', () => {
  it('reads "x2" after a choice the dish takes several times as that choice twice', () => {
    expect(lines(spiceRoute.parse('butter chicken with papad x2'))).toEqual(['butter-chicken x1 [papad*2]']);
  });

  it('reads "extra" on such a choice of a group without qualifiers as the choice twice, not a note', () => {
    expect(lines(spiceRoute.parse('butter chicken with extra papad'))).toEqual([
      'butter-chicken x1 [papad*2]',
    ]);
  });
});

describe('dishes counted in vessels the menu does not name', () => {
  it('counts "two glasses of", "three bottles of" like "two orders of"', () => {
    expect(lines(cafe.parse('2 glasses of orange juice'))).toEqual(['orange-juice x2 []']);
    expect(lines(taqueria.parse('three bottles of mexican coke'))).toEqual(['mexican-coke x3 []']);
    expect(lines(spiceRoute.parse('2 glasses of mango lassi'))).toEqual(['mango-lassi x2 []']);
  });
});
