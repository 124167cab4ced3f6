import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { menuMentions, norm, phraseFinder } from './menu-mentions.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The alternation regex the finder stands for (its reference). */
const byRegex = (phrases: readonly string[]) => {
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(${phrases.map(escapeRe).join('|')})(?:e?s)?(?![\p{L}\p{N}])`,
    'giu',
  );
  return (lower: string) => [...lower.matchAll(pattern)].map((m) => ({ index: m.index, phrase: m[1] }));
};

/** A seeded generator, so a failure repeats. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('phraseFinder', () => {
  it('finds what the alternation regex finds: whole words, plurals, longest first, no overlaps', () => {
    const phrases = [
      'chicken tikka masala',
      'chicken tikka',
      'tikka masala',
      'naan',
      'garlic naan',
      'tea',
      '7-up',
      'mac & cheese',
    ]
      .map(norm)
      .sort((a, b) => b.length - a.length);
    const find = phraseFinder(phrases);
    for (const text of [
      'two chicken tikka masalas and garlic naans',
      'chicken tikka, tikka masala; a 7-ups? mac & cheeses!',
      'teas tea teapot steam naan-bread naanes',
      'chickentikka masala',
    ])
      expect(find(text)).toEqual(byRegex(phrases)(text));
  });

  it('agrees with the regex on sentences built from real menus', () => {
    const next = random(7);
    const fillers = ['and', 'a', 'two', 'the', 'with', 'or', 'some', ',', '.', 'es', 's', 'x'];
    for (const id of ['spice-route', 'pizzeria', 'cafe', 'deli', 'diner']) {
      const { menu } = loadVenue(id);
      const names = [...new Set(menu.items.flatMap((i) => [i.name, ...i.aliases]).map(norm))]
        .filter((p) => p.length >= 2)
        .sort((a, b) => b.length - a.length);
      const find = phraseFinder(names);
      const reference = byRegex(names);
      for (let n = 0; n < 300; n++) {
        const parts: string[] = [];
        for (let k = 0; k < 8; k++) {
          const name = names[Math.floor(next() * names.length)] as string;
          const r = next();
          if (r < 0.4) parts.push(name);
          else if (r < 0.55) parts.push(`${name}s`);
          else if (r < 0.65) parts.push(name.split(' ').slice(0, -1).join(' ') || name);
          else if (r < 0.75) parts.push(`${name}x`);
          else parts.push(fillers[Math.floor(next() * fillers.length)] as string);
        }
        const text = norm(parts.join(next() < 0.5 ? ' ' : ', '));
        expect(find(text), text).toEqual(reference(text));
      }
    }
  });

  it('keeps the regex for a phrase that starts with neither a letter nor a digit', () => {
    const phrases = ["'nduja pizza", 'pizza'];
    expect(phraseFinder(phrases)("an 'nduja pizza and a pizza")).toEqual(
      byRegex(phrases)("an 'nduja pizza and a pizza"),
    );
  });

  it('reports the item ids of each mention through menuMentions', () => {
    const venue = loadVenue('spice-route');
    const item = venue.menu.items[0];
    const found = menuMentions(venue.menu).find(`Two ${item?.name}s, please.`);
    expect(found[0]?.itemIds).toContain(item?.id);
  });
});
