import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { fixtureVenue } from '../../testing/fixture-venue.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { parsed, scriptedUnderstanding } from '../../testing/parse-result-builder.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { handleTurn } from '../handle-turn.ts';
import type { KnowledgeQuery, KnowledgeRetriever } from '../ports/knowledge-retriever.ts';

const venue = fixtureVenue();

/** What the documents are searched for when a question asks what the kitchen can do with a dish. */
async function searched(message: string): Promise<string[]> {
  const queries: string[] = [];
  const knowledge: KnowledgeRetriever = {
    search: async (q: KnowledgeQuery) => {
      queries.push(q.text);
      return [];
    },
  };
  await handleTurn(undefined, message, {
    venue,
    understanding: scriptedUnderstanding({
      [message]: parsed(message, { intents: ['faq'], question: message, possibility: 'diet' }),
    }),
    backend: new InMemoryBackend(venue.menu),
    knowledge,
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
  });
  return queries;
}

describe('a question of what the kitchen can do with a dish, for a diet', () => {
  it("searches the dish's allergens the diet leaves out instead of the dish's name", async () => {
    const [query] = await searched('is it possible to make the margherita vegan?');
    expect(query).toContain('vegan');
    expect(query).toContain('milk');
    expect(query).not.toContain('margherita');
  });

  it('adds nothing for a diet the allergens do not decide', async () => {
    const [query] = await searched('can you make the margherita jain?');
    expect(query).not.toContain('milk');
  });
});
