import { describe, expect, it } from 'vitest';
import { converse as run } from '../../testing/rule-conversation.ts';

/** The last turn of `messages` at spice-route. */
const converse = async (messages: readonly string[]) => (await run('spice-route', messages)).last;
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
