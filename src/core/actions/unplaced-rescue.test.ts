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
async function reply(message: string, confidence: number, found: KnowledgeHit[] = hits) {
  const knowledge: KnowledgeRetriever = { search: async () => found };
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

  it('takes a passage sharing no word of the message only at the rescue threshold, and only when unplaced', async () => {
    const apps = {
      ...(hits[0] as KnowledgeHit),
      chunk: { ...(hits[0] as KnowledgeHit).chunk, text: 'We are not on third-party apps.' },
    };
    expect(await reply('are you on doordash', 0.6, [{ ...apps, confidence: 0.65 }])).toContain(
      'third-party apps',
    );
    expect(await reply('are you on doordash', 0.6, [{ ...apps, confidence: 0.55 }])).not.toContain(
      'third-party',
    );
    expect(await reply('are you on doordash', 0.9, [{ ...apps, confidence: 0.65 }])).not.toContain(
      'third-party',
    );
  });
});
