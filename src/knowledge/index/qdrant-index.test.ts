import { randomBytes } from 'node:crypto';
import { QdrantClient } from '@qdrant/js-client-rest';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeIndexError } from '../../errors/index.ts';
import { FakeQdrantServer } from './fake-qdrant-server.ts';
import {
  CONTRACT_CHUNKS,
  CONTRACT_DIMENSIONS,
  CONTRACT_ENTRIES,
  describeKnowledgeIndexContract,
} from './knowledge-index.contract.ts';
import { createQdrantIndex, pointId, type QdrantIndex } from './qdrant-index.ts';
import { documentSparseVector, querySparseVector } from './sparse-text-vector.ts';

const QDRANT_URL = process.env.QDRANT_URL;
const runId = randomBytes(4).toString('hex');
let collections = 0;

/** Collections the real-server suite made, deleted after it. */
const made: string[] = [];
afterAll(async () => {
  if (QDRANT_URL === undefined) return;
  const client = new QdrantClient({ url: QDRANT_URL, checkCompatibility: false });
  for (const name of made) {
    await client.deleteCollection(name).catch(() => {});
    await client.deleteCollection(`${name}_meta`).catch(() => {});
  }
});

describeKnowledgeIndexContract(
  'qdrant',
  async () => {
    const index = createQdrantIndex({
      url: QDRANT_URL ?? '',
      collection: `contract_${runId}_${++collections}`,
    });
    made.push(index.collection);
    return index;
  },
  {
    skip:
      QDRANT_URL === undefined
        ? 'QDRANT_URL is not set (see docs/knowledge.md, "Index adapters")'
        : undefined,
  },
);

let fake: FakeQdrantServer | undefined;
afterAll(async () => {
  await fake?.stop();
});

describeKnowledgeIndexContract(
  'qdrant adapter on the in-memory fake Qdrant (not a real server)',
  async () => {
    fake ??= await FakeQdrantServer.start();
    return createQdrantIndex({ url: fake.url, collection: `contract_${++collections}` });
  },
);

describe('qdrant index: the requests it sends (fake Qdrant on loopback)', () => {
  let server: FakeQdrantServer;
  let index: QdrantIndex;

  beforeEach(async () => {
    server = await FakeQdrantServer.start();
    index = createQdrantIndex({ url: server.url, collection: 'Venue One' });
  });

  afterEach(async () => {
    await index.close();
    await server.stop();
  });

  it('creates the collection with a cosine dense vector, an IDF sparse vector and payload indexes', async () => {
    await index.open(CONTRACT_DIMENSIONS);
    expect(index.collection).toBe('maitre_venue_one');
    const [create] = server.requestsTo('PUT', '/collections/maitre_venue_one');
    expect(create?.body).toEqual({
      vectors: { dense: { size: 8, distance: 'Cosine' } },
      sparse_vectors: { text: { modifier: 'idf' } },
    });
    const indexed = server.requestsTo('PUT', '/collections/maitre_venue_one/index').map((r) => r.body);
    expect(indexed).toEqual([
      { field_name: 'kind', field_schema: 'keyword' },
      { field_name: 'document', field_schema: 'keyword' },
      { field_name: 'diet', field_schema: 'keyword' },
      { field_name: 'category', field_schema: 'keyword' },
      { field_name: 'allergens', field_schema: 'keyword' },
      { field_name: 'allergensDeclared', field_schema: 'bool' },
    ]);
    expect(server.requestsTo('PUT', '/collections/maitre_venue_one_meta')[0]?.body).toEqual({
      vectors: { size: 1, distance: 'Dot' },
    });
  });

  it('opens an existing collection without recreating it, and recreates one of other dimensions', async () => {
    await index.open(CONTRACT_DIMENSIONS);
    await index.open(CONTRACT_DIMENSIONS);
    expect(server.requestsTo('PUT', '/collections/maitre_venue_one')).toHaveLength(1);
    expect(server.requestsTo('DELETE', '/collections/maitre_venue_one')).toHaveLength(0);
    await index.open(384);
    expect(server.requestsTo('DELETE', '/collections/maitre_venue_one')).toHaveLength(1);
    expect(server.requestsTo('PUT', '/collections/maitre_venue_one')[1]?.body).toMatchObject({
      vectors: { dense: { size: 384, distance: 'Cosine' } },
    });
  });

  it('upserts points with a UUID from the chunk id, both vectors and the filter fields in the payload', async () => {
    await index.open(CONTRACT_DIMENSIONS);
    await index.upsert(CONTRACT_ENTRIES);
    const [upsert] = server.requestsTo('PUT', '/collections/maitre_venue_one/points');
    expect(upsert?.query).toEqual({ wait: 'true' });
    const { points } = (upsert?.body ?? { points: [] }) as {
      points: { id: string; vector: Record<string, unknown>; payload: unknown }[];
    };
    expect(points).toHaveLength(CONTRACT_ENTRIES.length);
    const [doc, menu] = [points[0], points[4]];
    const docChunk = CONTRACT_CHUNKS[0]!;
    expect(doc?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(doc?.id).toBe(pointId('delivery#1'));
    expect(doc?.vector.dense).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(doc?.vector.text).toEqual(documentSparseVector(`${docChunk.context} ${docChunk.text}`));
    expect(doc?.payload).toEqual({
      chunk: docChunk,
      kind: 'document',
      document: 'delivery',
      allergensDeclared: false,
    });
    expect(menu?.payload).toEqual({
      chunk: CONTRACT_CHUNKS[4],
      kind: 'menu',
      document: 'menu',
      diet: 'vegetarian',
      category: 'pizzas',
      allergens: ['gluten', 'milk'],
      allergensDeclared: true,
    });
  });

  it('queries the sparse vector with the filter as must and must_not conditions', async () => {
    await index.open(CONTRACT_DIMENSIONS);
    await index.upsert(CONTRACT_ENTRIES);
    const hits = await index.searchText('Margherita?', 5, { diet: 'vegetarian', allergenFree: ['peanuts'] });
    expect(hits.map((h) => h.chunk.id)).toEqual(['menu:margherita']);
    const [query] = server.requestsTo('POST', '/collections/maitre_venue_one/points/query');
    expect(query?.body).toEqual({
      query: querySparseVector('margherita'),
      using: 'text',
      limit: 40,
      with_payload: true,
      filter: {
        must: [
          { key: 'diet', match: { any: ['vegetarian', 'vegan'] } },
          { key: 'allergensDeclared', match: { value: true } },
        ],
        must_not: [{ key: 'allergens', match: { any: ['peanuts'] } }],
      },
    });
  });

  it('queries the dense vector by name, without a filter when none is given', async () => {
    await index.open(CONTRACT_DIMENSIONS);
    await index.searchVector([0, 1, 0, 0, 0, 0, 0, 0], 3, { kind: 'document', category: 'x' });
    await index.searchVector([0, 1, 0, 0, 0, 0, 0, 0], 2);
    const [filtered, plain] = server.requestsTo('POST', '/collections/maitre_venue_one/points/query');
    expect(filtered?.body).toEqual({
      query: [0, 1, 0, 0, 0, 0, 0, 0],
      using: 'dense',
      limit: 3,
      with_payload: true,
      filter: {
        must: [
          { key: 'kind', match: { value: 'document' } },
          { key: 'category', match: { value: 'x' } },
        ],
      },
    });
    expect(plain?.body).toEqual({
      query: [0, 1, 0, 0, 0, 0, 0, 0],
      using: 'dense',
      limit: 2,
      with_payload: true,
    });
  });

  it('sends no query for text with no word but stop words', async () => {
    await index.open(CONTRACT_DIMENSIONS);
    expect(await index.searchText('what is the', 5)).toEqual([]);
    expect(server.requestsTo('POST', '/collections/maitre_venue_one/points/query')).toHaveLength(0);
  });

  it('removes by counting then deleting with the same filter', async () => {
    await index.open(CONTRACT_DIMENSIONS);
    await index.upsert(CONTRACT_ENTRIES);
    expect(await index.remove({ document: 'delivery', kind: 'document' })).toBe(2);
    const filter = {
      must: [
        { key: 'document', match: { value: 'delivery' } },
        { key: 'kind', match: { value: 'document' } },
      ],
    };
    expect(server.requestsTo('POST', '/collections/maitre_venue_one/points/count')[0]?.body).toEqual({
      filter,
      exact: true,
    });
    const [deleted] = server.requestsTo('POST', '/collections/maitre_venue_one/points/delete');
    expect(deleted?.body).toEqual({ filter });
    expect(deleted?.query).toEqual({ wait: 'true' });
  });

  it('keeps meta as points of the meta collection, keyed by a UUID of the key', async () => {
    await index.open(CONTRACT_DIMENSIONS);
    await index.setMeta('menuVersion', 'v3');
    expect(server.requestsTo('PUT', '/collections/maitre_venue_one_meta/points')[0]?.body).toEqual({
      points: [{ id: pointId('menuVersion'), vector: [1], payload: { key: 'menuVersion', value: 'v3' } }],
    });
    expect(await index.getMeta('menuVersion')).toBe('v3');
    expect(server.requestsTo('POST', '/collections/maitre_venue_one_meta/points')[0]?.body).toEqual({
      ids: [pointId('menuVersion')],
      with_payload: true,
    });
  });

  it('turns a server error and a malformed payload into KnowledgeIndexError', async () => {
    await index.open(CONTRACT_DIMENSIONS);
    server.override = (r) =>
      r.path.endsWith('/points/count')
        ? { status: 500, body: { status: { error: 'disk full' } } }
        : undefined;
    await expect(index.count()).rejects.toMatchObject({ code: 'KNOWLEDGE_INDEX_FAILED', operation: 'count' });
    server.override = (r) =>
      r.path.endsWith('/points/query')
        ? {
            status: 200,
            body: {
              status: 'ok',
              time: 0,
              result: { points: [{ id: 1, score: 1, payload: { chunk: { id: 7 } } }] },
            },
          }
        : undefined;
    await expect(index.searchVector(CONTRACT_ENTRIES[0]!.vector, 1)).rejects.toBeInstanceOf(
      KnowledgeIndexError,
    );
  });

  it('refuses before any request: an unopened index, a wrong vector length, an empty remove', async () => {
    await expect(index.count()).rejects.toBeInstanceOf(KnowledgeIndexError);
    await index.open(CONTRACT_DIMENSIONS);
    const before = server.requests.length;
    await expect(index.upsert([{ chunk: CONTRACT_CHUNKS[0]!, vector: [1, 0] }])).rejects.toMatchObject({
      operation: 'upsert',
    });
    await expect(index.remove({})).rejects.toMatchObject({ operation: 'remove' });
    expect(server.requests.length).toBe(before);
  });
});
