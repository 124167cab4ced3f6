import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const said = (turn: { events: { type: string; text?: string }[] }) =>
  turn.events
    .filter((e) => e.type === 'text')
    .map((e) => e.text)
    .join(' ');

const units = (cart: { itemId: string; quantity: number }[], itemId: string) =>
  cart.filter((l) => l.itemId === itemId).reduce((n, l) => n + l.quantity, 0);

describe('a bare repeat of the count a dish has in the cart asks "in total or more?"', () => {
  it.each([['2 coca-cola'], ['can I get 2 coca-colas'], ['2 cokes please']])(
    'deli: "%s" with 2 in the cart is asked, nothing added',
    async (again) => {
      const { last, cart } = await converse('deli', ['2 coca-cola', again]);
      expect(said(last)).toMatch(/You already have 2 × Coca-Cola.*2 in total, or 2 more\?/);
      expect(last.state.pending?.kind).toBe('more_or_total');
      expect(units(cart, 'coke')).toBe(2);
    },
  );

  it.each([
    ['more', 4],
    ['2 more', 4],
    ['add them', 4],
    ['yes', 4],
    ['in total', 2],
    ['just 2', 2],
    ['no', 2],
  ])('the answer "%s" leaves %i', async (answer, count) => {
    const { last, cart } = await converse('deli', ['2 coca-cola', '2 coca-cola', answer]);
    expect(units(cart, 'coke')).toBe(count);
    expect(last.state.pending?.kind).not.toBe('more_or_total');
  });

  it.each([
    ['another 2 coca-colas', 4],
    ['2 more coca-colas', 4],
    ['add 2 coca-colas', 4],
    ['make it 2 coca-colas', 2],
    ["I'd like 2 coca-colas in total", 2],
    ['3 coca-colas', 5],
  ])('deli: "%s" needs no question (%i)', async (again, count) => {
    const { last, cart } = await converse('deli', ['2 coca-cola', again]);
    expect(last.state.pending?.kind).not.toBe('more_or_total');
    expect(units(cart, 'coke')).toBe(count);
  });

  it('pizzeria: a side is asked too; a dish with a required choice is asked that choice instead', async () => {
    const knots = await converse('pizzeria', ['2 garlic knots', '2 garlic knots', 'in total']);
    expect(units(knots.cart, 'garlic-knots')).toBe(2);
    expect(said(knots.last)).toMatch(/2 × Garlic Knots.*in total/);
    const pizzas = await converse('pizzeria', ['2 medium margheritas', '2 margheritas']);
    expect(pizzas.last.state.pending?.kind).toBe('option');
  });
});
