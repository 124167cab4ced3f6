import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { dislikedWords } from './disliked-ingredients.ts';
import { normalize } from './normalize.ts';

const words = (text: string) => dislikedWords(normalize(text).tokens);

describe('dislikedWords', () => {
  it.each([
    ["what do you recommend for someone who doesn't like coffee", ['coffee']],
    ['i hate mushrooms and olives, what should i get', ['mushroom', 'olive']],
    ['something without cheese please', ['cheese']],
    ['not a fan of tomatoes', ['tomato']],
    ['what do you recommend', []],
    ["i don't like it too spicy", []],
    // cues shared with the order's negations (negation-cues.ts)
    ['anything other than salmon', ['salmon']],
    ['nothing with peanuts, i avoid dairy and shellfish', ['peanut', 'shellfish']],
    ['everything except anchovies', ['anchovy']],
    // cues only a wish says
    ["she's allergic to sesame", ['sesame']],
    ["he can't stand cilantro", ['cilantro']],
  ])('"%s" → %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('a recommendation for what the customer dislikes', () => {
  it("never offers coffee to someone who doesn't like coffee", async () => {
    const { last } = await converse('cafe', ["what do you recommend for someone who doesn't like coffee"]);
    const text = replyText(last);
    expect(text).toMatch(/How about|I suggest|I'd suggest/i);
    expect(text).not.toMatch(/coffee|latte|americano|espresso|cappuccino|cold brew|mocha/i);
  });

  it('keeps the dislike when another pick is asked for', async () => {
    const { turns } = await converse('cafe', [
      "what do you recommend for someone who doesn't like coffee",
      'something else',
      'something else',
    ]);
    for (const t of turns) expect(replyText(t)).not.toMatch(/coffee|latte|americano|espresso|mocha/i);
  });
});

describe('a recommendation asked with a dislike of a dish word', () => {
  it('"recommend something for someone who hates paneer" recommends, never orders the paneer dish', async () => {
    const { last, cart } = await converse('spice-route', [
      'recommend something for someone who hates paneer',
    ]);
    const text = replyText(last);
    expect(cart).toEqual([]);
    expect(text).toMatch(/How about|I suggest|I'd suggest/i);
    expect(text).not.toMatch(/paneer/i);
  });
  it('a pick for a friend who "can\'t stand" something is a menu request', async () => {
    const { last } = await converse('burritos', ['suggest something for my friend who cant stand beans']);
    expect(replyText(last)).toMatch(/How about|I suggest|I'd suggest/i);
  });
  it('what is disliked is no dish the menu lacks', async () => {
    const { last } = await converse('pieshop', ['what would you recommend, my kid is not keen on apples']);
    const text = replyText(last);
    expect(text).not.toMatch(/we don't have/i);
    expect(text).toMatch(/How about|I suggest|I'd suggest/i);
  });
});
