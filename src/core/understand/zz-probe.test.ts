import { it } from 'vitest';
import { venueParser } from './venue-fixture.ts';
it('probe', () => {
  const cases: [string, string, any][] = [
    ['bakehouse', 'with butter on the bagel', { expecting: { group: 'bagel-kind', itemId: 'bagel' } }],
    ['bakehouse', 'with cream cheese on the bagel', { expecting: { group: 'bagel-kind', itemId: 'bagel' } }],
    ['bakehouse', 'warm the muffin please', { expecting: { group: 'muffin-flavor', itemId: 'muffin' } }],
    ['diner', 'cheddar cheese on the burger', { expecting: { group: 'doneness', itemId: 'cheeseburger' } }],
    ['cafe', 'toast the bagel please', { expecting: { group: 'bagel-type', itemId: 'bagel' } }],
    ['diner', 'rye toast with the omelet', { expecting: { group: 'potato', itemId: 'western-omelet' } }],
  ];
  for (const [v, t, c] of cases) {
    const p = venueParser(v).parse(t, c);
    console.log(v, t, JSON.stringify({ intents: p.intents, lines: p.lines.map((l) => [l.itemId, l.options, l.unresolved, l.action, l.span]), free: (p as any).freeOptions ?? undefined, unresolved: p.unresolved }));
  }
});
