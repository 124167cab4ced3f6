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
    id: `contact#${text.length}`,
    text,
    context: 'Contact > Other facts',
    source: { kind: 'document', document: 'contact', title: 'Contact', section: 'Other facts' },
  },
  score: 0.03,
  confidence,
});

async function reply(message: string, hits: KnowledgeHit[]) {
  const knowledge: KnowledgeRetriever = { search: async () => hits };
  const { events } = await handleTurn(undefined, message, {
    venue,
    understanding: scriptedUnderstanding({
      [message]: parsed(message, {
        unresolved: [{ text: 'beer', suggestions: [{ id: 'margherita', name: 'Margherita', score: 0.5 }] }],
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

describe('a dish the menu lacks, asked about, that the documents speak of', () => {
  const hits = [
    hit('Parking is free after 6 pm.', 0.9),
    hit('We do not serve alcohol. You may bring your own wine or beer.', 0.4),
  ];

  it('says it is not on the menu, then the passage that names it (not the best-ranked one)', async () => {
    const text = await reply('do you sell beer?', hits);
    expect(text).toMatch(/beer/i);
    expect(text).toContain('We do not serve alcohol');
    expect(text).not.toContain('Parking');
  });

  it('quotes nothing when no passage names it, or when the message asks no question', async () => {
    expect(await reply('do you sell beer?', [hits[0] as KnowledgeHit])).not.toContain('Parking');
    expect(await reply('a beer please', hits)).not.toContain('We do not serve alcohol');
  });

  it('an allergen-free list is followed by what the documents say of that allergen', async () => {
    const message = 'anything gluten free?';
    const knowledge: KnowledgeRetriever = {
      search: async () => [
        hit('Parking is free after 6 pm.', 0.9),
        hit('We are not a certified gluten-free kitchen: flour is in the air.', 0.35),
      ],
    };
    const { events } = await handleTurn(undefined, message, {
      venue,
      understanding: scriptedUnderstanding({
        [message]: parsed(message, {
          intents: ['browse_menu'],
          filters: { allergenFree: ['gluten'] },
        }),
      }),
      backend: new InMemoryBackend(venue.menu),
      knowledge,
      clock: fixedClock(),
      ids: sequentialIds(),
      config: createDialogConfig(),
    });
    const text = events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
    expect(text).toContain('not a certified gluten-free kitchen');
    expect(text).not.toContain('Parking');
  });
});
