import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

/**
 * Order readings found on the tuned venues restaurants/heroes (a hero shop) and restaurants/bakehouse
 * (coffee and bakery): each case stands for a kind of mechanism, not a dish.
 */
const heroes = venueParser('heroes');

describe('lengths written short', () => {
  it('reads "12in", "6 in" and "ftlong" as the menu\'s lengths', () => {
    expect(heroes.lines('2 chicken parms ftlong toasted')).toEqual([
      'chicken-parm x2 [twelve-inch,toasted] -[]',
    ]);
    expect(heroes.lines('turkey club 12 in toasted')).toEqual(['turkey-club x1 [twelve-inch,toasted] -[]']);
    expect(heroes.lines('chicken cutlet 12in w/ bacon')).toEqual([
      'chicken-cutlet x1 [twelve-inch,bacon] -[]',
    ]);
  });
});

const bakehouse = venueParser('bakehouse');

describe('a dish named by its choices after "and" / "+"', () => {
  it('is the dish the choices define (a required group), not an optional group of the dish before', () => {
    expect(heroes.lines('mozz sticks and a root beer')).toEqual([
      'mozzarella-sticks x1 [] -[]',
      'fountain-drink x1 [root-beer] -[]',
    ]);
    expect(heroes.lines('2 meatball parms whole toasted + 2 regular cokes')).toEqual([
      'meatball-parm x2 [twelve-inch,toasted] -[]',
      'fountain-drink x2 [regular-drink,coke] -[]',
    ]);
    expect(heroes.lines('buffalo chicken 6 inch w/ ranch and a large lemonade')).toEqual([
      'buffalo-chicken x1 [six-inch,ranch] -[]',
      'fountain-drink x1 [large-drink,lemonade] -[]',
    ]);
  });

  it('stays the dish\'s own choice after "with" (a combo\'s drink)', () => {
    expect(heroes.lines('turkey club toasted, make it a meal w a diet coke')).toEqual([
      'turkey-club x1 [toasted,combo,diet-coke] -[]',
    ]);
  });

  it('is one more dish when the one-of group of the dish before is already chosen', () => {
    expect(bakehouse.lines('three glazed donuts and a boston cream')).toEqual([
      'donut x3 [glazed] -[]',
      'donut x1 [boston-cream] -[]',
    ]);
  });
});

describe('a phrase that is both a dish and a choice', () => {
  it('is the choice right before a dish that takes it, or in a share of a counted dish', () => {
    expect(bakehouse.lines('lg iced oat latte w 2 pumps vanilla')).toEqual([
      'latte x1 [large,iced,oat-milk,vanilla] -[]',
    ]);
    expect(bakehouse.lines('2 lattes one oat one almond')).toEqual([
      'latte x1 [oat-milk] -[]',
      'latte x1 [almond-milk] -[]',
    ]);
    expect(bakehouse.lines('an oatmeal and a latte')).toEqual(['oatmeal x1 [] -[]', 'latte x1 [] -[]']);
  });

  it("goes on a list of its group's choices after the dish, and is the dish after an article", () => {
    expect(heroes.lines('tuna on a garlic roll, 6 inch, lettuce tomato pickles')).toEqual([
      'tuna-salad x1 [garlic-roll,six-inch,lettuce,tomato,pickles] -[]',
    ]);
    expect(heroes.lines('potato salad, a pickle and a cookie')).toEqual([
      'potato-salad x1 [] -[]',
      'pickle-spear x1 [] -[]',
      'cookie x1 [] -[]',
    ]);
  });
});

describe('what a dish is served on', () => {
  it('is the dish\'s choice even when the phrase ends in another dish\'s name ("on an everything bagel")', () => {
    expect(bakehouse.lines('bec on an everything bagel')).toEqual([
      'bacon-egg-cheese x1 [everything-bagel] -[]',
    ]);
    expect(bakehouse.lines('a latte and an everything bagel')).toEqual([
      'latte x1 [] -[]',
      'bagel x1 [everything] -[]',
    ]);
  });
});

describe('counts split over one-of choices', () => {
  it('reads "half dozen" as six, and its shares', () => {
    expect(bakehouse.lines('half dozen donuts: 2 glazed 2 choc frosted 2 jelly')).toEqual([
      'donut x2 [glazed] -[]',
      'donut x2 [chocolate-frosted] -[]',
      'donut x2 [jelly] -[]',
    ]);
  });

  it('gives "one small and one large <dish>" the dish named after the second count', () => {
    expect(bakehouse.lines('one small and one large drip coffee, both light roast')).toEqual([
      'drip-coffee x1 [small,light-roast] -[]',
      'drip-coffee x1 [large,light-roast] -[]',
    ]);
    expect(heroes.lines('a 6 inch and a 12 inch turkey')).toEqual([
      'turkey x1 [six-inch] -[]',
      'turkey x1 [twelve-inch] -[]',
    ]);
  });
});

describe('lists said to be the only ones, and switches said off', () => {
  it('takes the group\'s other defaults off after "only" or "just"', () => {
    expect(heroes.lines('6 inch chicken salad on wheat with lettuce and tomato only')).toEqual([
      'chicken-salad x1 [six-inch,whole-wheat,lettuce,tomato] -[onion]',
    ]);
    expect(heroes.lines('turkey with just lettuce, mayo')).toEqual([
      'turkey x1 [lettuce,mayo] -[tomato,onion]',
    ]);
    expect(heroes.lines('just a turkey')).toEqual(['turkey x1 [] -[]']);
    expect(bakehouse.lines('only one small latte')).toEqual(['latte x1 [small] -[]']);
  });

  it('reads "not toasted" on a one-choice switch as the dish as it comes', () => {
    expect(bakehouse.lines('plain bagel with xtra cream cheese not toasted')).toEqual([
      'bagel x1 [plain,cream-cheese:extra] -[]',
    ]);
    expect(heroes.lines('turkey no onion')).toEqual(['turkey x1 [] -[onion]']);
  });
});

describe('a part of a two-part condiment name', () => {
  it('is that choice when the word names nothing else ("light oil" → Oil & Vinegar, light)', () => {
    expect(heroes.lines('godfather footlong extra hots light oil')).toEqual([
      'godfather x1 [twelve-inch,hot-cherry-peppers:extra,oil-vinegar:light] -[]',
    ]);
    // "onion" names a veggie itself: it stays that, never Sour Cream & Onion chips
    expect(heroes.lines('turkey w extra onion')).toEqual(['turkey x1 [onion:extra] -[]']);
  });

  it('is read only in a message that names a dish ("change my oil" orders nothing)', () => {
    const r = heroes.parse('tell me when i should change my oil');
    expect(r.lines).toEqual([]);
    expect(r.freeOptions ?? []).toEqual([]);
    expect(r.intents[0]?.intent).not.toBe('order_update');
  });
});
