import { describe, expect, it } from 'vitest';
import { readAttributePointer } from './attribute-pointer.ts';

describe('readAttributePointer', () => {
  it.each([
    ['the mild one', 'mild', false, 1],
    ["I'll go with the dairy free one please", 'dairy free', false, 1],
    ['the one without nuts', 'without nuts', false, 1],
    ['2 of the cheapest one', 'cheapest', false, 2],
    ['the cheapest please', 'cheapest', false, 1],
    ['which is the spicy one?', 'spicy', true, 1],
    ['which one is vegan?', 'vegan', true, 1],
    ['the chicken one', 'chicken', false, 1],
  ])('"%s" points by "%s"', (text, words, asked, quantity) => {
    expect(readAttributePointer(text)).toEqual({ words, asked, quantity });
  });

  it.each([
    'the second one',
    'the last one',
    'the other one',
    'remove the spicy one',
    'a large pepperoni',
    'what do you recommend',
  ])('"%s" points by no property', (text) => {
    expect(readAttributePointer(text)).toBeUndefined();
  });
});
