import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('an ingredient put on a dish waiting on its option question that the group does not offer', () => {
  it('is said back as the ingredient alone, never with the request words around it', async () => {
    const c = await converse('diner', ['a fountain soda', 'add bacon to the soda']);
    const reply = replyText(c.last);
    expect(reply).toMatch(/"bacon" isn't one of the choices for the Fountain Soda/);
    expect(reply).not.toMatch(/add bacon to/);
  });
  it('the dish may be named by its category word', async () => {
    const c = await converse('pizzeria', ['a coca-cola', 'add bacon to the soda']);
    expect(replyText(c.last)).toMatch(/"bacon" isn't one of the choices for the Coca-Cola/);
  });
});
