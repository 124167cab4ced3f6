import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const options = (cart: Awaited<ReturnType<typeof converse>>['cart']) =>
  cart.map((l) => [l.name, l.options.map((o) => o.choiceName)]);

/**
 * A group offered only with another group's choice, one pick and no default (a combo's drink) is asked
 * once the gate is taken; "no thanks" passes it over (askedWithGate, domain/group-offered.ts).
 */
describe("a combo's drink", () => {
  it('is asked with its choices when the combo is ordered, and the answer is the combo drink only', async () => {
    const r = await converse('grill', ['a cheeseburger combo', 'sprite']);
    expect(replyText(r.turns[0]!)).toContain('Which combo drink for the Cheeseburger: Coke, Diet Coke');
    expect(options(r.cart)).toEqual([['Cheeseburger', ['Combo (side + drink)', 'Sprite']]]);
  });

  it('an answer said as an order ("a coke please") is that drink, no soda of its own', async () => {
    const r = await converse('heroes', ['a 6 inch turkey combo', 'a coke please']);
    expect(r.cart).toHaveLength(1);
    expect(r.cart[0]?.options.map((o) => o.choiceName)).toContain('Coke');
  });

  it('"no thanks" adds the combo without a drink, asked once', async () => {
    const r = await converse('heroes', ['a 6 inch turkey combo', 'no thanks']);
    expect(options(r.cart)).toEqual([['Oven Roasted Turkey', ['6" Half', 'Combo (chips + fountain drink)']]]);
    expect(replyText(r.last)).not.toContain('Which combo drink');
  });

  it('said with the combo, is not asked', async () => {
    const r = await converse('grill', ['a cheeseburger combo with a coke']);
    expect(replyText(r.last)).not.toContain('Which combo drink');
    expect(options(r.cart)).toEqual([['Cheeseburger', ['Combo (side + drink)', 'Coke']]]);
  });

  it('a plain dish is never asked it', async () => {
    const r = await converse('grill', ['a cheeseburger']);
    expect(replyText(r.last)).not.toContain('combo');
  });
});
