import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { relativePronouns } from './relative-clause.ts';

const at = (text: string) => [...relativePronouns(normalize(text).tokens)];

describe('relative pronouns about the dishes asked for', () => {
  it.each([
    ['anything that is not spicy', [1]],
    ['what do you have that is vegan', [4]],
    ['dishes which have no nuts', [1]],
    ['something that comes with rice', [1]],
  ])('"%s" opens a relative clause', (text, indices) => {
    expect(at(text)).toEqual(indices);
  });

  it.each(['is that spicy', 'what about that', 'i will take that', 'does that have nuts', 'that is all'])(
    '"%s" has no relative pronoun: the "that" is the dish',
    (text) => {
      expect(at(text)).toEqual([]);
    },
  );
});
