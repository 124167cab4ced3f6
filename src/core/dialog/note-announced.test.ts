import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { announcesNote } from '../understand/slot-readers.ts';

const TO_NOTES = ['a large margherita', "that's all", 'pickup', 'Sam', '555 123 4567', 'cash'];

describe('a note announced at "any notes for the kitchen?" asks for the note itself', () => {
  it.each(['yes, I have one', 'I do', 'yep, one thing'])(
    '"%s" asks what the note is, the cart unchanged',
    async (text) => {
      const c = await converse('pizzeria', [...TO_NOTES, text]);
      expect(replyText(c.turns.at(-1) as never)).toMatch(/what should I tell the kitchen/i);
      expect(c.cart.map((l) => l.quantity)).toEqual([1]);
    },
  );

  it('the note said next is kept as the note', async () => {
    const c = await converse('pizzeria', [...TO_NOTES, 'I do', 'extra napkins please']);
    expect(c.turns.at(-1)?.state.slots.notes).toMatch(/napkins/);
  });

  it.each(['ok', 'no onions please', 'could you cut it in squares'])('"%s" announces no note', (t) =>
    expect(announcesNote(t)).toBe(false),
  );
});
