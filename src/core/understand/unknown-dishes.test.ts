import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { venueParser } from './venue-fixture.ts';

const pizzeria = venueParser('pizzeria');

describe('dishes this menu does not have', () => {
  // the nearest dishes are suggested only when spelt alike or sharing a word (dish-slot-word.ts)
  it('recognises a general food word as a dish asked for; no dish spelt like it or sharing a word: no suggestion', () => {
    const r = pizzeria.parse('got any lasagna?');
    expect(r.unresolved.map((u) => u.text)).toEqual(['lasagna']);
    expect(r.unresolved[0]?.food).toBe(true);
    expect(r.unresolved[0]?.suggestions).toEqual([]);
  });

  it("takes another venue's dish with its option words, and offers dishes sharing a word", () => {
    const r = pizzeria.parse('a chicken burrito');
    expect(r.unresolved.map((u) => u.text)).toEqual(['chicken burrito']);
    expect(r.unresolved[0]?.suggestions.map((s) => s.id)).toContain('bbq-chicken-pizza');
    expect(r.freeOptions).toBeUndefined();
  });

  it('a question about the venue naming one is kept apart as an absent dish, with the nearest dishes', () => {
    const r = pizzeria.parse('do you have biryani?');
    expect(r.intents[0]?.intent).toBe('faq');
    expect(r.unresolved).toEqual([]);
    expect(r.absentDishes?.map((u) => u.text)).toEqual(['biryani']);
    // a dish the menu has is no absent dish
    expect(venueParser('spice-route').parse('do you have biryani?').absentDishes).toBeUndefined();
  });

  it('keeps the order lines said with it', () => {
    const r = pizzeria.parse('a large pepperoni pizza and a side of lasagna');
    expect(r.lines.map((l) => l.itemId)).toEqual(['pepperoni-pizza']);
    expect(r.unresolved.map((u) => u.text)).toEqual(['lasagna']);
  });

  it('a named dish of another kitchen asked about for a diet: not on this menu, and the diet still lists', () => {
    const r = venueParser('spice-route').parse('is the margherita vegan?');
    expect(r.unresolved.map((u) => u.text)).toEqual(['margherita']);
    expect(r.filters.diet).toBe('vegan');
    expect(r.intents[0]?.intent).toBe('browse_menu');
  });

  it("the customer's own food is no dish asked for", () => {
    expect(pizzeria.parse('can i bring my own beer?').unresolved).toEqual([]);
    // a kind of drink the menu does not serve (drink-kind-words.ts): asked about as an absent dish
    expect(pizzeria.parse('do you sell beer?').absentDishes?.map((u) => [u.text, u.drinkKind])).toEqual([
      ['beer', 'beer'],
    ]);
  });

  it('a food word the menu lacks before a one-word name makes another dish, offered, never taken', () => {
    const pie = venueParser('pieshop').parse('how much is a cherry pie');
    expect(pie.itemRefs).toEqual([]);
    expect(pie.absentDishes?.map((u) => u.text)).toEqual(['cherry pie']);
    expect(pie.absentDishes?.[0]?.suggestions.map((x) => x.id)).toEqual(['pizza']);
    const juice = venueParser('cafe').parse('an apple juice please');
    expect(juice.lines).toEqual([]);
    expect(juice.unresolved.map((u) => u.text)).toEqual(['apple juice']);
  });

  it('the words of a checkout detail are no dish ("apple pay" holds a fruit word)', () => {
    const r = pizzeria.parse('a large pepperoni pizza, apple pay, picking it up');
    expect(r.unresolved).toEqual([]);
    expect(r.slots.paymentMethod).toBe('wallet');
  });
});

describe('an unknown word before a choice word of the menu', () => {
  const diner = venueParser('diner');

  it('"turkey bacon" is absent as a whole phrase, the dishes ending in its head noun offered first', () => {
    const r = diner.parse('do you have turkey bacon');
    expect(r.absentDishes?.map((u) => u.text)).toEqual(['turkey bacon']);
    expect(r.absentDishes?.[0]?.suggestions[0]?.id).toBe('side-bacon');
  });

  it('the choice word alone stays a choice (a dish the menu has is asked for)', () => {
    expect(diner.parse('do you have bacon').absentDishes).toBeUndefined();
  });
});

describe('a name word the lexicon does not know before a food word', () => {
  const diner = venueParser('diner');
  const cafe = venueParser('cafe');

  it('"caesar salad", "cobb salad" are absent as the whole phrase', () => {
    expect(diner.parse('is there a caesar salad').absentDishes?.map((u) => u.text)).toEqual(['caesar salad']);
    expect(cafe.parse('is there a cobb salad').absentDishes?.map((u) => u.text)).toEqual(['cobb salad']);
  });

  it.each([
    ['do you have a chicken caesar salad', '"chicken caesar salad"'],
    ['do you have a tasty salad', '"salad"'],
  ])('"%s" is answered as the absent %s', async (text, said) => {
    const c = await converse('diner', [text]);
    expect(replyText(c.last)).toContain(said);
    expect(replyText(c.last)).not.toContain('"chicken"');
    expect(c.cart).toEqual([]);
  });
});

describe('a dish the menu lacks asked for with an order verb', () => {
  it('"can i get a glass of milk" says we lack it, never quotes a passage naming milk', async () => {
    const c = await converse('spice-route', ['can i get a glass of milk']);
    expect(replyText(c.last)).toContain('"milk"');
    expect(replyText(c.last)).not.toContain('from our');
    expect(c.cart).toEqual([]);
  });
});

describe('a choice word said as the own word or serving of an absent dish', () => {
  it('orders no dish the choice alone would imply ("a horchata latte", "a bowl of matzo ball soup")', async () => {
    for (const [venue, text, heard] of [
      ['taqueria', 'a horchata latte', '"horchata latte"'],
      ['deli', 'a bowl of matzo ball soup', '"matzo ball soup"'],
    ] as const) {
      const c = await converse(venue, [text]);
      expect(replyText(c.last), text).toContain(heard);
      expect(c.cart, text).toEqual([]);
    }
  });

  it('the choice said alone still orders its dish', async () => {
    const c = await converse('taqueria', ['a horchata']);
    expect(c.cart.map((l) => l.name)).toEqual(['Agua Fresca']);
  });
});
