import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

/** The item names listed on the turn's menu card(s). */
const listed = (acts: readonly unknown[]): string => JSON.stringify(acts);

describe('a browse by a plural noun lists every item whose name, category or aliases hold it', () => {
  it('"what sandwiches do you have" at the deli lists the cold and the hot heroes', async () => {
    const { last } = await converse('deli', ['what sandwiches do you have']);
    const text = listed(last.acts);
    expect(text).toContain('Italian Combo');
    expect(text).toContain('Philly Cheesesteak');
    expect(text).not.toContain('Potato Salad');
  });

  it('"what croissants do you have" at the cafe lists every croissant (no category of that name)', async () => {
    const { last } = await converse('cafe', ['what croissants do you have']);
    const text = listed(last.acts);
    expect(text).toContain('Butter Croissant');
    expect(text).toContain('Almond Croissant');
    expect(text).toContain('Chocolate Croissant');
    expect(text).not.toContain('Bagel');
  });

  it.each(['show me the sandwiches', "I'd like to see the sandwiches"])(
    '"%s" lists them and never says the noun is a dish the menu lacks',
    async (message) => {
      const { last } = await converse('deli', [message]);
      expect(listed(last.acts)).toContain('Italian Combo');
      const said = last.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
      expect(said).not.toMatch(/don't have/i);
    },
  );
});
