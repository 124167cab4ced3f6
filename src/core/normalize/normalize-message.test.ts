import { describe, expect, it } from 'vitest';
import { normalizeMessage } from './normalize-message.ts';

describe('normalizeMessage', () => {
  it('cleans a message within the limit and reports no cut', () => {
    expect(normalizeMessage('  two\tsamosas\n please \u0007 ', 2000)).toEqual({
      text: 'two samosas please',
      cut: false,
      length: 18,
    });
  });

  it('keeps a message of exactly the limit whole', () => {
    const text = 'a'.repeat(2000);
    expect(normalizeMessage(text, 2000)).toEqual({ text, cut: false, length: 2000 });
  });

  it('cuts a longer message, says so, and does not cut a word in half', () => {
    const words = 'two samosas and a mango lassi please '.repeat(80).trim();
    const out = normalizeMessage(words, 2000);
    expect(out.cut).toBe(true);
    expect(out.length).toBe(words.length);
    expect(out.text.length).toBeLessThanOrEqual(2000);
    expect(out.text.length).toBeGreaterThan(1800);
    expect(words.startsWith(out.text)).toBe(true);
    expect(words[out.text.length]).toBe(' ');
  });

  it('cuts one long word at the limit and never splits a surrogate pair', () => {
    expect(normalizeMessage('x'.repeat(2500), 2000)).toMatchObject({ text: 'x'.repeat(2000), cut: true });
    const emoji = `${'a'.repeat(1999)}😀😀`;
    const out = normalizeMessage(emoji, 2000);
    expect(out.text).toBe('a'.repeat(1999));
    expect(out.cut).toBe(true);
  });
});
