import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('an ingredient taken off a dish already in the cart', () => {
  it('"no salami on it" notes the removal on the cart dish, never a "no"', async () => {
    const { cart, last } = await converse('deli', ['a 12 inch italian combo', 'no salami on it']);
    expect(cart).toHaveLength(1);
    expect(cart[0]?.notes).toMatch(/no salami/);
    expect(last.trace.commands.map((c) => c.type)).toContain('update_item');
  });

  it('"leave the mortadella off" with a particle verb, and no unknown-word notice', async () => {
    const { cart, last } = await converse('deli', [
      'a 12 inch italian combo',
      'could you leave the mortadella off',
    ]);
    expect(cart[0]?.notes).toMatch(/no mortadella/);
    expect(replyText(last)).not.toMatch(/don't have/);
  });

  it('a kind word takes off the listed ingredient of its kind ("hold the cheese" on a provolone sandwich)', async () => {
    const { cart } = await converse('deli', ['a 12 inch italian combo', 'hold the cheese']);
    expect(cart[0]?.notes).toMatch(/no cheese/);
  });

  it('"take out the X" is a removal, not a takeout order', async () => {
    const { cart, last } = await converse('deli', [
      'a 12 inch italian combo',
      'please take out the capicola',
    ]);
    expect(cart[0]?.notes).toMatch(/no capicola/);
    expect(last.state.slots.fulfillment).toBeUndefined();
  });

  it('the removal goes to the one cart dish that holds it', async () => {
    const { cart } = await converse('spice-route', [
      'a paneer tikka and a butter chicken',
      'hold the bell peppers',
    ]);
    const tikka = cart.find((l) => l.itemId === 'paneer-tikka');
    expect(tikka?.notes).toMatch(/no bell peppers/);
    expect(cart.find((l) => l.itemId === 'butter-chicken')?.notes ?? '').not.toMatch(/pepper/);
  });

  it('"no rush" takes nothing off', async () => {
    const { cart } = await converse('deli', ['a 12 inch italian combo', 'no rush']);
    expect(cart[0]?.notes ?? '').toBe('');
  });

  it('at the option question, "no mortadella please" is a note on the waiting dish, whose question stays', async () => {
    const { cart, last } = await converse('deli', ['two italian combos', 'no mortadella please', '6 inch']);
    expect(cart.map((l) => [l.quantity, l.notes])).toEqual([[2, 'no mortadella']]);
    expect(last.state.pending?.kind).not.toBe('option');
  });

  it('"make one of them without salami" while two wait splits one off with the note', async () => {
    const { cart } = await converse('deli', [
      'two italian combos',
      'make one of them without salami',
      '12 inch',
      '12 inch',
    ]);
    expect(cart.map((l) => [l.quantity, l.notes ?? null])).toEqual(
      expect.arrayContaining([
        [1, 'no salami'],
        [1, null],
      ]),
    );
    expect(cart).toHaveLength(2);
  });

  it('"one of them" is no count: the waiting quantity is not cut to one', async () => {
    const { last } = await converse('pizzeria', ['two margheritas', 'make one of them without basil']);
    expect(last.state.pending?.question).toMatch(/Margherita/);
    const drafts = last.trace.commands.filter((c) => c.type === 'add_item');
    expect(drafts).toHaveLength(1);
  });
});
