import { describe, expect, it } from 'vitest';
import { converse as run } from '../../testing/rule-conversation.ts';
import type { TurnResult } from '../handle-turn.ts';

/** Runs `messages` in one session of `venueId`; the cart's lines as [item, quantity]. */
async function converse(venueId: string, messages: readonly string[]) {
  const { turns, cart } = await run(venueId, messages);
  return { turns, lines: cart.map((l) => [l.itemId, l.quantity]) };
}
/** The item ids the first card of a turn listed. */
function listedIds(turn: TurnResult): string[] {
  for (const act of turn.acts)
    if (act.type === 'show' && act.card.type === 'item_list') return act.card.items.map((i) => i.id);
  return [];
}

describe('a pick from the list the last card showed', () => {
  it.each([
    ['burgers', 'what do you have that is vegan', 'ill get 2 of the first one', 0, 2],
    ['burgers', 'what do you have that is vegan', "i'll take the second one", 1, 1],
    ['burgers', 'what do you have that is vegan', 'two of the last one', -1, 2],
    ['pizzeria', 'what pizzas do you have', 'number 3 please', 2, 1, 'large'],
    ['spice-route', 'what vegan mains do you have', 'the first one please', 0, 1],
    // an option said with the pick goes on the picked dish
    ['pizzeria', 'what pizzas do you have', "i'll take the second one, large", 1, 1],
    // another dish of a recommendation's card answers the offer: its option is asked at once
    ['spice-route', 'recommend something spicy', 'actually the third one', 2, 1, 'large'],
  ])('%s: after "%s", "%s" orders that item', async (venueId, browse, pick, index, quantity, answer?) => {
    const { turns, lines } = await converse(venueId, [browse, pick, ...(answer ? [answer] : [])]);
    const shown = listedIds(turns[0]!);
    expect(shown.length).toBeGreaterThan(2);
    expect(lines).toEqual([[shown.at(index), quantity]]);
  });

  it('does not pick once the card is more than three turns old, nor without a card', async () => {
    const late = await converse('burgers', [
      'what do you have that is vegan',
      'delivery please',
      'my name is sam',
      'what time do you close',
      'the second one please',
    ]);
    expect(late.lines).toEqual([]);
    const none = await converse('burgers', ['hi', 'the second one please']);
    expect(none.lines).toEqual([]);
  });

  it('leaves a cart edit to the cart: "remove the second one" removes the second cart line', async () => {
    const { lines } = await converse('burgers', [
      'a hamburger and onion rings',
      'show me your vegan dishes',
      'remove the second one',
    ]);
    expect(lines).toEqual([['hamburger', 1]]);
  });
});

describe('a question about a dish of the last card, by its place', () => {
  it.each([
    ['is the first one spicy', 0],
    ["what's in the second one", 1],
    ['how much is number 3', 2],
    ['is the last one gluten free', -1],
  ])('"%s" asks about that dish of the card', async (question, index) => {
    const { turns } = await converse('burgers', ['what do you have that is vegan', question]);
    const shown = listedIds(turns[0]!);
    const asked = turns[1]?.trace.commands.filter((c) => c.type === 'item_info');
    expect(asked).toEqual([expect.objectContaining({ itemId: shown.at(index) })]);
  });
});
