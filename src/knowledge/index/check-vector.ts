import { KnowledgeIndexError, type KnowledgeIndexOperation } from '../../errors/index.ts';

/**
 * Throws `KnowledgeIndexError` unless `vector` has `dimensions` finite numbers: a vector from another
 * embedder, or a NaN from a broken one, is refused before it reaches the store.
 */
export function checkVector(
  index: string,
  operation: KnowledgeIndexOperation,
  vector: readonly number[],
  dimensions: number,
): void {
  if (vector.length !== dimensions)
    throw new KnowledgeIndexError(
      index,
      operation,
      `a vector has ${vector.length} numbers, the index takes ${dimensions}`,
    );
  if (!vector.every(Number.isFinite))
    throw new KnowledgeIndexError(index, operation, 'a vector holds a non-finite number');
}
