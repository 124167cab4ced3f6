import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { venueParser } from './venue-fixture.ts';

/**
 * A group offered only with another group's choice (`offeredWith`: the grill's combo drink, side and
 * size only with the combo). The grill is a tuned venue; each case stands for the mechanism.
 */
const grill = venueParser('grill');

describe('a choice of a group the dish is offered only with its combo', () => {
  it('said after a dish with no combo, is a dish of its own (the soda), one for each of the count', () => {
    expect(grill.lines('a single cheeseburger with a coke')).toEqual([
      'cheeseburger x1 [] -[]',
      'fountain-soda x1 [coke] -[]',
    ]);
    expect(grill.lines('2 hamburgers with sprites')).toEqual([
      'hamburger x2 [] -[]',
      'fountain-soda x2 [sprite] -[]',
    ]);
  });

  it('said with its own article after a counted dish, is one ("two cheeseburgers … and a large fries")', () => {
    expect(grill.lines('two cheeseburgers no pickles and a large fries')).toEqual([
      'cheeseburger x2 [] -[pickles]',
      'fries x1 [large] -[]',
    ]);
    expect(grill.lines('2 hamburgers with a coke')).toEqual([
      'hamburger x2 [] -[]',
      'fountain-soda x1 [coke] -[]',
    ]);
  });

  it('a combo side that is also a dish by name is that dish, plain', () => {
    expect(grill.lines('a double cheeseburger with onion rings')).toEqual([
      'cheeseburger x1 [double] -[]',
      'onion-rings x1 [] -[]',
    ]);
  });

  it('with the combo said, stays on the dish', () => {
    expect(grill.lines('a cheeseburger combo with a sprite')).toEqual(['cheeseburger x1 [combo,sprite] -[]']);
  });

  it('a describing choice goes with the dish the next choice makes ("with large fries")', () => {
    const lines = grill.lines('a hamburger with large fries and a coke');
    expect(lines[0]).toBe('hamburger x1 [] -[]');
    expect(lines.slice(1).map((l) => l.split(' ')[0])).toEqual(['fries', 'fountain-soda']);
    expect(lines[1]).toContain('large');
  });

  it('said alone with a plain burger in the cart, orders the drink; with a combo line, is its drink', async () => {
    const plain = await converse('grill', ['a single cheeseburger', 'a coke']);
    expect(plain.cart.map((l) => [l.name, l.options.map((o) => o.choiceName)])).toEqual([
      ['Cheeseburger', []],
      ['Fountain Soda', ['Coke']],
    ]);
    const combo = await converse('grill', ['a single cheeseburger', 'make it a combo', 'coke']);
    expect(combo.cart).toHaveLength(1);
    expect(combo.cart[0]?.options.map((o) => o.choiceName)).toContain('Coke');
    expect(replyText(combo.last)).toContain('Coke');
  });

  it('a gated choice whose name holds the combo said brings the combo, so the combo is charged', async () => {
    const { cart } = await converse('grill', ['a single hamburger', 'large combo']);
    expect(cart[0]?.options.map((o) => o.choiceName)).toEqual(['Combo (side + drink)', 'Large Combo']);
    const said = await converse('grill', [
      'a single diablo burger',
      'make it a large combo with onion rings and a sprite',
    ]);
    expect(said.cart[0]?.options.map((o) => o.choiceName)).toEqual([
      'Combo (side + drink)',
      'Large Combo',
      'Onion Rings',
      'Sprite',
    ]);
  });

  it('said with the gate of a cart dish ("make it a combo with a sprite"), is that dish\'s choice', async () => {
    const { cart } = await converse('grill', ['a single hamburger', 'make it a combo with a dr pepper']);
    expect(cart.map((l) => [l.name, l.options.map((o) => o.choiceName)])).toEqual([
      ['Hamburger', ['Combo (side + drink)', 'Dr Pepper']],
    ]);
  });

  it('an option said with a new dish that only a cart dish takes changes the cart dish', async () => {
    const heroes = venueParser('heroes');
    const read = heroes.parse('make it a combo with a snapple', { cart: ['turkey'] });
    expect(read.lines.map((l) => [l.itemId, l.action, l.options.map((o) => o.choice), l.unresolved])).toEqual(
      [
        ['turkey', 'update', ['combo'], []],
        ['snapple', 'add', [], []],
      ],
    );
  });

  it('said alone with an empty cart, is the dish it defines the larger share of (the soda, not the kids meal)', () => {
    expect(grill.lines('a sprite')).toEqual(['fountain-soda x1 [sprite] -[]']);
  });
});
