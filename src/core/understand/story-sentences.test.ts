import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { messageSentences, storyTokens } from './story-sentences.ts';

describe('storyTokens', () => {
  it('marks the sentences that neither order nor ask, when another sentence orders', () => {
    const { tokens } = normalize('the naan here is fresh. we would like 2 samosas. do you deliver?');
    const sentences = messageSentences(tokens, []);
    expect(sentences.count).toBe(3);
    const story = storyTokens(
      sentences,
      tokens.map((t, i) => i >= tokens.findIndex((x) => x.norm === 'do')),
    );
    const naan = tokens.findIndex((t) => t.norm === 'naan');
    const samosas = tokens.findIndex((t) => t.norm === 'samosas');
    expect(story(naan)).toBe(true);
    expect(story(samosas)).toBe(false);
  });

  it('marks nothing in one sentence, or when no sentence orders', () => {
    const one = normalize('the naan here is fresh and 2 samosas please').tokens;
    expect(one.some((_, i) => storyTokens(messageSentences(one, []), [])(i))).toBe(false);
    const none = normalize('the naan is fresh. the chai is sweet.').tokens;
    expect(none.some((_, i) => storyTokens(messageSentences(none, []), [])(i))).toBe(false);
  });
});
