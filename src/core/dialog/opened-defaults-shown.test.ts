import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

type Turn = { events: { type: string; lines?: { name: string; options: string[] }[] }[] };
const cardOptions = (turn: Turn) => turn.events.find((e) => e.type === 'cart')?.lines?.map((l) => l.options);

describe('the defaults a held choice brings are shown on its line', () => {
  it('a combo added says its default size and side; the cart card shows them too', async () => {
    const { turns } = await converse('grill', ['a cheeseburger combo with a coke', 'show my order']);
    expect(replyText(turns[0]!)).toContain('Cheeseburger (Combo (side + drink), Coke, Regular Combo, Fries)');
    expect(cardOptions(turns[1]!)).toEqual([['Combo (side + drink)', 'Coke', 'Regular Combo', 'Fries']]);
  });

  it('a side chosen replaces the default; a dish without the combo shows no combo defaults', async () => {
    const { turns } = await converse('grill', [
      'a cheeseburger combo with onion rings and a coke',
      'and a bacon cheeseburger',
    ]);
    const first = replyText(turns[0]!);
    expect(first).toContain('Onion Rings');
    expect(first).not.toContain('Fries');
    expect(replyText(turns[1]!)).toMatch(/1 × Bacon Cheeseburger(?! \()/);
  });

  it('a combo made of a dish in the cart says what now comes with it', async () => {
    const { turns } = await converse('grill', ['a cheeseburger', 'make it a combo']);
    expect(replyText(turns[1]!)).toContain('Regular Combo, Fries');
  });
});
