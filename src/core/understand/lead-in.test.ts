import { describe, expect, it } from 'vitest';
import { afterLeadIn } from './lead-in.ts';
import { normalize } from './normalize.ts';
import { asksAboutPronoun } from './pronoun-subject.ts';

const rest = (text: string) => {
  const { tokens } = normalize(text);
  return tokens
    .slice(afterLeadIn(tokens))
    .filter((t) => !t.punct)
    .map((t) => t.norm)
    .join(' ');
};

describe('afterLeadIn', () => {
  it.each([
    ['one question, is it vegan?', 'is it vegan'],
    ['quick q - does it have nuts', 'does it have nuts'],
    ['oh and by the way, is it spicy?', 'is it spicy'],
    ['sorry, one more thing: is that halal?', 'is that halal'],
    ['is it vegan?', 'is it vegan'],
  ])('"%s" goes on at "%s"', (text, after) => {
    expect(rest(text)).toBe(after);
  });

  it('a lead-in alone leads into nothing: the whole message stays', () => {
    expect(rest('one question')).toBe('one question');
  });
});

describe('a question about "it" after a lead-in', () => {
  it.each([
    'one question, is it vegan?',
    'also, how spicy is it?',
    'i was wondering, does it contain dairy?',
  ])('"%s" asks about "it"', (text) => {
    expect(asksAboutPronoun(normalize(text).tokens)).toBe(true);
  });
});
