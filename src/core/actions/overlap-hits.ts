import type { VenueDocument } from '../../domain/venue.ts';
import type { KnowledgeHit } from '../ports/knowledge-retriever.ts';
import { type Passage, searchDocuments, splitPassages } from './search-documents.ts';

const passageCache = new WeakMap<readonly VenueDocument[], Passage[]>();

/**
 * The degraded answer path (no retriever configured, or it failed): the one document paragraph sharing
 * the most rarity-weighted content words with the question, as a hit whose confidence is the share of
 * the question's content words it covers (0..1). Empty when nothing covers a third of them.
 */
export function overlapHits(question: string, documents: readonly VenueDocument[]): KnowledgeHit[] {
  let passages = passageCache.get(documents);
  if (!passages) {
    passages = splitPassages(documents);
    passageCache.set(documents, passages);
  }
  const found = searchDocuments(question, passages);
  if (!found) return [];
  const { passage } = found;
  return [
    {
      chunk: {
        id: `${passage.documentId}#overlap`,
        text: passage.text,
        context: passage.heading,
        source: {
          kind: 'document',
          document: passage.documentId,
          title: passage.title,
          section: passage.heading,
        },
      },
      score: found.score,
      confidence: found.coverage,
    },
  ];
}
