import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const parsers = { 'spice-route': venueParser('spice-route'), pizzeria: venueParser('pizzeria') };
const spiceRoute = parsers['spice-route'];

describe('an unnamed dish asked for only by a diet or an allergen asks for the list', () => {
  it.each([
    ['spice-route', 'do you have something that has no dairy'],
    ['spice-route', 'is there something vegan'],
    ['spice-route', 'do you have anything that is egg free'],
    ['spice-route', 'which dishes have no dairy'],
    ['pizzeria', 'something with no eggs please'],
    ['pizzeria', 'i need something without gluten'],
  ] as const)('[%s] "%s"', (venue, text) => {
    const r = parsers[venue].parse(text);
    expect(r.intents[0]?.intent).toBe('browse_menu');
    expect(r.intents.some((i) => i.intent === 'recommend')).toBe(false);
  });

  it.each(['something light', 'something spicy', 'surprise me', 'recommend something vegan'])(
    'a mood or an ask for the house pick stays a recommendation: "%s"',
    (text) => {
      expect(spiceRoute.parse(text).intents[0]?.intent).toBe('recommend');
    },
  );
});
