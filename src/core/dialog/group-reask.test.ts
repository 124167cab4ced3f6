import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('naming an option group of a cart dish asks that group again for the line', () => {
  it('"change the crust" asks the crust of the one pizza, and the answer replaces its crust', async () => {
    const { turns, cart } = await converse('pizzeria', [
      'a large hand tossed pepperoni pizza',
      'change the crust',
      'thin crust',
    ]);
    expect(turns[1]?.state.pending).toMatchObject({
      kind: 'option',
      group: 'crust',
      itemId: 'pepperoni-pizza',
    });
    expect(cart).toHaveLength(1);
    expect(cart[0]?.options.map((o) => o.choice).sort()).toEqual(['large', 'thin-crust']);
  });

  it('"can I change the size" re-asks the size, never a document', async () => {
    const { last } = await converse('pizzeria', [
      'a large hand tossed pepperoni pizza',
      'can I change the size',
    ]);
    expect(last.state.pending).toMatchObject({ kind: 'option', group: 'size' });
  });

  it('several lines taking the group: which one is asked, then its group', async () => {
    const { turns, cart } = await converse('pizzeria', [
      'a large hand tossed pepperoni pizza and a medium thin crust margherita',
      'change the crust',
      'the margherita',
      'deep dish',
    ]);
    expect(replyText(turns[1] as (typeof turns)[number])).toMatch(/Which one/);
    expect(turns[2]?.state.pending).toMatchObject({ kind: 'option', group: 'crust', itemId: 'margherita' });
    expect(cart.find((l) => l.itemId === 'margherita')?.options.map((o) => o.choice)).toContain('deep-dish');
    expect(cart.find((l) => l.itemId === 'pepperoni-pizza')?.options.map((o) => o.choice)).toContain(
      'hand-tossed',
    );
  });

  it('"different bread please" at a sub shop asks the bread; a new value said is a plain change', async () => {
    const asked = await converse('deli', ['a 12 inch turkey club on rye', 'different bread please']);
    expect(asked.last.state.pending).toMatchObject({ kind: 'option', group: 'bread' });
    const changed = await converse('pizzeria', [
      'a large hand tossed pepperoni pizza',
      'change the size to medium',
    ]);
    expect(changed.last.state.pending?.kind).not.toBe('option');
    expect(changed.cart[0]?.options.map((o) => o.choice)).toContain('medium');
  });
});

describe('a word heading several choices of a group of several picks ("different sauce")', () => {
  it('offers those choices for the cart dish, never adds one, and the answer swaps only them', async () => {
    const c = await converse('pizzeria', [
      'a large cheese pizza with pepperoni and tomato sauce',
      'different sauce please',
      'white garlic sauce',
    ]);
    const asked = replyText(c.turns[1] as (typeof c.turns)[number]);
    expect(asked).toMatch(
      /Which would you like on the Cheese Pizza: Tomato Sauce, White Garlic Sauce, BBQ Sauce/,
    );
    const picks = c.cart[0]?.options.map((o) => o.choice);
    expect(picks).toContain('pepperoni');
    expect(picks).toContain('white-garlic-sauce');
    expect(picks).not.toContain('tomato-sauce');
  });
  it('the question alone changes nothing', async () => {
    const c = await converse('pizzeria', ['a large cheese pizza', 'different sauce please']);
    expect(c.cart[0]?.options.map((o) => o.choice)).toEqual(['large']);
  });
});
