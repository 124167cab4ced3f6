import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const said = (turn: { events: { type: string; text?: string }[] }) =>
  turn.events
    .filter((e) => e.type === 'text')
    .map((e) => e.text)
    .join(' ');

describe('a question about "it" with a dish in focus answers about that dish', () => {
  it.each([
    ['tell me about the paneer tikka', 'one question, is it vegan?', 'paneer-tikka', /not vegan/i],
    ['tell me about the paneer tikka', 'quick q: does it have nuts?', 'paneer-tikka', /nut/i],
    ['tell me about the lamb rogan josh', 'is it gluten free?', 'lamb-rogan-josh', /gluten free/i],
    ['tell me about the lamb rogan josh', 'oh and is it halal?', 'lamb-rogan-josh', /halal/i],
  ])('"%s" then "%s"', async (first, question, itemId, answer) => {
    const { last } = await converse('spice-route', [first, question]);
    expect(last.trace.commands).toEqual([expect.objectContaining({ type: 'item_info', itemId })]);
    expect(said(last)).toMatch(answer);
    expect(said(last)).not.toMatch(/catering|policy page/i);
  });

  it("a question about the restaurant after a lead-in is still the documents' to answer", async () => {
    const { last } = await converse('spice-route', [
      'tell me about the samosa',
      'by the way, are you open on sunday?',
    ]);
    expect(last.trace.commands.map((c) => c.type)).toEqual(['ask_knowledge']);
  });
});
