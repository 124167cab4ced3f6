import { describe, expect, it } from 'vitest';
import { ruleTurnDeps } from '../../testing/rule-conversation.ts';
import { venueKnowledge } from '../../testing/venue-knowledge.ts';
import { handleTurn } from '../handle-turn.ts';

/**
 * The answer text of one question asked first in a session at `venueId`, with the venue's knowledge and
 * without the weekly table its hours line is read as (`withHoursFromLine`), so the hours page's own table
 * answers, as at a venue whose hours line is not read.
 */
async function ask(venueId: string, question: string): Promise<string> {
  const deps = ruleTurnDeps(venueId);
  const menu = deps.venue.menu;
  const venue = { ...deps.venue, menu: { ...menu, venue: { ...menu.venue, hours: undefined } } };
  const turn = await handleTurn(undefined, question, {
    ...deps,
    venue,
    knowledge: await venueKnowledge(venue),
  });
  return turn.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
}

describe('a question answered by a table in the documents', () => {
  it('naming no row and no day, quotes the table rows in order ("what are your hours")', async () => {
    const reply = await ask('taqueria', 'what are your hours');
    const at = ['Monday to Thursday', 'Friday and Saturday', 'Sunday'].map((row) => reply.indexOf(row));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('naming a row, quotes that row alone', async () => {
    const reply = await ask('taqueria', 'when do you close on friday');
    expect(reply).toContain('Friday and Saturday');
    expect(reply).not.toContain('Monday to Thursday');
  });
});
