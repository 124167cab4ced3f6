import { describe, expect, it } from 'vitest';
import { documentHit, replyWithHits } from '../../testing/knowledge-turn.ts';
import { parsed } from '../../testing/parse-result-builder.ts';
import type { KnowledgeHit } from '../ports/knowledge-retriever.ts';

const passage = 'Our covered patio seats 20 from April to October.';
const hits: KnowledgeHit[] = [
  documentHit(passage, 0.55, { document: 'contact', title: 'Contact', section: 'Seating' }),
];

/** A message read out of scope at `confidence` (0.6: nothing matched; 0.9: another domain's request). */
const reply = (message: string, confidence: number, found: KnowledgeHit[] = hits) =>
  replyWithHits(message, { ...parsed(message), intents: [{ intent: 'out_of_scope', confidence }] }, found);

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
