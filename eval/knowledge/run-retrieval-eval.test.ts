import { describe, expect, it } from 'vitest';
import type { KnowledgeChunk } from '../../src/core/ports/knowledge-retriever.ts';
import { SAMPLE_QUESTIONS } from './fixtures/sample-questions.ts';
import { isExpectedChunk, runRetrievalEval, scoreRanks } from './run-retrieval-eval.ts';

const row: KnowledgeChunk = {
  id: 'hours#4',
  text: 'Wednesday: Dining room and pickup 11:30 am – 9:30 pm; Kitchen last orders 9:00 pm',
  context: 'Opening Hours',
  source: { kind: 'document', document: 'hours', title: 'Opening Hours', section: 'Opening Hours' },
};

describe('retrieval eval', () => {
  it('scores ranks as recall@1/3/5 and MRR', () => {
    expect(scoreRanks([1, 2, null, 5])).toEqual({
      questions: 4,
      recallAt1: 0.25,
      recallAt3: 0.5,
      recallAt5: 0.75,
      mrr: (1 + 0.5 + 0.2) / 4,
    });
  });

  it('matches passages by the README rule, table passages cell by cell in order', () => {
    expect(isExpectedChunk(row, { document: 'hours', passage: ['Wednesday | 11:30 am – 9:30 pm'] })).toBe(
      true,
    );
    expect(isExpectedChunk(row, { document: 'hours', passage: ['9:30 pm | Wednesday'] })).toBe(false);
    expect(isExpectedChunk(row, { document: 'delivery', passage: ['Wednesday'] })).toBe(false);
    expect(isExpectedChunk(row, { document: 'hours', passage: ['**kitchen** last orders'] })).toBe(true);
  });

  it('runs every question in the three modes over the sample venues', async () => {
    const result = await runRetrievalEval(SAMPLE_QUESTIONS);
    expect(Object.keys(result.venues)).toEqual(['pizzeria', 'spice-route']);
    expect(result.overall.hybrid.questions).toBe(8);
    expect(result.overall.hybrid.recallAt5).toBeGreaterThanOrEqual(0.75);
    for (const mode of ['hybrid', 'text', 'vector'] as const) {
      const s = result.overall[mode];
      expect(s.recallAt1).toBeLessThanOrEqual(s.recallAt3);
      expect(s.recallAt3).toBeLessThanOrEqual(s.recallAt5);
    }
  });
});

describe('venueLocalToUtc', () => {
  it('reads a wall-clock time in the venue time zone', async () => {
    const { venueLocalToUtc } = await import('./run-retrieval-eval.ts');
    expect(venueLocalToUtc('2026-12-02T18:00', 'America/Chicago').toISOString()).toBe(
      '2026-12-03T00:00:00.000Z',
    );
    expect(venueLocalToUtc('2026-07-02T18:00', 'America/Los_Angeles').toISOString()).toBe(
      '2026-07-03T01:00:00.000Z',
    );
  });
});
