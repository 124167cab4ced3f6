import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const unresolvedOf = (
  venue: string,
  text: string,
  context?: Parameters<ReturnType<typeof venueParser>['parse']>[1],
) =>
  venueParser(venue)
    .parse(text, context)
    .lines.map((l) => [l.itemId, l.unresolved]);

describe('words no option knows, said as a modifier of a dish, stay on its line', () => {
  it.each([
    ['spice-route', 'a plain naan with extra butter', 'plain-naan', 'extra butter'],
    // ("extra ice" is a serving style: the line's kitchen note, serving-styles.ts)
    ['spice-route', 'a mango lassi with extra honey', 'mango-lassi', 'extra honey'],
    ['taqueria', 'churros with extra cinnamon', 'churros', 'extra cinnamon'],
    ['cafe', 'a croissant with jam', 'croissant', 'jam'],
    ['bakehouse', 'an orange juice with some ice please', 'orange-juice', 'ice'],
    ['spice-route', 'extra butter on my naan', 'plain-naan', 'extra butter'],
  ])('[%s] %j', (venue, text, itemId, words) => {
    expect(unresolvedOf(venue, text)).toContainEqual([itemId, [words]]);
  });

  it.each([
    ['spice-route', 'a masala dosa with a mango lassi'],
    ['spice-route', 'a plain naan with it please'],
    ['spice-route', 'a plain naan with delivery'],
    ['spice-route', 'a plain naan and extra butter chicken'],
  ])('[%s] %j: nothing unread', (venue, text) => {
    for (const [, unresolved] of unresolvedOf(venue, text)) expect(unresolved).toEqual([]);
  });
});
