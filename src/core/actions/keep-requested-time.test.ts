import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import type { Venue } from '../../domain/venue.ts';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import type { TurnDeps } from '../dialog/turn-deps.ts';
import { handleTurn } from '../handle-turn.ts';
import type { SessionState } from '../state/session-state.ts';
import { createUnderstanding } from '../understand/understanding.ts';

/** The pizzeria (venue 11:00–22:00 on a Tuesday, delivery 11:30–21:30), on a Tuesday at 2 pm Chicago. */
function conversation(venueId = 'pizzeria', edit?: (venue: Venue) => void) {
  const venue = loadVenue(venueId);
  edit?.(venue);
  const deps: TurnDeps = {
    venue,
    understanding: createUnderstanding(venue.menu, venue.moods, venue.documents),
    backend: new InMemoryBackend(venue.menu),
    clock: fixedClock('2026-12-01T20:00:00Z'),
    ids: sequentialIds(),
    config: createDialogConfig({}),
    logger: { info: () => {}, warn: () => {}, error: () => {} },
  };
  let state: SessionState | undefined;
  const say = async (text: string) => {
    const r = await handleTurn(state, text, deps);
    state = r.state;
    return {
      text: r.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' '),
      state: r.state,
    };
  };
  return { say };
}

describe('the requested time', () => {
  it('at a venue with no hours table and an hours line not read, is kept with the line said, never a silent yes', async () => {
    const c = conversation('bakehouse', (venue) => {
      delete venue.menu.venue.hours;
      venue.menu.venue.contact = {
        ...venue.menu.venue.contact,
        hours: 'from breakfast until the pastries run out',
      };
    });
    await c.say('a blueberry muffin');
    const r = await c.say('pickup at 8:15 pm');
    expect(r.text).toMatch(
      /today at 8:15 pm \(our hours are from breakfast until the pastries run out: please make sure that time works\)/,
    );
    expect(r.text.match(/Got it|Noted/g)).toHaveLength(1);
  });

  it('at a venue whose menu file has only an hours line, is checked against that line read as a table', async () => {
    // bakehouse: "daily 6:30 am – 3 pm" in venue.contact.hours, no venue.hours
    const c = conversation('bakehouse');
    await c.say('a blueberry muffin');
    const closed = await c.say('pickup at 8:15 pm');
    expect(closed.text).toMatch(/closed today at 8:15 pm: that day we're open 6:30 am – 3:00 pm/);
    expect(closed.text).not.toMatch(/please make sure that time works/);
  });

  it('at a venue with an hours table, an open time is kept without the hours line', async () => {
    const c = conversation();
    await c.say('a large margherita pizza');
    const r = await c.say('pickup at 7 pm');
    expect(r.text).not.toMatch(/our hours are/);
  });

  it('acknowledges the details of one turn in one sentence', async () => {
    const c = conversation();
    await c.say('a large margherita pizza');
    const r = await c.say('pickup for today at 7pm');
    expect(r.text).toMatch(/(?:Got it|Noted): pickup, today at 7:00 pm\./);
    expect(r.text.match(/Got it|Noted/g)).toHaveLength(1);
  });

  it('is checked again when the fulfillment changes to one with other hours', async () => {
    const c = conversation();
    await c.say('a large margherita pizza');
    const kept = await c.say('pickup at 9:45 pm');
    expect(kept.state.slots.when).toBeDefined();
    const r = await c.say('actually make it delivery');
    expect(r.state.slots.fulfillment).toBe('delivery');
    expect(r.state.slots.when).toBeUndefined();
    expect(r.text).toMatch(/9:45 pm/);
  });

  it('stays when the new fulfillment keeps it', async () => {
    const c = conversation();
    await c.say('a large margherita pizza');
    await c.say('pickup at 7 pm');
    const r = await c.say('actually make it delivery');
    expect(r.state.slots.when).toMatch(/T19:00:00/);
  });

  it('reads a question naming only the time as that time ("ready by twenty past seven pm?")', async () => {
    const c = conversation();
    await c.say('a large margherita pizza');
    await c.say('pickup');
    const r = await c.say('ready by twenty past seven pm?');
    expect(r.state.slots.when).toMatch(/T19:20:00/);
    expect(r.text).toMatch(/7:20 pm/);
  });

  it('adds the dish said with a wish of time ("whenever it\'s ready is fine, asap")', async () => {
    const c = conversation();
    const r = await c.say("a large margherita pizza please, whenever it's ready is fine, asap");
    expect(r.state.slots.when).toBe('asap');
    expect(r.text).toMatch(/Margherita/);
  });
});
