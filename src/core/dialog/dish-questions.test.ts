import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const said = (turn: { events: { type: string; text?: string }[] }) =>
  turn.events
    .filter((e) => e.type === 'text')
    .map((e) => e.text)
    .join(' ');

describe('a question about a dish with no verb is answered, never ordered', () => {
  it.each([
    ['spice-route', 'ingredients of the garlic naan', /wheat flour/],
    ['spice-route', 'price of the mango lassi', /\$5\.99/],
    ['pizzeria', 'ingredients of the margherita', /fresh basil/],
    ['pizzeria', 'the cost of a large pepperoni pizza', /\$18\.49/],
  ])('[%s] "%s"', async (venue, text, answer) => {
    const { last, cart } = await converse(venue, [text]);
    expect(cart).toEqual([]);
    expect(said(last)).toMatch(answer);
    expect(said(last)).not.toMatch(/added|what size/i);
  });

  it('an order with the same dish still orders', async () => {
    const { cart } = await converse('spice-route', ['a garlic naan please']);
    expect(cart.map((l) => l.itemId)).toEqual(['garlic-naan']);
  });
});

describe('"anything with <ingredient>" lists the dishes that hold it', () => {
  const cardOf = (acts: readonly unknown[]) => JSON.stringify(acts);

  it('spice-route: every paneer dish, none without paneer', async () => {
    const { last, cart } = await converse('spice-route', ['do you have anything with paneer']);
    const card = cardOf(last.acts);
    for (const name of ['Paneer Tikka', 'Palak Paneer', 'Paneer Kathi Roll']) expect(card).toContain(name);
    expect(card).not.toContain('Garlic Naan');
    expect(cart).toEqual([]);
  });

  it('pizzeria: the pizzas with mushrooms in their ingredients (a topping choice is no dish)', async () => {
    const { last } = await converse('pizzeria', ['do you have anything with mushrooms']);
    const card = cardOf(last.acts);
    expect(card).toContain('Veggie Supreme');
    expect(card).toContain('Supreme Pizza');
    expect(card).not.toContain('Margherita');
  });

  it('"which dishes have bacon in them" at the diner lists the bacon dishes', async () => {
    const { last } = await converse('diner', ['which dishes have bacon in them']);
    const card = cardOf(last.acts);
    expect(card).toContain('Bacon Cheeseburger');
    expect(card).toContain('BLT');
    expect(card).not.toContain('Pancakes');
  });

  it('"anything to go with the biryani" asks for a pairing, not for dishes holding biryani', async () => {
    const { last } = await converse('spice-route', ['anything to go with the biryani?']);
    expect(JSON.stringify(last.trace.parse?.why)).not.toContain('ingredient_in');
  });
});

describe('a recommendation asked in words the classifier takes for another domain', () => {
  it.each([
    ['pizzeria', 'any recommendations for a first timer'],
    ['pizzeria', 'any recs?'],
    ['cafe', 'any suggestions for a first visit?'],
    ['spice-route', 'what are your best sellers'],
    ['spice-route', 'first time visiting, what should i get'],
  ])('[%s] "%s" gets a pick', async (venue, text) => {
    const { last, cart } = await converse(venue, [text]);
    expect(last.trace.parse?.intents[0]?.intent).toBe('recommend');
    expect(said(last)).not.toMatch(/outside what I can help/i);
    expect(cart).toEqual([]);
  });
});

describe("asking for a dish's options without naming a group lists its option groups", () => {
  it.each([
    ['diner', 'what are my options for the burger', /temperature/],
    ['diner', 'how can I customize the cheeseburger?', /toppings/],
    ['cafe', 'what are my options for the latte', /milk/],
  ])('[%s] "%s"', async (venue, text, group) => {
    const { last, cart } = await converse(venue, [text]);
    expect(last.trace.parse?.itemQuestion?.topic).toBe('options');
    expect(said(last)).toMatch(group);
    expect(cart).toEqual([]);
  });
});

describe('a relative "that" asks about the dishes, never about the dish in focus', () => {
  it.each([
    ['spice-route', 'a garlic naan', 'anything that is not spicy?'],
    ['spice-route', 'a mango lassi', 'anything that is mild'],
    ['pizzeria', 'a margherita pizza', 'what do you have that is vegan'],
  ])('[%s] after "%s", "%s" lists dishes', async (venue, order, question) => {
    const { last } = await converse(venue, [order, question]);
    expect(last.trace.commands.map((c) => c.type)).not.toContain('item_info');
  });

  it('"is that spicy?" still asks about the dish in focus', async () => {
    const { last } = await converse('spice-route', ['a garlic naan', 'is that spicy?']);
    expect(said(last)).toMatch(/Garlic Naan is not spicy/);
  });
});
