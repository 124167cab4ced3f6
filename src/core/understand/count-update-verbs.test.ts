import { describe, expect, it } from 'vitest';
import { countUpdateRewrite } from './count-update-verbs.ts';
import { normalize } from './normalize.ts';

/** "wings" and "fries" are dishes of this test's menu. */
const rewrite = (text: string) => {
  const tokens = normalize(text).tokens;
  return countUpdateRewrite(text, tokens, (i) => ['wings', 'fries'].includes(tokens[i]?.norm ?? ''));
};

describe('countUpdateRewrite', () => {
  it.each([
    ['bump it to 10', 'make it 10'],
    ['bump the wings up to 20', 'make the wings 20'],
    ['up it to 3', 'make it 3'],
    ['bring it to 4', 'make it 4'],
    ['take that down to two please', 'make that two please'],
    ['can you knock the fries down to 1', 'can you make the fries 1'],
    ['bump up to 6', 'make it 6'],
  ])('"%s" is read as "%s"', (text, said) => {
    expect(rewrite(text)).toBe(said);
  });

  it('leaves places, times, people and words with no count alone', () => {
    expect(rewrite('bring it to my house')).toBeUndefined();
    expect(rewrite('take me to 5')).toBeUndefined();
    expect(rewrite('move it to 7 pm')).toBeUndefined();
    expect(rewrite('bring us to 4 people')).toBeUndefined();
    expect(rewrite('add 2 more, up to 5')).toBeUndefined();
    expect(rewrite('raise the volume to 4')).toBeUndefined();
    expect(rewrite('set my oven to 350')).toBeUndefined();
  });

  it('leaves a verb that starts a word of the menu alone', () => {
    const text = 'bump it to 10';
    expect(countUpdateRewrite(text, normalize(text).tokens, (i) => i === 0)).toBeUndefined();
  });
});
