import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { saysRemoval } from './split-removal.ts';

const says = (text: string) => saysRemoval(normalize(text).tokens);

describe('saysRemoval', () => {
  it.each([
    'remove the dal',
    'get rid of the lamb',
    'take the naan off',
    'leave the raita out',
    'cross the lassi off',
  ])('"%s" removes', (text) => expect(says(text)).toBe(true));
  it.each(['take a naan', 'I will take it to go', 'leave it', 'knock knock', 'make the dal mild'])(
    '"%s" does not',
    (text) => expect(says(text)).toBe(false),
  );
});
