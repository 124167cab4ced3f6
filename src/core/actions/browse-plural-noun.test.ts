import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

/** The item names listed on the turn's menu card(s). */
const listed = (acts: readonly unknown[]): string => JSON.stringify(acts);

describe('a browse by a plural noun lists every item whose name, category or aliases hold it', () => {
  it('"what sandwiches do you have" at the deli lists the cold and the hot heroes', async () => {
    const { last } = await converse('deli', ['what sandwiches do you have']);
    const text = listed(last.acts);
    expect(text).toContain('Italian Combo');
    expect(text).toContain('Philly Cheesesteak');
    expect(text).not.toContain('Potato Salad');
  });

  it('"what croissants do you have" at the cafe lists every croissant (no category of that name)', async () => {
    const { last } = await converse('cafe', ['what croissants do you have']);
    const text = listed(last.acts);
    expect(text).toContain('Butter Croissant');
    expect(text).toContain('Almond Croissant');
    expect(text).toContain('Chocolate Croissant');
    expect(text).not.toContain('Bagel');
  });

  it.each(['show me the sandwiches', "I'd like to see the sandwiches"])(
    '"%s" lists them and never says the noun is a dish the menu lacks',
    async (message) => {
      const { last } = await converse('deli', [message]);
      expect(listed(last.acts)).toContain('Italian Combo');
      const said = last.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
      expect(said).not.toMatch(/don't have/i);
    },
  );
});

/** The ids of the items on the turn's item list cards. */
const listedIds = (events: readonly { type: string }[]): string[] =>
  events.flatMap((e) =>
    e.type === 'item_list' ? (e as unknown as { items: { id: string }[] }).items.map((i) => i.id) : [],
  );

describe('a plural noun naming dishes across categories, or one dish by an alias, still lists them all', () => {
  it('"what pizzas do you have" lists the build-your-own and the specialty pizzas (two categories)', async () => {
    const { last } = await converse('pieshop', ['what pizzas do you have']);
    const ids = listedIds(last.events);
    expect(ids).toContain('pizza');
    expect(ids).toContain('margherita');
    expect(ids).toContain('hawaiian');
    expect(ids).not.toContain('garlic-knots');
  });

  it('"what burgers do you have" lists the burgers, not the Hamburger that holds "burgers" as an alias', async () => {
    const { last } = await converse('grill', ['what burgers do you have']);
    const ids = listedIds(last.events);
    expect(ids).toContain('hamburger');
    expect(ids.length).toBeGreaterThan(2);
  });

  it('a greeting before the question is answered and the list still given', async () => {
    const { last } = await converse('pieshop', ['hey there, what pies do you have']);
    expect(listedIds(last.events)).toContain('hawaiian');
    const said = last.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
    expect(said).toMatch(/^(hi|hello|hey)/i);
  });
});

describe('"which X are vegetarian": a filter picks among every dish the plural noun names', () => {
  it.each([
    ['grill', 'which burgers are vegetarian', 'veggie-burger', 'hamburger'],
    ['pieshop', 'which pizzas are vegetarian', 'veggie-lovers', 'hawaiian'],
    ['pieshop', 'any vegetarian pizzas?', 'pizza', 'meat-lovers'],
  ])('%s "%s" lists %s and not %s', async (venue, message, kept, left) => {
    const { last } = await converse(venue, [message]);
    const ids = listedIds(last.events);
    expect(ids).toContain(kept);
    expect(ids).not.toContain(left);
    const said = last.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
    expect(said).not.toMatch(/^(yes|no)\b/i);
  });

  it('"specialty pizzas" said whole keeps the category: the build-your-own is not listed', async () => {
    const { last } = await converse('pieshop', ['any vegetarian specialty pizzas?']);
    const ids = listedIds(last.events);
    expect(ids).toContain('veggie-lovers');
    expect(ids).not.toContain('pizza');
  });

  it('"is the hamburger vegetarian?" (one dish named) is still a question about that dish', async () => {
    const { last } = await converse('grill', ['is the hamburger vegetarian?']);
    const said = last.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
    expect(said).toMatch(/^No\b/);
  });
});
