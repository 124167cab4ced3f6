import { describe, expect, it } from 'vitest';
import { typoSmallTalk } from './smalltalk-typo.ts';
import { fixtureUnderstanding } from './test-fixture.ts';

describe('a lone mistyped small-talk word', () => {
  it('is read as the greeting, thanks or goodbye it is one letter from', () => {
    expect(typoSmallTalk('helo')).toBe('greet');
    expect(typoSmallTalk('helllo')).toBe('greet');
    expect(typoSmallTalk('thnaks')).toBe('thanks');
    expect(typoSmallTalk('goodbey')).toBe('goodbye');
  });

  it('leaves exact cues, short words and far words alone', () => {
    expect(typoSmallTalk('hello')).toBeUndefined();
    expect(typoSmallTalk('yes')).toBeUndefined();
    expect(typoSmallTalk('help')).toBeUndefined();
    expect(typoSmallTalk('cheese')).toBeUndefined();
  });

  it('makes "helo" a greeting, but not inside a longer message', () => {
    const u = fixtureUnderstanding();
    expect(u.parse('helo').intents[0]?.intent).toBe('greet');
    expect(u.parse('helo world order').intents[0]?.intent).not.toBe('greet');
  });
});
