import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const cafe = venueParser('cafe').parse;
const pizzeria = venueParser('pizzeria').parse;
const taqueria = venueParser('taqueria').parse;

/** The `fits` of each line of the reading, by item id. */
const fitsOf = (parse: (text: string) => { lines: { itemId: string; fits?: unknown }[] }, text: string) =>
  Object.fromEntries(parse(text).lines.map((l) => [l.itemId, l.fits]));

describe('dishFits: diet and allergen-free words right before a dish', () => {
  it('reads a diet word before the dish', () => {
    expect(fitsOf(cafe, 'a vegan muffin please')).toEqual({
      'blueberry-muffin': { diet: 'vegan', allergies: [] },
    });
  });

  it('reads allergen-free words, written apart or hyphenated, with a count before them', () => {
    expect(fitsOf(cafe, 'two dairy free lattes')).toEqual({ latte: { allergies: ['milk'] } });
    expect(fitsOf(cafe, 'a gluten-free croissant').croissant).toEqual({ allergies: ['gluten'] });
  });

  it("reads over the dish's own option words", () => {
    expect(fitsOf(taqueria, 'a vegan carnitas taco').taco).toEqual({ diet: 'vegan', allergies: [] });
  });

  it('is none for a diet word away from the dish or inside its name', () => {
    expect(fitsOf(cafe, "what's vegan? also a blueberry muffin")['blueberry-muffin']).toBeUndefined();
    expect(
      fitsOf(cafe, 'something vegan to drink and a blueberry muffin')['blueberry-muffin'],
    ).toBeUndefined();
    expect(fitsOf(pizzeria, 'a vegan garden pizza')['vegan-garden-pizza']).toBeUndefined();
  });
});
