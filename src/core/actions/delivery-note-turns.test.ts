import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { handleTurn, type TurnResult } from '../handle-turn.ts';
import type { SessionState } from '../state/session-state.ts';
import { createUnderstanding } from '../understand/index.ts';

async function converse(messages: readonly string[]) {
  const venue = loadVenue('spice-route');
  const deps = {
    venue,
    understanding: createUnderstanding(venue.menu, venue.moods, venue.documents),
    backend: new InMemoryBackend(venue.menu),
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
  };
  let state: SessionState | undefined;
  let last: TurnResult | undefined;
  for (const message of messages) {
    last = await handleTurn(state, message, deps);
    state = last.state;
  }
  return last as TurnResult;
}

describe('a delivery instruction said on its own', () => {
  it('goes to the notes, added to notes given before, and asks after no dish', async () => {
    const turn = await converse(['4 samosas', 'ring the bell twice', 'leave it at the door']);
    expect(turn.state.slots.notes).toBe('ring the bell twice; leave it at the door');
    expect(turn.acts.some((a) => a.type === 'question' && a.kind === 'clarify')).toBe(false);
  });

  it('at the summary, changes the notes the summary shows and places nothing', async () => {
    const turn = await converse([
      '4 samosas',
      'checkout',
      'pickup',
      'Sam',
      '2125550123',
      'cash',
      'no notes',
      'call me when you get here',
    ]);
    expect(turn.state.slots.notes).toBe('call me when you get here');
    expect(turn.state.order).toBeUndefined();
    // no hand-off to the team for "call me …"
    expect(turn.acts.some((a) => a.type === 'say' && /handoff|contact/.test(a.key))).toBe(false);
  });
});
