import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const said = (turn: { events: { type: string; text?: string }[] }) =>
  turn.events
    .filter((e) => e.type === 'text')
    .map((e) => e.text)
    .join(' ');

describe('an option of the waiting dish said before another dish goes on the waiting dish', () => {
  it.each([
    ['heroes', ['a godfather', 'wheat, and a coke', 'whole'], 'godfather', 'whole-wheat'],
    ['deli', ['a turkey', 'wheat, and a coke', '12 inch'], 'turkey', 'wheat'],
    ['pizzeria', ['a margherita', 'thin crust and a garlic knots', 'large'], 'margherita', 'thin-crust'],
  ])('[%s] %j', async (venue, messages, itemId, choice) => {
    const { turns, cart } = await converse(venue, messages);
    expect(said(turns[1]!)).not.toMatch(/don't offer|left that out/);
    const dish = cart.find((l) => l.itemId === itemId);
    expect(dish?.options.map((o) => o.choice)).toContain(choice);
    expect(cart.length).toBeGreaterThanOrEqual(1);
    expect(said(turns[1]!)).toMatch(/Coca-Cola|Fountain Drink|Garlic Knots/);
  });

  it('"whole wheat" is the bread, never the whole length', async () => {
    const { turns } = await converse('heroes', ['a godfather', 'whole wheat and a coke']);
    expect(turns[1]!.state.pending?.kind).toBe('option');
    expect(said(turns[1]!)).toMatch(/6" Half or 12" Whole \(\+\$5\.00\)/);
  });
});

describe('checkout with the last dish taken out stops: the cart is empty', () => {
  it.each([
    ['deli', ['a turkey club', 'checkout', 'remove the turkey club']],
    ['deli', ['a turkey club', '12 inch', 'checkout', 'remove the turkey club']],
    ['torpedo', ['a spicy italian', 'checkout', 'never mind the spicy italian']],
  ])('[%s] %j', async (venue, messages) => {
    const { last, cart } = await converse(venue, messages);
    expect(cart).toEqual([]);
    expect(said(last)).toMatch(/empty|nothing in your order/i);
    expect(said(last)).not.toMatch(/deliver|pick it up|name|notes/i);
    expect(last.state.pending?.kind).toBe('items');
  });
});
