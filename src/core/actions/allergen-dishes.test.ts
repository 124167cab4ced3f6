import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { handleTurn } from '../handle-turn.ts';
import { scenarioVenues } from '../scenarios/scenario-venues.ts';

const venues = scenarioVenues();

async function turn(text: string) {
  const { venue, understanding } = venues('spice-route');
  const { events, trace } = await handleTurn(undefined, text, {
    venue,
    understanding,
    backend: new InMemoryBackend(venue.menu),
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig({}),
  });
  const listed = events.flatMap((e) => (e.type === 'item_list' ? e.items.map((i) => i.name) : []));
  const replies = events.flatMap((e) => (e.type === 'quick_replies' ? e.replies : []));
  return { venue, listed, replies, commands: trace.commands.map((c) => c.type) };
}

describe('the dishes holding an allergen', () => {
  it('"which dishes have sesame?" lists exactly the dishes declaring it, offering none to add', async () => {
    const { venue, listed, replies } = await turn('wich dishes have sesame');
    const withSesame = venue.menu.items.filter((i) => i.available && i.allergens.includes('sesame'));
    expect(listed.sort()).toEqual(withSesame.map((i) => i.name).sort());
    expect(listed.length).toBeGreaterThan(0);
    expect(replies.some((r) => r.startsWith('Add '))).toBe(false);
  });

  it('"nut allergy, what should we avoid?" lists the dishes with nuts, not a recommendation', async () => {
    const { venue, listed, commands } = await turn('my son has a nut allergy, what should we avoid?');
    const korma = venue.menu.items.find((i) => i.allergens.includes('tree-nuts'))!;
    expect(listed).toContain(korma.name);
    expect(
      listed.every((n) =>
        venue.menu.items
          .find((i) => i.name === n)
          ?.allergens.some((a) => a === 'tree-nuts' || a === 'peanuts'),
      ),
    ).toBe(true);
    expect(commands).toContain('browse');
    expect(commands).not.toContain('recommend');
  });

  it('an allergen-free question still lists the dishes without it', async () => {
    const { venue, listed } = await turn('anything without sesame?');
    expect(listed.length).toBeGreaterThan(0);
    expect(
      listed.every((n) => !venue.menu.items.find((i) => i.name === n)?.allergens.includes('sesame')),
    ).toBe(true);
  });
});
