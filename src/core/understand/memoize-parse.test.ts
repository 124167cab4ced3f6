import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { memoizeParse, PARSE_MEMO_MAX_TEXT } from './memoize-parse.ts';
import type { ParseContext, ParseResult } from './parse-result.ts';
import { createUnderstanding } from './understanding.ts';

/** A stand-in reading that records its calls and says what it read. */
function countingParse() {
  const calls: string[] = [];
  const parse = (text: string, context?: ParseContext): ParseResult => {
    calls.push(text);
    return {
      text,
      intents: [{ intent: context?.expecting === 'confirmation' ? 'affirm' : 'greet', confidence: 0.9 }],
      lines: [],
      unresolved: [],
    } as unknown as ParseResult;
  };
  return { parse, calls };
}

describe('memoizeParse', () => {
  it('reads a message once per context and answers again from memory', () => {
    const { parse, calls } = countingParse();
    const read = memoizeParse(parse);
    const first = read('yes');
    expect(read('yes')).toEqual(first);
    expect(calls).toEqual(['yes']);
    // another context is another reading
    const confirming = read('yes', { expecting: 'confirmation' });
    expect(confirming.intents[0]?.intent).toBe('affirm');
    expect(read('yes', { expecting: 'confirmation', cart: ['a'] }).intents[0]?.intent).toBe('affirm');
    expect(calls).toEqual(['yes', 'yes', 'yes']);
  });

  it('hands out copies: a caller changing its reading changes no later one', () => {
    const { parse } = countingParse();
    const read = memoizeParse(parse);
    const first = read('hi');
    first.intents.push({ intent: 'thanks', confidence: 1 });
    const second = read('hi');
    expect(second.intents).toHaveLength(1);
    second.intents.length = 0;
    expect(read('hi').intents).toHaveLength(1);
  });

  it('keeps at most its number of entries (least recently used out) and skips long messages', () => {
    const { parse, calls } = countingParse();
    const read = memoizeParse(parse, 2);
    read('a');
    read('b');
    read('a'); // a is now the most recent
    read('c'); // drops b
    read('a');
    read('b');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
    const long = 'x'.repeat(PARSE_MEMO_MAX_TEXT + 1);
    read(long);
    read(long);
    expect(calls.filter((t) => t === long)).toHaveLength(2);
  });

  it("gives the venue's understanding the same readings as a fresh one", () => {
    const venue = loadVenue('spice-route');
    const used = createUnderstanding(venue.menu, venue.moods, venue.documents);
    const messages = ['hi', 'two samosas please', 'what vegan dishes do you have?', 'show my cart'];
    for (const text of messages) used.parse(text, { cart: ['samosa'] });
    for (const text of messages) {
      const fresh = createUnderstanding(venue.menu, venue.moods, venue.documents);
      expect(used.parse(text, { cart: ['samosa'] })).toEqual(fresh.parse(text, { cart: ['samosa'] }));
    }
  });
});
