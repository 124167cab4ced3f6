import { describe, expect, it } from 'vitest';
import type { IndexMatch, KnowledgeChunk, KnowledgeIndex } from '../../core/ports/knowledge-retriever.ts';
import { KnowledgeUnavailableError } from '../../errors/knowledge-unavailable-error.ts';
import { HashingEmbedder } from '../embed/hashing-embedder.ts';
import { HybridRetriever } from './hybrid-retriever.ts';
import { normalizeQuery } from './normalize-query.ts';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.ts';

const chunk = (id: string, text: string): KnowledgeChunk => ({
  id,
  text,
  context: 'Doc',
  source: { kind: 'document', document: 'doc', title: 'Doc', section: 'Doc' },
});

/** An index whose two searches return fixed lists, recording the filters passed down. */
function scriptedIndex(text: IndexMatch[], vector: IndexMatch[]) {
  const filters: unknown[] = [];
  const index = {
    name: 'scripted',
    searchText: async (_t: string, _k: number, f?: unknown) => {
      filters.push(f);
      return text;
    },
    searchVector: async (_v: readonly number[], _k: number, f?: unknown) => {
      filters.push(f);
      return vector;
    },
  } as unknown as KnowledgeIndex;
  return { index, filters };
}

describe('reciprocalRankFusion', () => {
  it('scores Σ 1/(60 + rank): an id high in both lists beats one first in only one', () => {
    const fused = reciprocalRankFusion([
      ['a', 'b', 'c'],
      ['b', 'd', 'a'],
    ]);
    expect(fused.map((f) => f.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(fused[0]?.score).toBeCloseTo(1 / 62 + 1 / 61, 12);
  });
});

describe('HybridRetriever', () => {
  const a = chunk('doc#1', 'Delivery fee: $3.99 per order.');
  const b = chunk('doc#2', 'Cards: Visa and Mastercard.');
  const c = chunk('doc#3', 'We close at 10 pm.');

  it('fuses in hybrid mode, keeps one list in text or vector mode, and passes filters down', async () => {
    const { index, filters } = scriptedIndex(
      [
        { chunk: b, score: 9 },
        { chunk: a, score: 5 },
      ],
      [
        { chunk: a, score: 0.7 },
        { chunk: c, score: 0.4 },
      ],
    );
    const r = new HybridRetriever(new HashingEmbedder(), index);
    expect((await r.search({ text: 'delivery fee', mode: 'hybrid' })).map((h) => h.chunk.id)[0]).toBe(
      'doc#1',
    );
    expect((await r.search({ text: 'delivery fee', mode: 'text' })).map((h) => h.chunk.id)).toEqual([
      'doc#2',
      'doc#1',
    ]);
    expect((await r.search({ text: 'delivery fee', mode: 'vector' })).map((h) => h.chunk.id)).toEqual([
      'doc#1',
      'doc#3',
    ]);
    await r.search({ text: 'x', filter: { kind: 'menu' } });
    expect(filters.at(-1)).toEqual({ kind: 'menu' });
  });

  it('gives high confidence to a passage covering the question, low to an unrelated one', async () => {
    const { index } = scriptedIndex(
      [],
      [
        { chunk: a, score: 0.6 },
        { chunk: b, score: 0.05 },
      ],
    );
    const hits = await new HybridRetriever(new HashingEmbedder(), index).search({
      text: 'how much is the delivery fee?',
      mode: 'vector',
    });
    expect(hits[0]?.confidence).toBeGreaterThan(0.6);
    expect(hits[1]?.confidence).toBeLessThan(0.3);
    for (const h of hits) expect(h.confidence).toBeLessThanOrEqual(1);
  });

  it('returns nothing for an empty question and wraps an index failure in KnowledgeUnavailableError', async () => {
    const broken = {
      searchText: async () => Promise.reject(new Error('down')),
      searchVector: async () => [],
    } as unknown as KnowledgeIndex;
    const r = new HybridRetriever(new HashingEmbedder(), broken);
    expect(await r.search({ text: '?!' })).toEqual([]);
    await expect(r.search({ text: 'hours' })).rejects.toBeInstanceOf(KnowledgeUnavailableError);
  });
});

describe('normalizeQuery', () => {
  it('reads chat spellings and names the weekday of a relative day in the venue time zone', () => {
    // 2026-12-03T03:00Z is Wednesday evening in Chicago, already Thursday in UTC.
    const clock = { now: new Date('2026-12-03T03:00:00Z'), timeZone: 'America/Chicago' };
    expect(normalizeQuery('wen do u close 2nite?', clock)).toBe('when do you close tonight wednesday');
    expect(normalizeQuery('Open tmrw?', clock)).toBe('open tomorrow thursday');
    expect(normalizeQuery("What's on?")).toBe('what on');
  });

  it('joins a phrasal verb split by a pronoun object', () => {
    expect(normalizeQuery('can my friend pick them up')).toBe('can my friend pick up them');
    expect(normalizeQuery('drop it off at 5')).toBe('drop off it at 5');
  });

  it('adds the weekday only when the question asks about a time', () => {
    const clock = { now: new Date('2026-12-03T03:00:00Z'), timeZone: 'America/Chicago' };
    // about the patio, not the hours table
    expect(normalizeQuery('is the terrace busy tonight', clock)).toBe('is the terrace busy tonight');
    expect(normalizeQuery('how late is the kitchen serving tonight', clock)).toBe(
      'how late is the kitchen serving tonight wednesday',
    );
  });
});
