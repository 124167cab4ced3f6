import { describe, expect, it } from 'vitest';
import { converse as run } from '../../testing/rule-conversation.ts';

/** Runs `messages` in one session of `venueId`; the cart's lines as [item, quantity]. */
async function converse(venueId: string, messages: readonly string[]) {
  const { last, cart } = await run(venueId, messages);
  return { last, lines: cart.map((l) => [l.itemId, l.quantity]) };
}

describe('a restrictive count ("just one", "only 2") for a dish in the cart sets its line', () => {
  it.each([
    ['deli', '2 cokes', 'actually just one coke', 'coke', 1],
    ['deli', '2 cokes', 'just one coke', 'coke', 1],
    ['deli', '3 cokes', 'only 1 coke', 'coke', 1],
    ['deli', '2 cokes', 'make that just one coke', 'coke', 1],
    ['deli', '3 cokes', "ok i'd only like one coke", 'coke', 1],
    ['spice-route', '4 samosas', 'actually only two samosas', 'samosa', 2],
  ] as const)('%s: "%s" then "%s"', async (venue, first, second, item, quantity) => {
    const { lines } = await converse(venue, [first, second]);
    expect(lines).toEqual([[item, quantity]]);
  });

  it('with the dish not in the cart, "just one coke" adds one', async () => {
    const { lines } = await converse('deli', ['just one coke']);
    expect(lines).toEqual([['coke', 1]]);
  });

  it.each(['one more coke', 'another coke'])('"%s" still adds to the line', async (more) => {
    const { lines } = await converse('deli', ['2 cokes', more]);
    expect(lines).toEqual([['coke', 3]]);
  });
});

describe('a count said against another ("one coke not two") for a dish in the cart sets its line', () => {
  it.each([
    ['deli', '2 cokes', 'one coke not two', 'coke', 1],
    ['spice-route', '3 samosas', '2 samosas instead of 3', 'samosa', 2],
    ['spice-route', '1 samosa', 'two samosas, not one', 'samosa', 2],
  ] as const)('%s: "%s" then "%s"', async (venue, first, second, item, quantity) => {
    const { lines } = await converse(venue, [first, second]);
    expect(lines).toEqual([[item, quantity]]);
  });

  it('"not two" naming the same count as said is no correction', async () => {
    const { lines } = await converse('deli', ['2 cokes', 'one coke not one']);
    expect(lines).toEqual([['coke', 3]]);
  });
});

describe('"no wait" opening a correction at an option question is no answer no', () => {
  it.each(['no wait make it 2', 'wait, make it 2', 'no, make it two'])(
    '"%s" sets the waiting dish\'s count and asks its option again',
    async (said) => {
      const { turns } = await run('deli', ['italian combo', said, '12 inch']);
      const asked = turns[1]?.acts.some((a) => a.type === 'question' && a.kind === 'option');
      expect(asked).toBe(true);
      const { cart } = await run('deli', ['italian combo', said, '12 inch']);
      expect(cart.map((l) => [l.itemId, l.quantity])).toEqual([['italian-combo', 2]]);
    },
  );

  it.each(['no', 'no thanks'])('a bare "%s" still leaves the dish out', async (no) => {
    const { lines } = await converse('deli', ['italian combo', no]);
    expect(lines).toEqual([]);
  });
});
