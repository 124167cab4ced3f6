import type { AnyOrama } from '@orama/orama';

/** The shape of Orama's brute-force vector index (`@orama/orama` 3.1, `trees/vector.js`) that we rely on. */
interface OramaVectorNode {
  size: number;
  vectors: Map<number, [magnitude: number, vector: Float32Array]>;
  find: VectorFind;
}

type VectorFind = (
  vector: Float32Array | number[],
  similarity: number,
  whereFiltersIDs?: Iterable<number>,
) => [id: number, similarity: number][];

/**
 * Orama's vector search scans every stored vector with a dot product over all its dimensions. The
 * offline hashing embedder's query vectors are sparse (a short question sets a few dozen of its 512
 * dimensions), so skipping the query's zero dimensions does a tenth of the work for the same answer: the
 * products skipped are zeros, and the others are summed in the same order, so every similarity is the
 * same number to the last bit, and the ids come in the same order. Dense vectors cost what they did.
 */
export const sparseVectorFind: VectorFind = function (
  this: OramaVectorNode,
  vector,
  similarity,
  whereFiltersIDs,
) {
  const target = vector instanceof Float32Array ? vector : new Float32Array(vector);
  const nonZero: number[] = [];
  let squares = 0;
  for (let i = 0; i < this.size; i++) {
    const x = target[i]!;
    if (x === 0) continue;
    nonZero.push(i);
    squares += x * x;
  }
  const targetMagnitude = Math.sqrt(squares);
  const found: [number, number][] = [];
  for (const id of whereFiltersIDs ?? this.vectors.keys()) {
    const entry = this.vectors.get(id);
    if (!entry) continue;
    const [magnitude, stored] = entry;
    let dot = 0;
    for (const i of nonZero) dot += target[i]! * stored[i]!;
    const score = dot / (targetMagnitude * magnitude);
    if (score >= similarity) found.push([id, score]);
  }
  return found;
};

/**
 * Makes the Orama database's vector index on `property` search with `sparseVectorFind`. Idempotent, and
 * to be called before each vector search: restoring a saved index replaces the vector index object.
 * Leaves an index of another shape (another Orama version) as it is.
 */
export function useSparseVectorFind(db: AnyOrama, property: string): void {
  const indexes = (db.data as { index?: { vectorIndexes?: Record<string, { node?: unknown }> } }).index
    ?.vectorIndexes;
  const node = indexes?.[property]?.node as Partial<OramaVectorNode> | undefined;
  if (!node || node.find === sparseVectorFind) return;
  if (typeof node.size !== 'number' || !(node.vectors instanceof Map) || typeof node.find !== 'function')
    return;
  node.find = sparseVectorFind;
}
