import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const cartOf = (lines: { itemId: string; quantity: number; options: { choiceName: string }[] }[]) =>
  lines.map((l) => `${l.quantity}x${l.itemId}[${l.options.map((o) => o.choiceName).join(',')}]`);

describe('an optional choice ordered alone, no dish said or in the cart', () => {
  it.each([['i want extra chicken'], ['one extra chicken']])(
    '"%s" says what it goes with and asks which dish',
    async (msg) => {
      const c = await converse('spice-route', [msg]);
      const reply = replyText(c.last);
      expect(reply).toMatch(
        /Extra chicken goes with dishes like the .*Chicken.*Which one would you like it with\?/,
      );
      expect(reply).not.toMatch(/From our menu|Ingredients|outside what I can help/);
      expect(c.last.state.pending?.kind).toBe('clarify');
      expect(c.cart).toEqual([]);
    },
  );

  it('a dish named next takes the choice, offered or not', async () => {
    const offered = await converse('spice-route', ['i want extra chicken', 'the butter chicken']);
    expect(cartOf(offered.cart)).toEqual(['1xbutter-chicken[Extra chicken]']);
    const other = await converse('spice-route', ['i want extra chicken', 'lamb rogan josh']);
    expect(cartOf(other.cart)).toEqual(['1xlamb-rogan-josh[Extra chicken]']);
  });

  it('the dish named as the choice is added ("peri peri fries" → Masala Fries)', async () => {
    const c = await converse('spice-route', ['one peri-peri fries']);
    expect(cartOf(c.cart)).toEqual(['1xmasala-fries[]']);
    expect(replyText(c.last)).not.toMatch(/doesn't come with|outside/);
  });

  it('the dish that is only the choice takes it ("a side of ranch" → the dipping cup)', async () => {
    const c = await converse('pieshop', ['a side of ranch']);
    expect(cartOf(c.cart)).toEqual(['1xdipping-cup[Ranch Cup]']);
  });

  it('a question about the choice is no order', async () => {
    const c = await converse('pieshop', ['do you have ranch?']);
    expect(c.cart).toEqual([]);
    expect(c.last.state.pending?.kind).not.toBe('clarify');
  });
});
