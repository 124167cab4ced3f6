import type { KnowledgeFilter } from '../../core/ports/knowledge-retriever.ts';

/** An Orama `where` clause (its filter language: eq/in on enums, containsAny on enum arrays, and/not). */
export type OramaWhere = Record<string, unknown>;

/**
 * The Orama `where` clause of a KnowledgeFilter, or undefined for no filter. A chunk without the
 * filtered field fails (documents carry no diet, category or allergen data); `diet: 'vegetarian'`
 * admits vegan; `allergenFree` keeps chunks with allergen data that contains none of the listed ids (an empty list: any chunk with allergen data).
 */
export function oramaWhere(filter: KnowledgeFilter | undefined): OramaWhere | undefined {
  if (filter === undefined) return undefined;
  const clauses: OramaWhere[] = [];
  if (filter.kind !== undefined) clauses.push({ kind: { eq: filter.kind } });
  if (filter.diet !== undefined) {
    clauses.push({
      diet: filter.diet === 'vegetarian' ? { in: ['vegetarian', 'vegan'] } : { eq: filter.diet },
    });
  }
  if (filter.category !== undefined) clauses.push({ category: { eq: filter.category } });
  if (filter.allergenFree !== undefined) {
    clauses.push({ hasAllergenData: true });
    if (filter.allergenFree.length > 0) {
      clauses.push({ not: { allergens: { containsAny: [...filter.allergenFree] } } });
    }
  }
  return clauses.length === 0 ? undefined : { and: clauses };
}
