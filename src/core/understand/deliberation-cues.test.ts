import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';
import { asksForTime } from './deliberation-cues.ts';
import { venueParser } from './venue-fixture.ts';

describe('a message that only asks for time to decide', () => {
  it.each([
    'let me think',
    'umm let me think about it',
    'give me a second',
    'just a moment please',
    'i will need a few minutes to decide',
    'we are still deciding',
    'i am not sure yet',
    'have not decided yet',
    'be right back',
    'let me check with my husband',
  ])('"%s" asks for time', (text) => {
    expect(asksForTime(text)).toBe(true);
  });

  it.each([
    'let me think, a samosa',
    'let me see the menu',
    'give me a mango lassi',
    'i will take the samosa',
    'i am not sure the samosa is vegan',
    'one second thought, two samosas',
  ])('"%s" does not', (text) => {
    expect(asksForTime(text)).toBe(false);
  });

  it('is small talk, never a goodbye, a "say it again" or out of scope', () => {
    const p = venueParser('spice-route');
    for (const text of ["i'll take a minute to decide", 'one sec', 'hmm let me think', 'still deciding']) {
      const r = p.parse(text);
      expect(r.intents.map((i) => i.intent)).toEqual(['chitchat']);
      expect(r.asksForTime).toBe(true);
    }
    // no word of it is an unknown dish ("we don't have 'sec'")
    expect(p.parse('gimme a sec to decide').unresolved).toEqual([]);
  });

  it('gets a "take your time" and the pending question waits unasked, then is answered', async () => {
    const { turns, cart } = await converse('spice-route', ['a chicken biryani', 'give me a minute', 'large']);
    const waited = turns[1]?.acts ?? [];
    expect(waited.some((a) => a.type === 'question')).toBe(false);
    expect(waited.some((a) => a.type === 'say' && a.key === 'take_your_time')).toBe(true);
    expect(cart.map((l) => [l.itemId, l.options.map((o) => o.choice)])).toEqual([
      ['chicken-biryani', ['large']],
    ]);
  });
});
