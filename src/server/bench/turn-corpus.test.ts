import { describe, expect, it } from 'vitest';
import { buildTurnCorpus, conversationsFrom } from './turn-corpus.ts';

describe('buildTurnCorpus', () => {
  it('draws every step of a conversation from the tuned eval files of the venue', () => {
    const corpus = buildTurnCorpus('spice-route');
    for (const list of Object.values(corpus)) expect(list.length).toBeGreaterThan(0);
    expect(corpus.order.length).toBeGreaterThan(20);
    expect(corpus.question.length).toBeGreaterThan(20);
    expect(corpus.fulfillment).toContain('pickup');
  });

  it('refuses a held-out venue', () => {
    expect(() => buildTurnCorpus('burgers')).toThrow(/held-out/);
  });
});

describe('conversationsFrom', () => {
  it('gives each session a 14-turn conversation, the same for the same seed, varied across sessions', () => {
    const corpus = buildTurnCorpus('spice-route');
    const a = conversationsFrom(corpus, 200);
    expect(a).toHaveLength(200);
    expect(a.every((c) => c.length === 14)).toBe(true);
    expect(conversationsFrom(corpus, 200)).toEqual(a);
    expect(new Set(a.map((c) => c[3])).size).toBeGreaterThan(20);
    expect(corpus.greet).toContain(a[0]![0]);
    expect(corpus.confirm).toContain(a[0]![13]);
  });
});
