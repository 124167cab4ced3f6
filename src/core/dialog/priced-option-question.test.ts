import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('a required choice whose prices differ is asked with each price difference', () => {
  it.each([
    ['diner', 'a coffee', 'Which size for the Coffee: Cup or Large (+$0.75)?'],
    ['pizzeria', 'a pepperoni pizza', 'Which size for the Pepperoni Pizza: Small 10", Medium 12" (+$3.00), '],
    [
      'heroes',
      'a fountain drink',
      'Which drink size for the Fountain Drink: Regular (20 oz) or Large (32 oz, +$0.60)?',
    ],
    ['diner', 'two coffees', 'Which size for the 2 × Coffee: Cup or Large (+$0.75)?'],
  ])('[%s] %j', async (venue, message, question) => {
    const { turns } = await converse(venue, [message]);
    expect(turns[0]!.state.pending?.kind).toBe('option');
    expect(replyText(turns[0]!)).toContain(question);
  });

  it('keeps the venue prompt when the choices cost the same', async () => {
    const { turns } = await converse('diner', ['a milkshake']);
    expect(replyText(turns[0]!)).toContain(
      'Chocolate, vanilla, strawberry, black & white or cookies & cream?',
    );
  });

  it('the answer still picks the priced choice', async () => {
    const { cart } = await converse('diner', ['a coffee', 'large']);
    expect(cart.map((l) => l.options.map((o) => o.choice))).toEqual([['large-coffee']]);
  });
});
