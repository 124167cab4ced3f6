import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const MUSHROOM = /mushroom/i;

describe('a pick asked for a companion with a dislike keeps the dislike', () => {
  it.each([
    "anything good for my wife who doesn't like mushrooms",
    "recommend something for my wife, she doesn't like mushrooms",
  ])('"%s" recommends a dish without mushrooms', async (text) => {
    const c = await converse('pizzeria', [text]);
    const cmd = c.last.trace.commands[0];
    expect(cmd?.type).toBe('recommend');
    expect(cmd?.type === 'recommend' && cmd.withoutIngredients).toEqual(['mushroom']);
    const card = c.last.events.find((e) => e.type === 'item_list');
    const names = card?.type === 'item_list' ? card.items.map((i) => i.name) : [];
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).not.toMatch(MUSHROOM);
  });
});
