import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('a question about "it" with no dish in focus asks which dish', () => {
  it.each([
    ['pizzeria', 'is it spicy'],
    ['spice-route', 'is it spicy?'],
    ['spice-route', 'does it have nuts?'],
    ['diner', 'is it vegetarian?'],
  ])('%s: "%s"', async (venue, text) => {
    const { last } = await converse(venue, [text]);
    expect(last.acts.some((a) => a.type === 'say' && a.key === 'which_dish')).toBe(true);
    expect(last.acts.some((a) => a.type === 'knowledge_answer' || a.type === 'items_added')).toBe(false);
  });

  it('with a dish in focus it still answers about that dish', async () => {
    const { last } = await converse('pizzeria', ['tell me about the margherita pizza', 'is it spicy']);
    expect(last.acts.some((a) => a.type === 'say' && a.key === 'which_dish')).toBe(false);
    expect(JSON.stringify(last.acts)).toContain('Margherita');
  });
});

describe('the dish just changed is the one in focus', () => {
  it('"how much is it" after a change of the burrito asks the burrito, not the dish ordered after it', async () => {
    const c = await converse('burritos', [
      'a steak burrito with black beans',
      'and chips and queso',
      'actually no cheese on the burrito',
      'how much is it',
    ]);
    expect(replyText(c.last)).toMatch(/Burrito/);
    expect(replyText(c.last)).not.toMatch(/Queso/);
  });
});
