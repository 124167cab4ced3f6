import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

type Listed = { id: string; allergens?: string[]; diet?: string };
const listedOf = (turn: Awaited<ReturnType<typeof converse>>['last']): Listed[] =>
  turn.events.filter((e) => e.type === 'item_list').flatMap((e) => (e as { items: Listed[] }).items);

describe('a category asked for with an allergy', () => {
  it('lists the dishes of that category free of the allergen, with a caution and no document dump', async () => {
    const c = await converse('pizzeria', ['which pizzas are safe for someone with a dairy allergy']);
    const listed = listedOf(c.last);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((i) => !(i.allergens ?? []).includes('milk'))).toBe(true);
    expect(listed.every((i) => i.id.includes('pizza'))).toBe(true);
    const reply = replyText(c.last);
    expect(reply).not.toMatch(/From our menu:/);
    expect(reply).toMatch(/milk/);
    // asked with no dish, most likely for someone eating with the customer: recorded as well (over-caution
    // is the safe failure: later suggestions and the kitchen keep it)
    expect(c.last.state.constraints.allergies).toContain('milk');
  });

  it("records the allergy when it is the customer's own", async () => {
    const c = await converse('spice-route', ["I'm allergic to peanuts, what starters would work?"]);
    expect(c.last.state.constraints.allergies).toContain('peanuts');
    expect(listedOf(c.last).every((i) => !(i.allergens ?? []).includes('peanuts'))).toBe(true);
  });
});

describe('a meal-time word in a question about a guest', () => {
  it("narrows the guest's dishes to the meal's sections", async () => {
    const c = await converse('diner', ['my daughter is vegetarian', 'what can she have for breakfast']);
    const listed = listedOf(c.last);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((i) => i.diet !== 'non-vegetarian')).toBe(true);
    expect(listed.map((i) => i.id)).not.toContain('veggie-burger');
    expect(listed.map((i) => i.id)).not.toContain('apple-pie');
  });
});

describe('an allergen asked of the dish in focus', () => {
  it('is said once', async () => {
    const c = await converse('diner', ['tell me about the french toast', 'does it contain milk?']);
    const reply = replyText(c.last);
    expect(reply.match(/milk/g)?.length).toBe(1);
  });
});

describe('a part prepared with no menu option for it', () => {
  it('with nothing in the cart, asks which dish, never "we don\'t have"', async () => {
    const c = await converse('grill', ['could you grill the bun a bit longer']);
    const reply = replyText(c.last);
    expect(reply).toMatch(/Which dish/);
    expect(reply).not.toMatch(/don't have/);
  });
});
