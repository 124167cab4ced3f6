import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { endsInCompoundNotItsHead } from './compound-heads.ts';
import { createUnderstanding } from './understanding.ts';

const v = loadVenue('pizzeria');
const u = createUnderstanding(v.menu, v.moods, v.documents);

describe('a compound its last word does not name', () => {
  it('is recognised from its last two words', () => {
    expect(endsInCompoundNotItsHead(['a&w', 'root', 'beer'])).toBe(true);
    expect(endsInCompoundNotItsHead(['craft', 'beer'])).toBe(false);
    expect(endsInCompoundNotItsHead(['beer'])).toBe(false);
  });

  it('does not make its last word alone name the dish ("beer" is not the root beer)', () => {
    const beer = u.parse('do you sell beer');
    expect(beer.itemRefs).toEqual([]);
    expect(beer.lines).toEqual([]);
    // no beer served: asked about as a drink kind the menu lacks (drink-kind-words.ts)
    expect(beer.absentDishes?.map((x) => x.text)).toEqual(['beer']);
    // the compound itself still names it, and a head word of an ordinary name still does ("knots")
    expect(u.parse('a root beer please').lines.map((l) => l.itemId)).toEqual(['root-beer']);
    expect(u.parse('do you have root beer?').itemRefs.map((r) => r.itemId)).toEqual(['root-beer']);
  });
});
