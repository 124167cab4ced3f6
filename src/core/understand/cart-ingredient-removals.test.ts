import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';
import type { TurnResult } from '../handle-turn.ts';

const reply = (t: TurnResult) =>
  t.events
    .filter((e) => e.type === 'text')
    .map((e) => (e as { text: string }).text)
    .join(' ');

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
    expect(reply(last)).not.toMatch(/don't have/);
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
});
