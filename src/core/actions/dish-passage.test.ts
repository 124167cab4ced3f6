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
    id: `house#${text.length}`,
    text,
    context: 'House rules',
    source: { kind: 'document', document: 'house', title: 'House rules', section: 'House rules' },
  },
  score: 0.03,
  confidence,
});

/** An overview question about the Margherita, with the documents' hits given. */
async function reply(message: string, hits: KnowledgeHit[]) {
  const knowledge: KnowledgeRetriever = { search: async () => hits };
  const { events } = await handleTurn(undefined, message, {
    venue,
    understanding: scriptedUnderstanding({
      [message]: parsed(message, {
        intents: ['item_info'],
        itemRefs: [{ itemId: 'margherita', name: 'Margherita' }],
      }),
    }),
    backend: new InMemoryBackend(venue.menu),
    knowledge,
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
  });
  return events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
}

describe('after a dish overview, the documents on that dish', () => {
  it('adds a confident passage naming the dish and another word of the question, though the overview said it', async () => {
    // the overview says "basil": the passage still explains what the question asks of the dish
    const text = await reply('whats a basil margherita', [
      hit('A basil margherita is the margherita with a double handful of fresh basil.', 0.7),
    ]);
    expect(text).toContain('Tomato, mozzarella, basil');
    expect(text).toContain('double handful of fresh basil');
  });

  it('adds nothing that only names the dish, or that is unsure', async () => {
    expect(
      await reply('whats a basil margherita', [hit('The margherita is our best seller.', 0.7)]),
    ).not.toContain('best seller');
    expect(
      await reply('whats a basil margherita', [hit('A basil margherita has fresh basil.', 0.3)]),
    ).not.toContain('has fresh basil');
  });

  it('asked when the dish is served, says a passage naming it even when unsure: the menu holds no times', async () => {
    const text = await reply('when do you start serving the margherita', [
      hit('Pizzas, the margherita too, are served from 5 pm.', 0.3),
    ]);
    expect(text).toContain('served from 5 pm');
  });
});
