import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const last = (c: Awaited<ReturnType<typeof converse>>) => replyText(c.turns.at(-1) as never);

describe('ordering a drink the menu lacks', () => {
  it.each(['can I get a sprite', "i'll have a sprite", 'a sprite please'])(
    '"%s" says it is off the menu and offers the menu\'s drinks',
    async (text) => {
      const c = await converse('taqueria', ['a taco', text]);
      expect(last(c)).toMatch(/don't have "sprite"/);
      expect(last(c)).toMatch(/Jarritos/);
      expect(last(c)).not.toMatch(/bye|enjoy your/i);
    },
  );
});

describe('a need stated after the dish is in the cart', () => {
  it('names the cart dish that breaks it and offers to take it off', async () => {
    const c = await converse('spice-route', ['a samosa', 'a paneer tikka', "I'm allergic to dairy"]);
    expect(replyText(c.turns.at(-1) as never)).toMatch(
      /the Paneer Tikka in your order contains milk.*taken off/,
    );
    expect(replyText(c.turns.at(-1) as never)).not.toMatch(/Noted\. Heads up/);
  });
});

describe('a multi-pick group named by its own name on a cart dish', () => {
  it('"change the salsa please" offers the salsas and the answer replaces the pick', async () => {
    const c = await converse('taqueria', [
      'a carnitas taco with mild salsa',
      'change the salsa please',
      'hot',
    ]);
    expect(replyText(c.turns[1] as never)).toMatch(/Mild.*Medium.*Hot/);
    const salsas = c.cart[0]?.options.filter((o) => o.group === 'salsa').map((o) => o.choiceName);
    expect(salsas).toEqual(['Hot (salsa roja)']);
  });
});

describe('a recommendation for someone who dislikes something', () => {
  it('"any suggestions for a friend who dislikes eggs" recommends a dish', async () => {
    const c = await converse('pizzeria', ['any suggestions for a friend who dislikes eggs']);
    expect(last(c)).toMatch(/How about|suggest|recommend/i);
    expect(last(c)).not.toMatch(/can't help/i);
  });
});
