import { describe, expect, it } from 'vitest';
import { HashingEmbedder } from './hashing-embedder.ts';
import { textFeatures } from './text-features.ts';

const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('HashingEmbedder', () => {
  const e = new HashingEmbedder();

  it('returns deterministic unit vectors of its dimensions, even for an empty text', async () => {
    const [a, b, empty] = await e.embed([
      'Delivery fee: $3.99 per order.',
      'Delivery fee: $3.99 per order.',
      '?!',
    ]);
    expect(a).toHaveLength(512);
    expect(Math.hypot(...a!)).toBeCloseTo(1, 9);
    expect(b).toEqual(a);
    expect(Math.hypot(...empty!)).toBeCloseTo(1, 9);
  });

  it('brings paraphrases together through the concept lexicon', () => {
    const q = e.embedOne('how much extra to bring it to my house');
    const fee = e.embedOne('Delivery fee: $3.99 per order');
    const cards = e.embedOne('Cards: we accept Visa and Mastercard');
    expect(cos(q, fee)).toBeGreaterThan(cos(q, cards));
    expect(textFeatures('can I bring my own wine?').concepts.has('alcohol')).toBe(true);
  });

  it('tolerates a typo through character n-grams', () => {
    const typo = e.embedOne('margerita');
    expect(cos(typo, e.embedOne('margherita'))).toBeGreaterThan(cos(typo, e.embedOne('pepperoni')));
  });

  it('matches the longest lexicon phrase: "how far ahead" is notice, not distance', () => {
    const f = textFeatures('catering for 120 people, how far ahead');
    expect(f.concepts.has('advance')).toBe(true);
    expect(f.concepts.has('area')).toBe(false);
  });

  it('names its settings in its id, so an index built with other settings is rebuilt', () => {
    expect(new HashingEmbedder({ dimensions: 256 }).id).not.toBe(e.id);
  });
});

describe('compounds named like another concept', () => {
  it('"root beer" is a soft drink, not alcohol; "beer" alone is alcohol', () => {
    expect([...textFeatures('A&W Root Beer, caffeine free').concepts.keys()]).not.toContain('alcohol');
    expect([...textFeatures('A&W Root Beer, caffeine free').concepts.keys()]).toContain('drink');
    expect([...textFeatures('do you sell beer?').concepts.keys()]).toContain('alcohol');
  });
});
