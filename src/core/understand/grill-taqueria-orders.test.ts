import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

/**
 * Order readings found on the tuned venues restaurants/grill (a burger grill) and restaurants/taqueria:
 * each case stands for a kind of mechanism, not a dish.
 */
const grill = venueParser('grill');
const taqueria = venueParser('taqueria');

describe("a group word that is also a side dish or another dish's choice", () => {
  it("negated or qualified after a dish, is that dish's group (its default or chosen choice)", () => {
    expect(taqueria.lines('carnitas burrito no beans')).toEqual(['burrito x1 [carnitas] -[black-beans]']);
    expect(taqueria.lines('steak bowl extra beans')).toEqual([
      'burrito-bowl x1 [carne-asada,black-beans:extra] -[]',
    ]);
    expect(grill.lines('cheeseburger extra cheese')).toEqual(['cheeseburger x1 [american:extra] -[]']);
  });

  it('said plainly, is still the side dish', () => {
    expect(taqueria.lines('carnitas burrito and a side of beans')).toEqual([
      'burrito x1 [carnitas] -[]',
      'side-of-beans x1 [] -[]',
    ]);
  });
});

describe('a choice phrase after "with" whose last word is a dish that is also a kids meal choice', () => {
  it('is the whole choice of the dish before ("cajun fries" the combo side, not cajun + fries)', () => {
    expect(grill.lines('cheeseburger combo w/ cajun fries')).toEqual([
      'cheeseburger x1 [combo,combo-cajun-fries] -[]',
    ]);
  });
});

describe('a list after "make it a combo with"', () => {
  it('keeps "and a <drink>" on the combo when the drink\'s group is named after the combo', () => {
    expect(grill.lines('bacon cheeseburger, make it a meal with tots and a root beer')).toEqual([
      'bacon-cheeseburger x1 [combo,combo-tots,root-beer] -[]',
    ]);
  });
});

describe('a choice whose words hold a one-choice switch', () => {
  it('turns the switch on too ("large combo" is a combo)', () => {
    expect(grill.lines('cheeseburger large combo')).toEqual(['cheeseburger x1 [large-combo,combo] -[]']);
  });
});

describe('a common-word alias after a measure ("a bottle of")', () => {
  it('is the dish, as after an article', () => {
    expect(taqueria.lines('a bottle of water and a sangria senorial')).toEqual([
      'bottled-water x1 [] -[]',
      'sangria-senorial x1 [] -[]',
    ]);
  });
});

describe('"only" after a list whose choice is also an allergen word ("mustard")', () => {
  it('still makes the list the whole group', () => {
    expect(grill.lines('hamburger with ketchup and mustard only')).toEqual([
      'hamburger x1 [ketchup,mustard] -[house-sauce]',
    ]);
  });
});

describe('choices listed after "+" with no count', () => {
  it('name the dish they define when the dish before does not take them all', () => {
    expect(taqueria.lines('carnitas burrito + chips and salsa + large jamaica')).toEqual([
      'burrito x1 [carnitas] -[]',
      'chips-and-salsa x1 [] -[]',
      'agua-fresca x1 [grande,jamaica] -[]',
    ]);
  });

  it('stay options after "and"', () => {
    expect(taqueria.lines('chicken bowl w pinto beans hot salsa and corn')).toEqual([
      'burrito-bowl x1 [pollo,pinto-beans,hot-salsa,corn] -[]',
    ]);
  });
});

describe('shares said with "a" after a counted dish', () => {
  it("are the dish's shares when there are as many as its count", () => {
    expect(grill.lines('three shakes: a strawberry, a cookies and cream and a pb')).toEqual([
      'milkshake x1 [strawberry] -[]',
      'milkshake x1 [cookies-and-cream] -[]',
      'milkshake x1 [peanut-butter] -[]',
    ]);
  });

  it('leave a dish of its own alone ("2 shakes and a large fries")', () => {
    expect(grill.lines('2 shakes and a large fries')).toEqual([
      'milkshake x2 [] -[]',
      'fries x1 [large] -[]',
    ]);
  });
});

describe('a negation going on over "and"', () => {
  it('takes off the next choice of the same group, or one on the dish by default', () => {
    expect(grill.lines('burger no pickles and onion')).toEqual(['hamburger x1 [] -[pickles,onion]']);
  });

  it('stops at a choice of another group that is not on the dish (nothing to take off)', () => {
    expect(taqueria.lines('taco salad with chicken no sour cream and green salsa')).toEqual([
      'taco-salad x1 [pollo,medium-salsa] -[sour-cream]',
    ]);
  });
});

describe('a counted choice word in a pasted list after another dish', () => {
  it("is the dish it defines, not a share of the count before nor the dish's optional choice", () => {
    expect(taqueria.lines('2 carnitas tacos 1 horchata')).toEqual([
      'taco x2 [carnitas] -[]',
      'agua-fresca x1 [horchata] -[]',
    ]);
    expect(taqueria.lines('1 kids quesadilla 1 horchata')).toEqual([
      'kids-quesadilla x1 [] -[]',
      'agua-fresca x1 [horchata] -[]',
    ]);
  });

  it('after "with", or with no count of its own, it is still the dish\'s choice', () => {
    expect(taqueria.lines('a kids quesadilla with 1 horchata')).toEqual([
      'kids-quesadilla x1 [kids-horchata] -[]',
    ]);
    expect(taqueria.lines('kids quesadilla horchata')).toEqual(['kids-quesadilla x1 [kids-horchata] -[]']);
  });
});

describe('a question about a choice the dish waiting on its option does not take', () => {
  it('is about that choice, not the waiting dish', () => {
    const waiting = { expecting: { group: 'jarritos-flavor', itemId: 'jarritos' }, cart: ['jarritos'] };
    const r = taqueria.parse('does the horchata have milk in it', waiting);
    expect(r.itemRefs.map((x) => x.itemId)).not.toContain('jarritos');
    expect(r.itemQuestion?.choices).toEqual(['horchata']);
  });
  it('a choice the waiting dish takes still goes on it', () => {
    const waiting = { expecting: { group: 'jarritos-flavor', itemId: 'jarritos' }, cart: ['jarritos'] };
    expect(taqueria.lines('mango', waiting)).toEqual(['jarritos x1 [mango] -[]']);
  });
});
