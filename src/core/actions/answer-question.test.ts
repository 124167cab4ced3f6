import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { fixtureVenue } from '../../testing/fixture-venue.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { parsed, scriptedUnderstanding } from '../../testing/parse-result-builder.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { handleTurn } from '../handle-turn.ts';
import type { KnowledgeHit, KnowledgeRetriever } from '../ports/knowledge-retriever.ts';
import type { ActOf } from '../respond/acts.ts';

const venue = fixtureVenue();
const QUESTION = 'how big is the back room?';

const hit = (document: string, section: string, text: string, score: number, confidence: number) =>
  ({
    chunk: {
      id: `${document}#${text.length}`,
      text,
      context: `${document} > ${section}`,
      source: { kind: 'document', document, title: document, section },
    },
    score,
    confidence,
  }) satisfies KnowledgeHit;

async function answer(hits: KnowledgeHit[], question = QUESTION) {
  const knowledge: KnowledgeRetriever = { search: async () => hits };
  const { acts } = await handleTurn(undefined, question, {
    venue,
    understanding: scriptedUnderstanding({ [question]: parsed(question, { intents: ['faq'] }) }),
    backend: new InMemoryBackend(venue.menu),
    knowledge,
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
  });
  return acts.filter((a): a is ActOf<'knowledge_answer'> => a.type === 'knowledge_answer');
}

describe('answerQuestion: which passages are quoted', () => {
  it('quotes a near tie from another document after the best one, each with its own source', async () => {
    const acts = await answer([
      hit('contact', 'Reservations', 'We take bookings for up to 10.', 0.05, 0.8),
      hit('events', 'Private room', 'The back room seats 28.', 0.049, 0.78),
      hit('hours', 'Hours', 'Open daily 11 am to 10 pm.', 0.03, 0.5),
    ]);
    expect(acts.map((a) => a.passages.map((p) => p.text))).toEqual([
      ['We take bookings for up to 10.'],
      ['The back room seats 28.'],
    ]);
    expect(acts.map((a) => a.sourceName)).toEqual([
      'contact page, under Reservations',
      'events page, under Private room',
    ]);
    expect(acts.every((a) => a.confident)).toBe(true);
  });

  it('leaves out a passage of another document that ranks clearly lower or is much less sure', async () => {
    const lower = await answer([
      hit('contact', 'Reservations', 'We take bookings for up to 10.', 0.05, 0.8),
      hit('events', 'Private room', 'The back room seats 28.', 0.04, 0.8),
    ]);
    expect(lower.flatMap((a) => a.passages.map((p) => p.text))).toEqual(['We take bookings for up to 10.']);
    const unsure = await answer([
      hit('contact', 'Reservations', 'We take bookings for up to 10.', 0.05, 0.8),
      hit('events', 'Private room', 'The back room seats 28.', 0.0495, 0.4),
    ]);
    expect(unsure.flatMap((a) => a.passages.map((p) => p.text))).toEqual(['We take bookings for up to 10.']);
  });

  it('quotes one row of a table, then the passage after the tied rows; another row only when named', async () => {
    const row = (label: string, score: number) => {
      const h = hit('hours', 'Hours', `${label}: Open 11 am – 10 pm`, score, 0.8);
      return { ...h, chunk: { ...h.chunk, source: { ...h.chunk.source, table: 'hours#t1' } } };
    };
    const hits = [
      row('Monday', 0.05),
      row('Tuesday', 0.05),
      row('Sunday', 0.0495),
      hit('hours', 'Hours', 'You can order up to 7 days ahead.', 0.049, 0.78),
    ];
    const texts = (acts: ActOf<'knowledge_answer'>[]) => acts.flatMap((a) => a.passages.map((p) => p.text));
    expect(texts(await answer(hits))).toEqual([
      'Monday: Open 11 am – 10 pm',
      'You can order up to 7 days ahead.',
    ]);
    expect(texts(await answer(hits, 'are you open monday or sunday?'))).toEqual([
      'Monday: Open 11 am – 10 pm',
      'Sunday: Open 11 am – 10 pm',
      'You can order up to 7 days ahead.',
    ]);
  });

  it('says "not sure" once when the best passage is unsure, a near tie following as a plain quote', async () => {
    const acts = await answer([
      hit('contact', 'Reservations', 'We take bookings for up to 10.', 0.05, 0.45),
      hit('events', 'Private room', 'The back room seats 28.', 0.049, 0.44),
    ]);
    expect(acts.map((a) => a.confident)).toEqual([false, true]);
  });
});

describe('rescueByKnowledge: a message read as out of scope', () => {
  const menuHit = (confidence: number) =>
    ({
      chunk: {
        id: 'menu:chickpea-curry',
        text: 'Chickpea Curry (Mains): Chickpeas in a tomato and onion gravy, served with rice.',
        context: 'Menu > Mains',
        source: { kind: 'menu', document: 'menu', title: 'Menu', section: 'Mains', itemId: 'chickpea-curry' },
      },
      score: 0.04,
      confidence,
    }) satisfies KnowledgeHit;

  async function rescue(message: string, hits: KnowledgeHit[]) {
    const knowledge: KnowledgeRetriever = { search: async () => hits };
    const { acts } = await handleTurn(undefined, message, {
      venue,
      understanding: scriptedUnderstanding({ [message]: parsed(message, { intents: ['out_of_scope'] }) }),
      backend: new InMemoryBackend(venue.menu),
      knowledge,
      clock: fixedClock(),
      ids: sequentialIds(),
      config: createDialogConfig(),
    });
    return acts.filter((a) => a.type === 'knowledge_answer').length;
  }

  it("answers from a dish's menu entry at the question threshold when the message names that dish", async () => {
    expect(await rescue('chickpea curry how big a bowl', [menuHit(0.55)])).toBe(1);
  });

  it('keeps the stricter rescue threshold when the dish is not named', async () => {
    // the passage shares a topic word of the message (gravy), as a rescued passage must
    expect(await rescue('how big a bowl of gravy is it', [menuHit(0.55)])).toBe(0);
    expect(await rescue('how big a bowl of gravy is it', [menuHit(0.65)])).toBe(1);
    // a confident passage that shares no topic word of the message is not quoted
    expect(await rescue('how big a bowl is it', [menuHit(0.65)])).toBe(0);
  });
});
