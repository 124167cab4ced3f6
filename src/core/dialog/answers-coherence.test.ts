import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('an allergy asked about in general is answered from the menu, never recorded', () => {
  it.each([
    ['grill', 'is the sesame bun ok for nut allergies?', /Sesame Bun has no tree nuts or peanuts/],
    ['diner', 'can someone with an egg allergy eat the pancakes', /Pancakes contain eggs/],
    ['taqueria', 'are the carnitas tacos ok for someone with a dairy allergy?', /no milk declared/],
    ['spice-route', 'is the butter chicken safe for a nut allergy?', /Butter Chicken contains tree nuts/],
  ])('%s: "%s"', async (venue, text, answer) => {
    const c = await converse(venue, [text]);
    const reply = replyText(c.last);
    expect(reply).toMatch(answer);
    expect(reply).not.toMatch(/Noted|Got it, no|keep that in mind/);
    expect(c.last.state.constraints.allergies).toEqual([]);
  });

  it('a stated allergy of the customer is still recorded', async () => {
    const c = await converse('spice-route', ['I have a nut allergy, is the butter chicken ok?']);
    expect(c.last.state.constraints.allergies).toContain('tree-nuts');
  });

  it('the cross-contact passage is cut to its sentences on the allergen', async () => {
    const c = await converse('spice-route', ['is the paneer tikka ok for someone with a nut allergy']);
    const reply = replyText(c.last);
    expect(reply).toMatch(/Tree nuts: cashews and almonds/);
    expect(reply).not.toMatch(/Shared tandoor|Mustard:|Sesame:/);
  });
});

describe('long document passages are quoted by the sentences that answer', () => {
  it('a cancellation question gets the cancellation sentences, not the refunds page', async () => {
    const c = await converse('pizzeria', ['can I cancel my order after placing it?']);
    const reply = replyText(c.last);
    expect(reply).toMatch(/cancel for a full refund/);
    expect(reply).toMatch(/After that we cannot refund/);
    expect(reply).not.toMatch(/Wrong or missing items|business days/);
  });

  it('"how long will it take" with no order says the usual time, no hours page', async () => {
    const c = await converse('pizzeria', ['how long will it take']);
    const reply = replyText(c.last);
    expect(reply).toMatch(/usually ready in 20–25 minutes/);
    expect(reply).not.toMatch(/Mondays|Thanksgiving|last order/);
  });
});

describe('menu lists and absent dishes read as one answer', () => {
  it('"what drinks do you have" lists the drink dishes, not a combo\'s drink choices', async () => {
    const c = await converse('grill', ['what drinks do you have']);
    expect(c.last.trace.commands.map((x) => x.type)).toEqual(['browse']);
    const list = c.last.events.find((e) => e.type === 'item_list');
    expect(list?.type === 'item_list' && list.items.map((i) => i.name)).toContain('Bottled Water');
  });

  it('"what drinks come with the combo" still asks the combo drink choices', async () => {
    const c = await converse('grill', ['what drinks come with the combo']);
    expect(replyText(c.last)).toMatch(/Coke, Diet Coke/);
  });

  it('a long diet list leads with its count and hint, with no document paragraph', async () => {
    const c = await converse('pizzeria', ['which items are vegan']);
    const reply = replyText(c.last);
    expect(reply).toMatch(/^We have \d+ vegan dishes\. Ask for .* to narrow it down, or here they are:$/);
  });

  it('a dish the menu lacks is said so, with what the menu has', async () => {
    const c = await converse('grill', ['show me your pasta']);
    const reply = replyText(c.last);
    expect(reply).toMatch(/don't have "pasta"/);
    expect(reply).toMatch(/We do have burgers/);
    expect(reply).not.toMatch(/right now/);
  });
});

describe('order progress questions', () => {
  it.each(["how's my order coming along", 'how is my food coming along?', 'how much longer'])(
    '"%s" with no order goes to the order status',
    async (text) => {
      const c = await converse('grill', [text]);
      expect(c.last.trace.commands.map((x) => x.type)).toEqual(['order_status']);
      expect(replyText(c.last)).not.toMatch(/Hi again|can't help/);
    },
  );
});

describe('an allergy said while asking for dishes filters them', () => {
  it('heroes: "what\'s good for someone with a gluten allergy" offers nothing with gluten', async () => {
    const c = await converse('heroes', ["what's good for someone with a gluten allergy"]);
    const cards = c.last.events.filter((e) => e.type === 'item_list');
    const listed = cards.flatMap((e) => (e as { items: { allergens?: string[] }[] }).items);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((i) => !(i.allergens ?? []).includes('gluten'))).toBe(true);
    expect(c.last.state.constraints.allergies).toContain('gluten');
  });
});
