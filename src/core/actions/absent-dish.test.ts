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

const hit = (text: string, confidence: number): KnowledgeHit => ({
  chunk: {
    id: `about#${text.length}`,
    text,
    context: 'About > Kitchen',
    source: { kind: 'document', document: 'about', title: 'About', section: 'Kitchen' },
  },
  score: 0.03,
  confidence,
});

/** The reply to a question the understanding read as a venue question naming `dish`, absent from the menu. */
async function reply(message: string, dish: string, hits: KnowledgeHit[]) {
  const knowledge: KnowledgeRetriever = { search: async () => hits };
  const { events, state } = await handleTurn(undefined, message, {
    venue,
    understanding: scriptedUnderstanding({
      [message]: parsed(message, {
        intents: ['faq'],
        question: message,
        absentDishes: [{ text: dish, suggestions: [{ id: 'margherita', name: 'Margherita', score: 0 }] }],
      }),
    }),
    backend: new InMemoryBackend(venue.menu),
    knowledge,
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
  });
  return { text: events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' '), state };
}

describe('a question naming a dish the menu does not have', () => {
  it('says we do not have it and offers the nearest dishes, not an unrelated passage', async () => {
    const { text, state } = await reply('do you have sushi?', 'sushi', [
      hit('Parking is free after 6 pm.', 0.9),
    ]);
    expect(text).toMatch(/don't have "sushi"/);
    expect(text).toContain('Margherita');
    expect(text).not.toContain('Parking');
    expect(state.frames.at(-1)?.kind).toBe('clarify');
  });

  it('quotes the documents instead when a passage names the dish', async () => {
    const { text } = await reply('is there any pork in the kitchen?', 'pork', [
      hit('Parking is free after 6 pm.', 0.9),
      hit('Bacon is the only pork in the kitchen.', 0.5),
    ]);
    expect(text).toContain('the only pork in the kitchen');
    expect(text).not.toMatch(/don't have/);
  });
});
