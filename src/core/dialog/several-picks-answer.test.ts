import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import type { Menu } from '../../domain/menu-schema.ts';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { converse } from '../../testing/rule-conversation.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { handleTurn } from '../handle-turn.ts';
import type { SessionState } from '../state/session-state.ts';
import { createUnderstanding } from '../understand/index.ts';

describe('an answer naming several choices of a group of several picks', () => {
  it('takes every choice said, not only the first', async () => {
    // taqueria's salsas (up to three), made a required pick as a build-your-own bowl's proteins are
    const v = loadVenue('taqueria');
    const menu: Menu = {
      ...v.menu,
      optionGroups: v.menu.optionGroups.map((g) => (g.id === 'salsa' ? { ...g, min: 1 } : g)),
    };
    const venue = { ...v, menu };
    const backend = new InMemoryBackend(menu);
    const deps = {
      venue,
      understanding: createUnderstanding(menu, v.moods, v.documents),
      backend,
      clock: fixedClock(),
      ids: sequentialIds(),
      config: createDialogConfig(),
    };
    let state: SessionState | undefined;
    for (const message of ['a carnitas burrito', 'mild and hot'])
      state = (await handleTurn(state, message, deps)).state;
    const cart = await backend.getCart(state?.customerId as string, state?.cartId as string);
    expect(cart.lines.map((l) => l.options.map((o) => o.choice).sort())).toEqual([
      ['carnitas', 'hot-salsa', 'mild-salsa'],
    ]);
  });
});

describe('choices of a group of several picks said each by a word of its name, with "and"', () => {
  it.each(['the green and the red one please', 'green and red', 'the red and the green ones'])(
    '"%s" at the burrito\'s salsa question takes both salsas',
    async (answer) => {
      const { cart } = await converse('burritos', ['a chicken burrito with salsa', answer]);
      const options = cart[0]?.options.map((o) => o.choice) ?? [];
      expect(options).toEqual(expect.arrayContaining(['salsa-verde', 'salsa-roja']));
    },
  );

  it('a part that names no choice takes none of them', async () => {
    const { cart } = await converse('burritos', ['a chicken burrito with salsa', 'green and purple']);
    expect(cart.flatMap((l) => l.options.map((o) => o.choice))).not.toContain('salsa-verde');
  });
});
