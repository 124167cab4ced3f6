import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { createUnderstanding } from './understanding.ts';

const pizzeriaVenue = loadVenue('pizzeria');
const pizzeria = createUnderstanding(pizzeriaVenue.menu, pizzeriaVenue.moods, pizzeriaVenue.documents);
const spiceVenue = loadVenue('spice-route');
const spiceRoute = createUnderstanding(spiceVenue.menu, spiceVenue.moods, spiceVenue.documents);

describe('item questions: topic, group and choices', () => {
  it.each([
    ['what crust options are there for the hawaiian', { topic: 'options', group: 'crust' }],
    ['which sizes can i get the sprite in?', { topic: 'options', group: 'drink-size' }],
    ['how much would a medium bbq chicken pizza be?', { topic: 'price', choices: ['medium'] }],
    ['is the four cheese pizza vegetarian?', { topic: 'diet', diet: 'vegetarian' }],
    ['is the caesar salad dairy free?', { topic: 'diet', allergens: ['milk'] }],
    ['does the greek salad have any allergens?', { topic: 'allergens' }],
    ['is there dairy in the vegan chocolate cake', { topic: 'allergens', allergens: ['milk'] }],
    ['does the coke come in a 2 liter?', { topic: 'options', choices: ['2-liter'] }],
    ['what can i put on the build your own pizza', { topic: 'options' }],
  ])('pizzeria: "%s"', (text, question) => {
    const r = pizzeria.parse(text);
    expect(r.intents[0]?.intent).toBe('item_info');
    expect(r.lines).toEqual([]);
    expect(r.itemQuestion).toMatchObject(question);
  });

  it('"is it vegan?" keeps its topic for the item in focus', () => {
    expect(pizzeria.parse('is it vegan?').itemQuestion).toEqual({ topic: 'diet', diet: 'vegan' });
    expect(pizzeria.parse('how much is it?').itemQuestion).toEqual({ topic: 'price' });
  });

  it('a category with one item taking the group names that item ("the bowl")', () => {
    const r = spiceRoute.parse('which proteins can i get in the bowl');
    expect(r.itemRefs.map((x) => x.itemId)).toEqual(['build-your-own-bowl']);
    expect(r.itemQuestion).toEqual({ topic: 'options', group: 'bowl-protein' });
  });

  it('"what toppings can I put on the pizza?" asks; it changes nothing in the cart', () => {
    const r = pizzeria.parse('what toppings can I put on the pepperoni pizza?', {
      cart: ['pepperoni-pizza'],
    });
    expect(r.intents[0]?.intent).toBe('item_info');
    expect(r.lines).toEqual([]);
    expect(r.itemQuestion).toMatchObject({ topic: 'options', group: 'pepperoni-pizza-toppings' });
  });

  it('a question at an option question is not its answer', () => {
    const r = pizzeria.parse('how much is a large one?', {
      expecting: { group: 'size', itemId: 'margherita' },
    });
    expect(r.intents[0]?.intent).toBe('item_info');
    expect(r.itemQuestion).toEqual({ topic: 'price', choices: ['large'] });
  });

  it('a choice asked about by its size, or the pending group asked about, is a question about the waiting dish', () => {
    const expecting = { group: 'size', itemId: 'pepperoni-pizza' };
    for (const text of [
      'how big is the medium',
      'how many slices in a large',
      'how many inches is the small',
    ]) {
      const r = pizzeria.parse(text, { expecting });
      expect([text, r.intents[0]?.intent]).toEqual([text, 'item_info']);
      expect(r.lines).toEqual([]);
      expect(r.itemQuestion?.topic).toBe('options');
      // the measure is asked, not whether the dish takes the choice
      expect(r.itemQuestion?.measure).toBe(true);
    }
    // clothes come in sizes too: the pending question says whose sizes are asked
    for (const text of ['what sizes do they come in', 'what are the sizes']) {
      const r = pizzeria.parse(text, { expecting });
      expect([text, r.intents[0]?.intent]).toEqual([text, 'item_info']);
      expect(r.itemQuestion).toMatchObject({ topic: 'options', group: 'size' });
    }
    const heroes = loadVenue('heroes');
    const hero = createUnderstanding(heroes.menu, heroes.moods, heroes.documents);
    const r = hero.parse('how long is the large', { expecting: { group: 'size', itemId: 'chicken-parm' } });
    expect(r.intents[0]?.intent).toBe('item_info');
    // answers stay answers
    for (const text of ['large', 'a large one please', 'can i get it large', 'how about a large'])
      expect([text, pizzeria.parse(text, { expecting }).intents[0]?.intent]).toEqual([text, 'order_update']);
  });

  it('orders stay orders, and other domains’ questions get no item topic', () => {
    expect(pizzeria.parse('can I get a large pepperoni?').intents[0]?.intent).toBe('order_add');
    expect(pizzeria.parse('a large pepperoni with pesto').intents[0]?.intent).toBe('order_add');
    for (const text of ['how long should i fry an egg for', 'what goes in broccoli cheddar soup'])
      expect(spiceRoute.parse(text).why?.intents[0]?.rule).not.toBe('menu.topic_question');
  });
});
