import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { thaiMenu } from '../../domain/fixtures/thai-menu.ts';
import { loadVenue } from '../../domain/load-venue.ts';
import { converse } from '../../testing/rule-conversation.ts';
import type { TurnResult } from '../handle-turn.ts';

/** A venue folder holding the Thai menu alone (no moods.json). */
const thai = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'maitre-thai-'));
  writeFileSync(join(dir, 'menu.json'), JSON.stringify(thaiMenu()));
  return dir;
})();

/** What one turn recommended: the primary intent, the mood, the offered dish, the reply's text. */
function offer(turn: TurnResult) {
  const text = turn.events.map((e) => ('text' in e ? String(e.text) : '')).join(' ');
  const said = turn.acts.flatMap((a) => (a.type === 'say' ? [a.key] : []));
  return {
    intent: turn.trace.parse?.intents[0]?.intent,
    mood: turn.trace.parse?.mood,
    pick: turn.state.pending?.kind === 'offer_item' ? turn.state.pending.itemId : undefined,
    said,
    text,
  };
}

async function ask(venue: string, message: string) {
  return offer((await converse(venue, [message])).last);
}

function spiceOf(venueDir: string, itemId: string | undefined): number {
  return loadVenue(venueDir).menu.items.find((i) => i.id === itemId)?.spiceLevel ?? -1;
}

describe('built-in moods on venues made from a menu alone', () => {
  it.each([
    ['deli', 'im in the mood for something spicy'],
    ['deli', 'something spicy please'],
    [thai, 'something spicy please'],
    [thai, 'i want something with a kick'],
  ])('%s: "%s" offers a dish with spice level 2 or more and says why', async (venue, message) => {
    const o = await ask(venue, message);
    expect(o.intent).toBe('recommend');
    expect(spiceOf(venue, o.pick)).toBeGreaterThanOrEqual(2);
    expect(o.text.toLowerCase()).toContain('kick');
  });

  it.each([
    ['deli', 'i have a sweet tooth', ['black-and-white-cookie']],
    ['deli', 'something sweet', ['black-and-white-cookie']],
    ['deli', 'anything sweet?', ['black-and-white-cookie']],
    [thai, 'i have a sweet tooth', ['mango-sticky-rice']],
    ['cafe', 'i have a sweet tooth'],
  ])('%s: "%s" is a recommendation of something sweet, not a goodbye', async (venue, message, picks?) => {
    const o = await ask(venue, message);
    expect(o.intent).toBe('recommend');
    if (picks) expect(picks).toContain(o.pick);
    else {
      const item = loadVenue(venue).menu.items.find((i) => i.id === o.pick);
      expect(item?.tags).toContain('sweet');
    }
  });

  it.each([
    ['deli', 'whats good on a cold day', ['chicken-noodle-soup', 'coffee']],
    [thai, 'something to warm me up', ['tom-yum', 'tom-kha', 'green-curry', 'massaman', 'jasmine-tea']],
    ['cafe', 'whats good on a cold day'],
  ])('%s: "%s" offers something warm, never an iced drink', async (venue, message, picks?) => {
    const o = await ask(venue, message);
    expect(o.intent).toBe('recommend');
    if (picks) expect(picks).toContain(o.pick);
    expect(o.pick).not.toMatch(/iced|cold|juice/);
  });

  it.each([
    ['cafe', 'its a hot day, something refreshing', ['cold-brew', 'iced-tea', 'orange-juice']],
    [thai, 'something refreshing', ['thai-iced-tea']],
  ])('%s: "%s" offers something cold', async (venue, message, picks) => {
    const o = await ask(venue, message);
    expect(o.intent).toBe('recommend');
    expect(picks).toContain(o.pick);
  });

  it.each([
    ['deli', 'something light'],
    ['cafe', 'something light please'],
    ['deli', 'im starving'],
    ['cafe', 'im in a hurry'],
  ])('%s: "%s" is a recommendation with its reason', async (venue, message) => {
    const o = await ask(venue, message);
    expect(o.intent).toBe('recommend');
    expect(o.pick).toBeDefined();
    expect(o.text).not.toContain('A favourite here');
  });

  it('says kindly when nothing fits, and offers a popular dish instead', async () => {
    const o = await ask('cafe', 'something spicy please');
    expect(o.intent).toBe('recommend');
    expect(o.said).toContain('recommend_mood_none');
    expect(o.pick).toBeDefined();
  });
});

describe("a venue's own moods.json wins for the moods it defines", () => {
  it('pizzeria: "I have a sweet tooth" is its own sweet-tooth mood', async () => {
    const o = await ask('pizzeria', 'I have a sweet tooth');
    expect(o.mood).toBe('sweet-tooth');
    const item = loadVenue('pizzeria').menu.items.find((i) => i.id === o.pick);
    expect(item?.category === 'desserts' || item?.tags.includes('sweet')).toBe(true);
  });

  it('heroes: "something spicy" is its own bold mood; a phrase it lacks falls to the built-in', async () => {
    expect((await ask('heroes', 'something spicy')).mood).toBe('bold');
    const o = await ask('heroes', 'i have a sweet tooth');
    expect(o.intent).toBe('recommend');
    expect(o.mood).toBeDefined();
  });
});
