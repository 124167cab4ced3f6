import { createDialogConfig, handleTurn } from '../../src/core/index.ts';
import { createUnderstanding } from '../../src/core/understand/index.ts';
import { loadVenue } from '../../src/domain/load-venue.ts';
import { HashingEmbedder } from '../../src/knowledge/embed/hashing-embedder.ts';
import { OramaIndex } from '../../src/knowledge/index/orama-index.ts';
import { createKnowledgeBase } from '../../src/knowledge/ingest/knowledge-base.ts';
import { fixedClock } from '../../src/testing/fixed-clock.ts';
import { InMemoryBackend } from '../../src/testing/in-memory-backend.ts';
import { sequentialIds } from '../../src/testing/sequential-ids.ts';
import { type KnowledgeQuestion, loadKnowledgeQuestions } from './knowledge-questions.ts';
import { venueLocalToUtc } from './run-retrieval-eval.ts';

/** One question asked as a customer's first message, and whether the reply holds its fact. */
export interface AnswerResult {
  id: string;
  venue: string;
  q: string;
  fact: string[];
  reply: string;
  ok: boolean;
}

/**
 * Reply text and facts compared as the question set's README says: lower case, whitespace collapsed,
 * every dash (hyphen, en and em dash) with the spaces around it read as one hyphen ("35 – 50" = "35-50").
 */
export function normalizeFactText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*[-–—]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the reply holds one of the fact's alternatives. */
export function replyHasFact(reply: string, fact: readonly string[]): boolean {
  const text = normalizeFactText(reply);
  return fact.some((f) => text.includes(normalizeFactText(f)));
}

/**
 * Asks every question of the given files through the whole turn (understanding, facts, retrieval, item
 * answers), each as the first message of a new conversation, with the venue's clock at the file's
 * `askedAt`, the in-memory backend, the in-memory Orama index and the hashing embedder. A reply is right
 * when what the customer sees (its text and the dish names of an item list card) holds one of the
 * question's fact alternatives.
 */
export async function runAnswerEval(files: readonly string[]): Promise<AnswerResult[]> {
  const results: AnswerResult[] = [];
  for (const file of files) {
    const questions: KnowledgeQuestion[] = loadKnowledgeQuestions(file);
    const first = questions[0];
    if (!first) continue;
    const venue = loadVenue(first.venue);
    const clock = fixedClock(venueLocalToUtc(first.askedAt, venue.menu.venue.timezone).toISOString());
    const backend = new InMemoryBackend(venue.menu);
    const knowledge = await createKnowledgeBase({
      venue,
      backend,
      index: new OramaIndex(),
      embedder: new HashingEmbedder(),
      clock,
    });
    await knowledge.ensureFresh();
    const deps = {
      venue,
      understanding: createUnderstanding(venue.menu, venue.moods, venue.documents),
      backend,
      knowledge,
      clock,
      ids: sequentialIds(),
      config: createDialogConfig(),
    };
    for (const question of questions) {
      let reply: string;
      try {
        const { events } = await handleTurn(undefined, question.q, deps);
        // what the customer sees: the text and the names in an item list card
        reply = events
          .flatMap((e) =>
            e.type === 'text' ? [e.text] : e.type === 'item_list' ? e.items.map((i) => i.name) : [],
          )
          .join(' ');
      } catch (error) {
        reply = `threw: ${(error as Error).message}`;
      }
      results.push({
        id: question.id,
        venue: question.venue,
        q: question.q,
        fact: question.fact,
        reply,
        ok: replyHasFact(reply, question.fact),
      });
    }
    await knowledge.close();
  }
  return results;
}
