import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { fixtureVenue } from '../../testing/fixture-venue.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { parsed, scriptedUnderstanding } from '../../testing/parse-result-builder.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { handleTurn } from '../handle-turn.ts';
import type { KnowledgeHit, KnowledgeRetriever } from '../ports/knowledge-retriever.ts';

const venue = fixtureVenue();
const passage = 'Our covered patio seats 20 from April to October.';
const hits: KnowledgeHit[] = [
  {
    chunk: {
      id: 'contact#1',
      text: passage,
      context: 'Contact > Seating',
      source: { kind: 'document', document: 'contact', title: 'Contact', section: 'Seating' },
    },
    score: 0.03,
    confidence: 0.55,
  },
];

/** A message read out of scope at `confidence` (0.6: nothing matched; 0.9: another domain's request). */
async function reply(message: string, confidence: number) {
  const knowledge: KnowledgeRetriever = { search: async () => hits };
  const { events } = await handleTurn(undefined, message, {
    venue,
    understanding: scriptedUnderstanding({
      [message]: { ...parsed(message), intents: [{ intent: 'out_of_scope', confidence }] },
    }),
    backend: new InMemoryBackend(venue.menu),
    knowledge,
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
  });
  return events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
}

describe('a message understanding could not place', () => {
  it("is answered at the question's threshold when nothing read it as another domain's request", async () => {
    expect(await reply('can we sit on the patio', 0.6)).toContain(passage);
  });

  it("keeps the stricter rescue threshold when the scope classifier read another domain's request", async () => {
    expect(await reply('can we sit on the patio', 0.9)).not.toContain(passage);
  });
});
