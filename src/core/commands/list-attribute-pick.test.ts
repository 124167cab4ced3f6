import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';
import type { TurnResult } from '../handle-turn.ts';

/** The text the turn said. */
const said = (turn: TurnResult) => turn.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
/** The choices of the which-one question the turn asked, if any. */
const asked = (turn: TurnResult) =>
  turn.trace.commands.flatMap((c) => (c.type === 'clarify' ? c.choices.map((x) => x.id) : []));

describe('a dish of the last card picked by a property (attributePick)', () => {
  it.each([
    // heat, diet, price order, a word of the names
    ['diner', 'what burgers do you have', 'the vegetarian one', 'veggie-burger'],
    ['spice-route', 'what mains do you have', 'the hottest one', 'chicken-chettinad'],
    ['pizzeria', 'what desserts do you have', 'the vegan one', 'vegan-chocolate-cake'],
    ['grill', 'what burgers do you have', 'the spicy one', 'diablo-burger'],
    ['spice-route', 'what soups do you have', 'the one with prawns', 'tom-yum-prawn-soup'],
  ])('%s: after "%s", "%s" orders that dish', async (venue, browse, pick, itemId) => {
    const { cart } = await converse(venue, [browse, pick]);
    expect(cart.map((l) => l.itemId)).toEqual([itemId]);
  });

  it('orders the cheaper one by the backend price, with the count said', async () => {
    const { cart, last } = await converse('diner', [
      'what sides do you have',
      '2 of the cheapest one',
      'rye',
    ]);
    expect(cart.map((l) => [l.itemId, l.quantity])).toEqual([['side-toast', 2]]);
    expect(last.trace.commands.some((c) => c.type === 'choose_option')).toBe(true);
  });

  it('asks which when several listed dishes fit, and orders none', async () => {
    const { last, cart } = await converse('spice-route', ['what mains do you have', 'the mild one']);
    expect(cart).toEqual([]);
    expect(asked(last)).toContain('butter-chicken');
    expect(asked(last)).not.toContain('chicken-chettinad');
  });

  it('says none of those fits and keeps the card for a pick by place', async () => {
    const { turns } = await converse('deli', [
      'what hot heroes do you have',
      'the vegan one',
      'the first one',
    ]);
    expect(said(turns[1]!)).toMatch(/None of those is vegan/);
    const added = turns[2]!.trace.commands.flatMap((c) => (c.type === 'add_item' ? [c.itemId] : []));
    expect(added).toEqual([turns[0]!.state.listed?.itemIds[0]]);
  });

  it('describes the dish when asked which it is', async () => {
    const { last, cart } = await converse('grill', [
      'what burgers do you have',
      'which one is the cheapest?',
    ]);
    expect(cart).toEqual([]);
    expect(said(last)).toMatch(/^Hamburger/);
  });

  it('reads "the one without cheese" as the dishes holding none', async () => {
    const { last } = await converse('grill', ['what burgers do you have', 'the one without cheese']);
    expect(asked(last)).toContain('hamburger');
    expect(asked(last)).not.toContain('cheeseburger');
  });

  it('is no pick without a card shown lately', async () => {
    const { last, cart } = await converse('grill', ['hi', 'the cheaper one please']);
    expect(cart).toEqual([]);
    expect(last.trace.commands.some((c) => c.type === 'pick_ranked')).toBe(false);
  });
});
