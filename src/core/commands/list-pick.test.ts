import { describe, expect, it } from 'vitest';
import { readListPick } from './list-pick.ts';

describe('readListPick', () => {
  it.each([
    ['the first one please', 1, 1],
    ["i'll take the second one", 2, 1],
    ['ill get 2 of the first one', 1, 2],
    ['two of the last one', -1, 2],
    ['number 3 please', 3, 1],
    ['#4', 4, 1],
    ['option two', 2, 1],
    ['second one', 2, 1],
    ['the 3rd', 3, 1],
    ['third', 3, 1],
    ['can i get three of the fifth item', 5, 3],
    ['gimme the second', 2, 1],
  ])('"%s" picks position %i, %i of it', (text, position, quantity) => {
    expect(readListPick(text)).toEqual({ position, quantity });
  });

  it.each([
    'remove the second one',
    'change the first one to large',
    'make the last one spicy',
    'is the first one spicy?',
    'what is in the second one',
    'when is the last order',
    'the first time i came here',
    'i want 2 burgers',
    'the last delivery slot',
    '',
  ])('"%s" is no pick', (text) => {
    expect(readListPick(text)).toBeUndefined();
  });
});
