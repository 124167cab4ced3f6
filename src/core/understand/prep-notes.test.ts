import { describe, expect, it } from 'vitest';
import { cleanNote, joinNotes, NOTE_MAX } from './prep-notes.ts';
import { venueParser } from './venue-fixture.ts';

const pizzeria = venueParser('pizzeria');
const spice = venueParser('spice-route');
const notes = (p: typeof pizzeria, text: string, context = {}) =>
  p.parse(text, context).lines.map((l) => [l.itemId, l.note ?? null]);

describe('preparation requests as kitchen notes', () => {
  it('gives a doneness or a cut said with a dish to that dish, not to a menu option', () => {
    expect(notes(pizzeria, 'a large pepperoni, extra crispy')).toEqual([['pepperoni-pizza', 'extra crispy']]);
    expect(notes(pizzeria, 'large cheese pizza cut in squares')).toEqual([
      ['cheese-pizza', 'cut in squares'],
    ]);
    expect(pizzeria.lines('large cheese pizza cut in squares')).toEqual(['cheese-pizza x1 [large] -[]']);
    expect(notes(pizzeria, '2 large pepperonis well done and a coke')).toEqual([
      ['pepperoni-pizza', 'well done'],
      ['coca-cola', null],
    ]);
    expect(notes(spice, '2 chicken tikka nice and crispy')).toEqual([['chicken-tikka', 'nice and crispy']]);
  });

  it('reads a serving style with no option behind it as a note, an unoffered ingredient not', () => {
    const diner = venueParser('diner');
    const grill = venueParser('grill');
    // "black" names the tea's Black: a note for the coffee, which takes no such group
    expect(notes(diner, 'a coffee, black')).toEqual([['coffee', 'black']]);
    expect(notes(diner, 'a hot tea, black')).toEqual([['hot-tea', null]]);
    expect(notes(grill, 'a small fries, extra crispy')).toEqual([['fries', 'extra crispy']]);
    expect(notes(diner, 'an orange juice, light ice')).toEqual([['orange-juice', 'light ice']]);
    expect(diner.parse('a coffee with bacon').lines[0]?.note).toBeUndefined();
  });

  it('leaves a dish or option name that holds the words to the menu', () => {
    expect(notes(spice, 'crispy calamari')).toEqual([['crispy-calamari', null]]);
  });

  it('reads a degree the menu offers as that choice, whatever leads into it', () => {
    const diner = venueParser('diner');
    expect(diner.lines('one cheeseburger, make it well done')).toEqual(['cheeseburger x1 [well-done] -[]']);
    expect(diner.lines('a patty melt cooked medium rare')).toEqual(['patty-melt x1 [medium-rare] -[]']);
    expect(notes(diner, 'one cheeseburger cooked medium rare')).toEqual([['cheeseburger', null]]);
    // where the menu offers no such choice, the same words are the kitchen's note
    expect(notes(pizzeria, 'a large pepperoni, make it well done')).toEqual([
      ['pepperoni-pizza', 'make it well done'],
    ]);
  });

  it('makes a request said alone the note of the line in focus, and praise when nothing is ordered', () => {
    const r = spice.parse('well done please', { cart: ['samosa'] });
    expect(r.note).toBe('well done');
    expect(r.intents[0]?.intent).toBe('order_update');
    expect(spice.parse('well done').intents[0]?.intent).toBe('thanks');
    expect(notes(spice, 'make the samosas extra crispy', { cart: ['samosa'] })).toEqual([
      ['samosa', 'extra crispy'],
    ]);
  });

  it('reads a cut said of the dish pointed at ("cut it in half", "cut the pizza into squares")', () => {
    const cart = { cart: ['pepperoni-pizza'] };
    expect(pizzeria.parse('can you cut it in squares', cart).note).toBe('cut in squares');
    const r = pizzeria.parse('please cut the pizza into squares', cart);
    expect(r.note).toBe('cut into squares');
    expect(r.intents[0]?.intent).toBe('order_update');
    // the pieces are no crust or size of the menu
    expect(r.lines).toEqual([]);
    expect(notes(venueParser('deli'), 'a turkey club, cut it in half')).toEqual([
      ['turkey-club', 'cut in half'],
    ]);
  });

  it('keeps notes plain and short', () => {
    expect(notes(pizzeria, 'a large margherita <b>well done</b>')).toEqual([['margherita', 'well done']]);
    expect(cleanNote('<script>x</script> well\u0000 done')).toBe('x well done');
    expect(joinNotes(['well done', 'cut in squares', 'well done'])).toBe('well done, cut in squares');
    expect(joinNotes(['x'.repeat(300)]).length).toBe(NOTE_MAX);
  });
});
