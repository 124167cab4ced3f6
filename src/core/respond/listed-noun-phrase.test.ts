import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { listedNounPhrase } from './listed-noun-phrase.ts';

describe('listedNounPhrase agrees with the count it introduces', () => {
  const subs = { qualifiers: ['vegetarian'], head: 'cold subs', tail: '' };
  it.each([
    [subs, 3, 'the vegetarian cold subs'],
    [subs, 1, 'the one vegetarian cold sub'],
    [{ qualifiers: [], head: 'dishes', tail: ' without gluten' }, 1, 'the one dish without gluten'],
    [
      { qualifiers: ['mild'], head: 'burritos & bowls', tail: '' },
      1,
      'the one mild dish from our burritos & bowls',
    ],
    [{ qualifiers: [], head: 'our menu', tail: '' }, 40, 'our menu'],
    [{ qualifiers: [], head: 'breakfast', tail: '' }, 6, 'the breakfast items'],
    [{ qualifiers: ['vegan'], head: 'brewed coffee', tail: '' }, 2, 'the vegan brewed coffee items'],
    [{ qualifiers: [], head: 'tea & more', tail: '' }, 5, 'the tea & more items'],
    [{ qualifiers: [], head: 'burritos & bowls', tail: '' }, 5, 'the burritos & bowls'],
  ])('%j × %i → "%s"', (what, count, phrase) => {
    expect(listedNounPhrase(what, count)).toBe(phrase);
  });
});

describe('a browse reply agrees with how many dishes it lists', () => {
  it('one vegetarian sub is "the one vegetarian cold sub"', async () => {
    const c = await converse('torpedo', ['show me the vegetarian subs']);
    expect(replyText(c.last)).toMatch(/^(Here is|Sure,) the one vegetarian cold sub:/);
  });
  it('several mild dishes are "the mild dishes", with "are"', async () => {
    const c = await converse('taqueria', ['anything not spicy?']);
    expect(replyText(c.last)).toMatch(/^(?:(?:Here are|Sure,) the mild dishes:|We have \d+ mild dishes\.)/);
  });
});
