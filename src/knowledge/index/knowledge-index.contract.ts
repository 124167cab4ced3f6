import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  IndexedChunk,
  KnowledgeChunk,
  KnowledgeFilter,
  KnowledgeIndex,
} from '../../core/ports/knowledge-retriever.ts';

/**
 * The contract every `KnowledgeIndex` adapter passes (embedded, pgvector, Qdrant). It uses hand-made
 * chunks and hand-made unit vectors of {@link CONTRACT_DIMENSIONS} numbers, so it depends on no embedder.
 *
 * What it pins, beyond the port's docstrings:
 * - `searchText` matches by stem ("deliveries" ↔ "delivery", "close" ↔ "closes"), tolerates a one-letter
 *   typo (deletion, substitution, insertion) in a word of five letters or more, returns nothing for a
 *   query that shares no word with any chunk, and never throws on punctuation or query-language operators.
 * - `searchVector` returns the `k` nearest by cosine with no similarity floor (confidence is the
 *   retriever's business).
 * - Filters follow `matchesKnowledgeFilter` (`match-knowledge-filter.ts`): a chunk without the field fails.
 *
 * Usage, in an adapter's test file:
 * ```ts
 * describeKnowledgeIndexContract('pgvector on PGlite', async () => createIndexUnderTest());
 * describeKnowledgeIndexContract('qdrant', makeQdrant, { skip: process.env.QDRANT_URL ? undefined : 'QDRANT_URL not set' });
 * ```
 * `makeIndex` returns a fresh, empty, unopened index each call (its own collection); the suite opens and
 * closes it. `options.skip`: a reason to skip the whole suite, shown in the suite's name.
 */
export function describeKnowledgeIndexContract(
  name: string,
  makeIndex: () => Promise<KnowledgeIndex>,
  options: { skip?: string | undefined } = {},
): void {
  const title =
    options.skip === undefined
      ? `KnowledgeIndex contract: ${name}`
      : `KnowledgeIndex contract: ${name} (skipped: ${options.skip})`;
  describe.skipIf(options.skip !== undefined)(title, () => {
    let index: KnowledgeIndex;

    beforeEach(async () => {
      index = await makeIndex();
      await index.open(CONTRACT_DIMENSIONS);
    });

    afterEach(async () => {
      await index.close();
    });

    const seed = async (): Promise<void> => index.upsert(CONTRACT_ENTRIES);
    const ids = (matches: { chunk: KnowledgeChunk }[]): string[] => matches.map((m) => m.chunk.id);
    const all = async (filter: KnowledgeFilter): Promise<string[]> =>
      ids(await index.searchVector(EVERYWHERE, 100, filter)).sort();

    it('opens idempotently: a second open keeps what was stored', async () => {
      await seed();
      await index.open(CONTRACT_DIMENSIONS);
      expect(await index.count()).toBe(CONTRACT_ENTRIES.length);
    });

    it('counts what was upserted; an empty upsert changes nothing', async () => {
      expect(await index.count()).toBe(0);
      await seed();
      await index.upsert([]);
      expect(await index.count()).toBe(CONTRACT_ENTRIES.length);
    });

    it('gives back every field of a stored chunk', async () => {
      await seed();
      const [hit] = await index.searchVector(unit(4), 1);
      expect(hit?.chunk).toEqual(chunk('menu:margherita'));
      const [doc] = await index.searchVector(unit(2), 1);
      expect(doc?.chunk).toEqual(chunk('hours#1'));
    });

    it('replaces a chunk upserted again under the same id', async () => {
      await seed();
      const old = chunk('payment#1');
      await index.upsert([
        { chunk: { ...old, text: 'Cash only, sorry: no cards and no wallets.' }, vector: unit(3) },
      ]);
      expect(await index.count()).toBe(CONTRACT_ENTRIES.length);
      expect(ids(await index.searchText('cash', 5))).toEqual(['payment#1']);
      expect(ids(await index.searchText('google', 5))).toEqual([]);
    });

    it('finds by stem both ways: "deliveries" and "delivery", "close" and "closes"', async () => {
      await seed();
      expect(ids(await index.searchText('delivery', 5)).sort()).toEqual(['delivery#1', 'delivery#2']);
      expect(ids(await index.searchText('deliveries', 5)).sort()).toEqual(['delivery#1', 'delivery#2']);
      expect(ids(await index.searchText('close', 5))).toEqual(['hours#1']);
      expect(ids(await index.searchText('wallet', 5))).toEqual(['payment#1']);
    });

    it.each([
      ['margerita', 'menu:margherita'],
      ['ginjer', 'menu:tofu-bowl'],
      ['celerry', 'menu:chicken-wings'],
    ])('tolerates a one-letter typo: "%s" finds %s first', async (query, expected) => {
      await seed();
      const [first] = await index.searchText(query, 5);
      expect(first?.chunk.id).toBe(expected);
    });

    it('returns nothing for a query that shares no word with any chunk', async () => {
      await seed();
      expect(await index.searchText('zzyzx', 5)).toEqual([]);
      expect(await index.searchText('', 5)).toEqual([]);
    });

    it('takes punctuation and query-language operators as plain text', async () => {
      await seed();
      const found = ids(await index.searchText("what's the fees?! & | ' ; ( ) : * \\ -- drop table", 5));
      expect(found).toContain('delivery#1');
    });

    it('ranks full-text hits with scores descending and respects k', async () => {
      await seed();
      const hits = await index.searchText('delivery fees minimum order', 5);
      expect(hits[0]?.chunk.id).toBe('delivery#1');
      expectDescending(hits.map((h) => h.score));
      expect(await index.searchText('delivery', 1)).toHaveLength(1);
    });

    it('returns the nearest vectors by cosine first, scores descending, k respected', async () => {
      await seed();
      const query = normalise([0, 0, 0, 0, 0.9, 0.4, 0.1, 0]);
      const hits = await index.searchVector(query, 3);
      expect(ids(hits)).toEqual(['menu:margherita', 'menu:tofu-bowl', 'menu:peanut-noodles']);
      expectDescending(hits.map((h) => h.score));
      expect(hits[0]?.score ?? 0).toBeGreaterThan(hits[2]?.score ?? 1);
      expect(await index.searchVector(EVERYWHERE, 100)).toHaveLength(CONTRACT_ENTRIES.length);
    });

    it('filters by kind', async () => {
      await seed();
      expect(await all({ kind: 'document' })).toEqual(['delivery#1', 'delivery#2', 'hours#1', 'payment#1']);
      expect(await all({ kind: 'menu' })).toEqual(MENU_IDS);
    });

    it('filters by diet: vegetarian admits vegan; documents have no diet', async () => {
      await seed();
      expect(await all({ diet: 'vegetarian' })).toEqual([
        'menu:margherita',
        'menu:peanut-noodles',
        'menu:tofu-bowl',
      ]);
      expect(await all({ diet: 'vegan' })).toEqual(['menu:peanut-noodles', 'menu:tofu-bowl']);
      expect(await all({ diet: 'non-vegetarian' })).toEqual(['menu:chicken-wings']);
    });

    it('filters allergen-free: any listed allergen excludes; none declared passes; no field fails', async () => {
      await seed();
      expect(await all({ allergenFree: ['peanuts'] })).toEqual([
        'menu:chicken-wings',
        'menu:margherita',
        'menu:tofu-bowl',
      ]);
      expect(await all({ allergenFree: ['gluten', 'soy'] })).toEqual(['menu:chicken-wings']);
      expect(await all({ allergenFree: [] })).toEqual(MENU_IDS);
    });

    it('filters by category and combines filters', async () => {
      await seed();
      expect(await all({ category: 'pizzas' })).toEqual(['menu:margherita']);
      expect(await all({ diet: 'vegan', allergenFree: ['peanuts'] })).toEqual(['menu:tofu-bowl']);
      expect(await all({ kind: 'document', category: 'pizzas' })).toEqual([]);
    });

    it('applies filters to full-text search too', async () => {
      await seed();
      expect(
        ids(await index.searchText('noodles bowl wings margherita', 10, { diet: 'vegan' })).sort(),
      ).toEqual(['menu:peanut-noodles', 'menu:tofu-bowl']);
      expect(await index.searchText('delivery', 5, { kind: 'menu' })).toEqual([]);
    });

    it('removes by document and by kind, saying how many went', async () => {
      await seed();
      expect(await index.remove({ document: 'delivery' })).toBe(2);
      expect(await index.count()).toBe(CONTRACT_ENTRIES.length - 2);
      expect(await index.searchText('delivery', 5)).toEqual([]);
      expect(await index.remove({ document: 'delivery' })).toBe(0);
      expect(await index.remove({ kind: 'menu' })).toBe(MENU_IDS.length);
      expect(await all({})).toEqual(['hours#1', 'payment#1']);
    });

    it('round-trips meta', async () => {
      expect(await index.getMeta('menuVersion')).toBeUndefined();
      await index.setMeta('menuVersion', 'v1');
      await index.setMeta('embedder', 'hashing-v1');
      await index.setMeta('menuVersion', 'v2');
      expect(await index.getMeta('menuVersion')).toBe('v2');
      expect(await index.getMeta('embedder')).toBe('hashing-v1');
      expect(await index.count()).toBe(0);
    });
  });
}

/** The vectors' dimensions in the contract suite. */
export const CONTRACT_DIMENSIONS = 8;

const MENU_IDS = ['menu:chicken-wings', 'menu:margherita', 'menu:peanut-noodles', 'menu:tofu-bowl'];

function doc(id: string, document: string, title: string, section: string, text: string): KnowledgeChunk {
  const context = section === title ? title : `${title} > ${section}`;
  return { id, text, context, source: { kind: 'document', document, title, section } };
}

function menu(
  itemId: string,
  section: string,
  text: string,
  extra: Pick<KnowledgeChunk, 'diet' | 'allergens' | 'category'>,
): KnowledgeChunk {
  return {
    id: `menu:${itemId}`,
    text,
    context: `Menu > ${section}`,
    source: { kind: 'menu', document: 'menu', title: 'Menu', section, itemId },
    ...extra,
    menuVersion: 'v1',
  };
}

/** The contract's chunks; chunk `i` has the unit vector along axis `i`. */
export const CONTRACT_CHUNKS: readonly KnowledgeChunk[] = [
  doc(
    'delivery#1',
    'delivery',
    'Delivery Areas and Fees',
    'Fees and minimums',
    'Deliveries within three miles cost $3.99, and the minimum order is $15.',
  ),
  doc(
    'delivery#2',
    'delivery',
    'Delivery Areas and Fees',
    'Areas',
    'We bring orders to Riverside, Oldtown and the harbour.',
  ),
  doc(
    'hours#1',
    'hours',
    'Opening Hours',
    'Opening Hours',
    'We open every day at 11am; the kitchen closes at 9:30pm.',
  ),
  doc('payment#1', 'payment', 'Payment', 'Wallets', 'We accept Google Pay and Apple Pay at the door.'),
  menu('margherita', 'Pizzas', 'Margherita: tomato, mozzarella and basil on a thin crust.', {
    diet: 'vegetarian',
    allergens: ['gluten', 'milk'],
    category: 'pizzas',
  }),
  menu('tofu-bowl', 'Bowls', 'Tofu bowl: rice, edamame and ginger dressing.', {
    diet: 'vegan',
    allergens: ['soy'],
    category: 'bowls',
  }),
  menu('peanut-noodles', 'Mains', 'Peanut noodles: wheat noodles in a peanut and chilli sauce.', {
    diet: 'vegan',
    allergens: ['peanuts', 'gluten'],
    category: 'mains',
  }),
  menu('chicken-wings', 'Starters', 'Chicken wings: fried wings with celery sticks.', {
    diet: 'non-vegetarian',
    allergens: [],
    category: 'starters',
  }),
];

/** The contract's chunks with their vectors, as upserted. */
export const CONTRACT_ENTRIES: readonly IndexedChunk[] = CONTRACT_CHUNKS.map((c, i) => ({
  chunk: c,
  vector: unit(i),
}));

/** Equally near every chunk: a vector search with it and a large k lists whatever passes the filter. */
const EVERYWHERE = normalise(Array.from({ length: CONTRACT_DIMENSIONS }, () => 1));

function chunk(id: string): KnowledgeChunk {
  const found = CONTRACT_CHUNKS.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no contract chunk ${id}`);
  return found;
}

function unit(axis: number): number[] {
  return Array.from({ length: CONTRACT_DIMENSIONS }, (_, i) => (i === axis ? 1 : 0));
}

function normalise(v: number[]): number[] {
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

function expectDescending(scores: number[]): void {
  for (let i = 1; i < scores.length; i++)
    expect(scores[i]).toBeLessThanOrEqual(scores[i - 1] ?? Number.POSITIVE_INFINITY);
}
