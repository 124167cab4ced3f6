import { describe, expect, it } from 'vitest';
import { textDeltas } from './reply-parts.ts';

describe('textDeltas', () => {
  it('cuts after every fourth word, each word keeping its spaces', () => {
    expect(textDeltas('one two three four five six')).toEqual(['one two three four ', 'five six']);
    expect(textDeltas('a  b\tc\nd e ')).toEqual(['a  b\tc\nd ', 'e ']);
  });

  it('counts spaces that open the text as a word, and any kind of space as a space', () => {
    expect(textDeltas('  hello big wide world')).toEqual(['  hello big wide ', 'world']);
    expect(textDeltas('un\u00a0deux\u2028trois quatre cinq')).toEqual([
      'un\u00a0deux\u2028trois quatre ',
      'cinq',
    ]);
  });

  it('gives nothing for the empty text and the spaces alone for a text of spaces', () => {
    expect(textDeltas('')).toEqual([]);
    expect(textDeltas('   ')).toEqual(['   ']);
  });

  it('takes other numbers of words per delta, and the deltas always join into the text', () => {
    expect(textDeltas(' a b c', 1)).toEqual([' ', 'a ', 'b ', 'c']);
    expect(textDeltas('a b c d e', 2)).toEqual(['a b ', 'c d ', 'e']);
    const text = ' Sure, vegan mains:\n\nMasala Dosa ($12.99), Chana Masala  and more. ';
    for (const n of [1, 2, 3, 4, 7]) expect(textDeltas(text, n).join('')).toBe(text);
  });
});
