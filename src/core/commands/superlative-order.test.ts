import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';
import type { TurnResult } from '../handle-turn.ts';

const said = (turn: TurnResult) => turn.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');

describe('a menu superlative inside an order (superlativeOrder)', () => {
  it.each([
    ['pizzeria', 'i will take the most expensive pizza', 'fig-prosciutto'],
    // "burger" is also the Hamburger's alias: the kind is ranked, not that dish ordered
    ['grill', 'can i get your most expensive burger', 'bbq-bacon-burger'],
    ['grill', 'can i get your cheapest burger', 'hamburger'],
  ])('%s: "%s" orders the dish at that end', async (venue, message, itemId) => {
    const { last } = await converse(venue, [message]);
    const added = last.state.frames.flatMap((f) => {
      const draft = f.slots.draft as { itemId?: string } | undefined;
      return draft?.itemId ? [draft.itemId] : [];
    });
    const { cart } = await converse(venue, [message, 'large']);
    expect([...added, ...cart.map((l) => l.itemId)].some((id) => id.startsWith(itemId))).toBe(true);
  });

  it('asks between dishes tied for the price, naming them', async () => {
    const { last, cart } = await converse('heroes', ['let me get the priciest hot hero']);
    expect(cart).toEqual([]);
    expect(said(last)).toMatch(/Tied for our highest-priced hot hero/);
    expect(said(last)).toMatch(/Which one: Philly Cheesesteak or Hot Pastrami\?/);
  });

  it('says the menu gives no sizes and lists the kind, ordering none', async () => {
    for (const message of ['give me your biggest burrito', 'which burrito is the biggest']) {
      const { last, cart } = await converse('taqueria', [message]);
      expect(cart).toEqual([]);
      expect(said(last)).toMatch(/doesn't say how big each burrito is/);
    }
  });

  it('leaves a price question to the superlative answer', async () => {
    const { last, cart } = await converse('pizzeria', ['whats your cheapest pie']);
    expect(cart).toEqual([]);
    expect(said(last)).toMatch(/lowest-priced pie/);
  });
});
