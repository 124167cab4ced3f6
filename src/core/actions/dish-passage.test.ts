import { describe, expect, it } from 'vitest';
import { documentHit, replyWithHits } from '../../testing/knowledge-turn.ts';
import { parsed } from '../../testing/parse-result-builder.ts';
import type { KnowledgeHit } from '../ports/knowledge-retriever.ts';

const hit = (text: string, confidence: number): KnowledgeHit =>
  documentHit(text, confidence, {
    document: 'house',
    title: 'House rules',
    section: 'House rules',
    context: 'House rules',
  });

/** An overview question about the Margherita, with the documents' hits given. */
const reply = (message: string, hits: KnowledgeHit[]) =>
  replyWithHits(
    message,
    parsed(message, { intents: ['item_info'], itemRefs: [{ itemId: 'margherita', name: 'Margherita' }] }),
    hits,
  );

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
