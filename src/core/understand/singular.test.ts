import { describe, expect, it } from 'vitest';
import { foldWord } from './normalize.ts';
import { singularOf } from './singular.ts';

describe('plural folding', () => {
  it('folds regular and irregular plurals', () => {
    expect(['pizzas', 'tomatoes', 'curries', 'sandwiches', 'knives', 'bhajis'].map(singularOf)).toEqual([
      'pizza',
      'tomato',
      'curry',
      'sandwich',
      'knife',
      'bhaji',
    ]);
  });

  it('keeps food words in -ie whole', () => {
    expect(['brownies', 'cookies', 'smoothies'].map(singularOf)).toEqual(['brownie', 'cookie', 'smoothie']);
  });

  it('leaves words that only look plural', () => {
    expect(['yes', 'hummus', 'glass', 'is', 'us'].map(foldWord)).toEqual([
      'yes',
      'hummus',
      'glass',
      'is',
      'us',
    ]);
  });
});
