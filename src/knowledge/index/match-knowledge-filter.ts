import type { KnowledgeChunk, KnowledgeFilter } from '../../core/ports/knowledge-retriever.ts';
import type { Diet } from '../../domain/menu-schema.ts';

/**
 * The chunk diets a diet filter admits: vegan ⊂ vegetarian, so `vegetarian` admits `vegan` chunks;
 * `vegan` and `non-vegetarian` admit themselves only. Every index adapter translates filters with it.
 */
export function admittedDiets(diet: Diet): Diet[] {
  return diet === 'vegetarian' ? ['vegetarian', 'vegan'] : [diet];
}

/**
 * Whether `chunk` passes `filter`, the in-memory reference of the filter semantics every adapter
 * implements in its own query language (SQL, Qdrant conditions): all given fields must hold; a chunk
 * without the filtered field fails it (documents carry no diet, allergens or category); `allergenFree`
 * admits a chunk whose declared allergens (possibly none) include none of the listed ids.
 */
export function matchesKnowledgeFilter(chunk: KnowledgeChunk, filter: KnowledgeFilter | undefined): boolean {
  if (filter === undefined) return true;
  if (filter.kind !== undefined && chunk.source.kind !== filter.kind) return false;
  if (
    filter.diet !== undefined &&
    (chunk.diet === undefined || !admittedDiets(filter.diet).includes(chunk.diet))
  )
    return false;
  if (filter.category !== undefined && chunk.category !== filter.category) return false;
  if (filter.allergenFree !== undefined) {
    const listed = filter.allergenFree;
    if (chunk.allergens === undefined || chunk.allergens.some((a) => listed.includes(a))) return false;
  }
  return true;
}
