import { describe, expect, it } from 'vitest';
import { documentHit, replyWithHits } from '../../testing/knowledge-turn.ts';
import { parsed } from '../../testing/parse-result-builder.ts';
import type { KnowledgeHit } from '../ports/knowledge-retriever.ts';

const hit = (text: string, confidence: number): KnowledgeHit =>
  documentHit(text, confidence, { document: 'contact', title: 'Contact', section: 'Other facts' });

const reply = (message: string, hits: KnowledgeHit[]) =>
  replyWithHits(
    message,
    parsed(message, {
      unresolved: [{ text: 'beer', suggestions: [{ id: 'margherita', name: 'Margherita', score: 0.5 }] }],
    }),
    hits,
  );

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
    const text = await replyWithHits(
      message,
      parsed(message, { intents: ['browse_menu'], filters: { allergenFree: ['gluten'] } }),
      [
        hit('Parking is free after 6 pm.', 0.9),
        hit('We are not a certified gluten-free kitchen: flour is in the air.', 0.35),
      ],
    );
    expect(text).toContain('not a certified gluten-free kitchen');
    expect(text).not.toContain('Parking');
  });
});
