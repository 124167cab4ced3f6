import { type AnyOrama, create, insertMultiple, search } from '@orama/orama';
import { describe, expect, it } from 'vitest';
import { mulberry32 as random } from '../../testing/mulberry32.ts';
import { sparseVectorFind, useSparseVectorFind } from './sparse-vector-find.ts';

const DIMS = 96;

/** A vector with about `density` of its dimensions set, values in (-1, 1). */
function vectorOf(next: () => number, density: number): number[] {
  return Array.from({ length: DIMS }, () => (next() < density ? next() * 2 - 1 : 0));
}

async function database(): Promise<AnyOrama> {
  const db = create({
    schema: { kind: 'enum', vector: `vector[${DIMS}]` } as const,
  }) as unknown as AnyOrama;
  const next = random(7);
  await insertMultiple(
    db,
    Array.from({ length: 200 }, (_, i) => ({
      id: `d${i}`,
      kind: i % 3 === 0 ? 'menu' : 'document',
      vector: vectorOf(next, i % 5 === 0 ? 1 : 0.15),
    })),
  );
  return db;
}

const vectorSearch = (db: AnyOrama, value: number[], similarity: number, filtered: boolean) =>
  search(db, {
    mode: 'vector',
    vector: { value: [...value], property: 'vector' },
    similarity,
    limit: 30,
    ...(filtered ? { where: { kind: { eq: 'document' } } } : {}),
  });

describe('sparseVectorFind', () => {
  it('finds what Orama finds, with the same similarities to the last bit, in the same order', async () => {
    const db = await database();
    const node = (
      db.data as unknown as {
        index: { vectorIndexes: Record<string, { node: { find: typeof sparseVectorFind } }> };
      }
    ).index.vectorIndexes.vector!.node;
    const orama = node.find.bind(node);
    const next = random(11);
    for (let q = 0; q < 20; q++) {
      const query = vectorOf(next, q % 4 === 0 ? 1 : 0.1);
      for (const similarity of [-1, 0, 0.2])
        expect(sparseVectorFind.call(node, query, similarity)).toEqual(orama(query, similarity));
    }
  });

  it('leaves vector searches (filtered or not) answering as before once installed', async () => {
    const db = await database();
    const next = random(23);
    const queries = Array.from({ length: 12 }, (_, q) => vectorOf(next, q % 3 === 0 ? 1 : 0.12));
    const before = [];
    for (const query of queries)
      for (const filtered of [false, true]) before.push((await vectorSearch(db, query, -1, filtered)).hits);
    useSparseVectorFind(db, 'vector');
    useSparseVectorFind(db, 'vector'); // idempotent
    const after = [];
    for (const query of queries)
      for (const filtered of [false, true]) after.push((await vectorSearch(db, query, -1, filtered)).hits);
    expect(after.map((hits) => hits.map((h) => [h.id, h.score]))).toEqual(
      before.map((hits) => hits.map((h) => [h.id, h.score])),
    );
  });

  it('ignores a database without that vector index', async () => {
    const db = await database();
    expect(() => useSparseVectorFind(db, 'missing')).not.toThrow();
  });
});
