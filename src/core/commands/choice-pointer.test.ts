import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { choicePointer } from './choice-pointer.ts';

const pizzeria = loadVenue('pizzeria');
const spice = loadVenue('spice-route');
const grill = loadVenue('grill');
const at = (text: string, group: string, item: string, venue = pizzeria) =>
  choicePointer(text, venue, group, item, undefined);

describe("choicePointer: a place or property of the pending question's choices", () => {
  it('by place, as the question lists them', () => {
    expect(at('the first one', 'size', 'pepperoni-pizza')?.fits).toEqual(['small']);
    expect(at("i'll take the last one", 'size', 'pepperoni-pizza')?.fits).toEqual(['party']);
    expect(at('the second one please', 'wing-count', 'chicken-wings')?.fits).toEqual(['10-piece']);
    expect(at('the middle one', 'wing-count', 'chicken-wings')?.fits).toEqual(['10-piece']);
  });

  it('"the middle one" of an even count is the two middle ones', () => {
    expect(at('the middle one', 'drink-size', 'coca-cola')?.fits).toEqual(['20-fl-oz']);
    expect(at('the middle one', 'bowl-protein', 'build-your-own-bowl', spice)?.fits).toEqual([
      'paneer',
      'grilled-chicken',
    ]);
  });

  it("by price, from the menu's deltas", () => {
    expect(at('whichever is cheapest', 'wing-count', 'chicken-wings')?.fits).toEqual(['6-piece']);
    expect(at('the most expensive one', 'size', 'pepperoni-pizza')?.fits).toEqual(['party']);
    expect(at('the priciest', 'bowl-protein', 'build-your-own-bowl', spice)?.fits).toEqual([
      'lamb-seekh',
      'shrimp',
    ]);
  });

  it("by heat, from heat words of the choices' names", () => {
    expect(at('the hottest', 'wing-sauce', 'chicken-wings')?.fits).toEqual(['hot-buffalo']);
    expect(at('the least spicy one', 'wing-sauce', 'chicken-wings')?.fits).toEqual(['mild-buffalo']);
    expect(at('the spiciest one', 'wing-sauce', 'chicken-wings')?.fits).toEqual(['hot-buffalo']);
    expect(at('the hot one', 'size', 'pepperoni-pizza')).toMatchObject({ fits: [], unrated: true });
  });

  it('by size, from measures or size words of the names', () => {
    expect(at('the biggest one', 'wing-count', 'chicken-wings')?.fits).toEqual(['20-piece']);
    expect(at('the smallest please', 'size', 'pepperoni-pizza')?.fits).toEqual(['small']);
    // 1 and 2 liter are bigger than 20 fl oz
    expect(at('the biggest', 'drink-size', 'coca-cola')?.fits).toEqual(['2-liter']);
    expect(at('the biggest one', 'patties', 'hamburger', grill)?.fits).toEqual(['triple']);
    expect(at('the smallest one', 'soda-flavor', 'fountain-soda', grill)).toMatchObject({ unrated: true });
  });

  it("by diet, the choice's own or the dish's", () => {
    expect(at('the vegan one', 'bowl-protein', 'build-your-own-bowl', spice)?.fits).toEqual([
      'chickpeas',
      'tofu',
    ]);
  });

  it('no pointer: names, questions and plain words are left to the other readers', () => {
    expect(at('mild buffalo', 'wing-sauce', 'chicken-wings')).toBeUndefined();
    expect(at('which one is the mildest?', 'wing-sauce', 'chicken-wings')).toBeUndefined();
    expect(at('the one with chicken', 'bowl-protein', 'build-your-own-bowl', spice)).toBeUndefined();
  });
});

describe('an option question answered by a place or property', () => {
  it('"the hottest" at the wing sauce is the hot buffalo, never a FAQ answer', async () => {
    const { cart } = await converse('pizzeria', ['chicken wings', '6 pieces', 'the hottest']);
    expect(cart[0]?.options.map((o) => o.choice)).toEqual(['6-piece', 'hot-buffalo']);
  });

  it('"the second one please" at the tea question is the second tea, one of it', async () => {
    const { last } = await converse('cafe', ['hot tea', 'the second one please']);
    const draft = last.state.frames.at(-1)?.slots.draft as {
      quantity: number;
      options: { choice: string }[];
    };
    expect(draft.options.map((o) => o.choice)).toEqual(['earl-grey']);
    expect(draft.quantity).toBe(1);
  });

  it('a tie is said with the choices it fits, and the question stays open', async () => {
    const { last } = await converse('spice-route', ['build your own bowl', 'the vegan one']);
    expect(replyText(last)).toMatch(/Spiced chickpeas and Tandoori tofu/);
    expect(replyText(last)).not.toMatch(/vegan dishes/);
    expect(last.state.pending?.group).toBe('bowl-protein');
  });
});
