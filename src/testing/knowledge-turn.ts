import { createDialogConfig } from '../core/config/dialog-config.ts';
import { handleTurn } from '../core/handle-turn.ts';
import type { KnowledgeHit, KnowledgeRetriever } from '../core/ports/knowledge-retriever.ts';
import type { ParseResult } from '../core/understand/parse-result.ts';
import { fixedClock } from './fixed-clock.ts';
import { fixtureVenue } from './fixture-venue.ts';
import { InMemoryBackend } from './in-memory-backend.ts';
import { scriptedUnderstanding } from './parse-result-builder.ts';
import { sequentialIds } from './sequential-ids.ts';

/** Where a test passage comes from: a document page and section (`context` is "title > section" unless given). */
export interface PassagePlace {
  document: string;
  title: string;
  section: string;
  context?: string;
}

/** A retriever hit on a document passage, at `confidence` (0..1), as the knowledge port returns it. */
export function documentHit(text: string, confidence: number, place: PassagePlace): KnowledgeHit {
  return {
    chunk: {
      id: `${place.document}#${text.length}`,
      text,
      context: place.context ?? `${place.title} > ${place.section}`,
      source: { kind: 'document', document: place.document, title: place.title, section: place.section },
    },
    score: 0.03,
    confidence,
  };
}

/**
 * The text the bot says to a first message read as `parse`, on the fixture venue with the in-memory
 * backend, when the documents' retriever finds `hits` for any question. Joined with spaces.
 */
export async function replyWithHits(
  message: string,
  parse: ParseResult,
  hits: KnowledgeHit[],
): Promise<string> {
  const venue = fixtureVenue();
  const knowledge: KnowledgeRetriever = { search: async () => hits };
  const { events } = await handleTurn(undefined, message, {
    venue,
    understanding: scriptedUnderstanding({ [message]: parse }),
    backend: new InMemoryBackend(venue.menu),
    knowledge,
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
  });
  return events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
}
