import type { BotEvent } from '../../core/respond/bot-event.ts';
import type { SessionState } from '../../core/state/session-state.ts';
import type { TurnFunction } from '../bot-deps.ts';

/**
 * A tiny stand-in for the core, for transport tests: echoes the text; "order" places an order
 * `o_<sessionId>`; "slow" takes 150 ms; "boom" throws. Records the sequence of turns it ran.
 */
export function createStubTurn(
  log: Array<{ sessionId: string; text: string; phase: 'start' | 'end' }> = [],
): TurnFunction {
  return async (state: SessionState, text: string) => {
    log.push({ sessionId: state.sessionId, text, phase: 'start' });
    if (text === 'boom') throw new Error('stub failure');
    if (text.startsWith('slow')) await new Promise((r) => setTimeout(r, 150));
    const events: BotEvent[] = [
      {
        type: 'text',
        text: `You said: ${text}. This is a reply long enough to be split into several deltas.`,
      },
      { type: 'quick_replies', replies: ['Menu', 'Cart'] },
    ];
    const next: SessionState = {
      ...state,
      turn: state.turn + 1,
      history: [...state.history, { role: 'user' as const, text }].slice(-12),
      pending: { kind: 'slot', slot: 'name', question: 'Your name?' },
    };
    if (text === 'order') {
      next.order = { id: `o_${state.sessionId}`, status: 'placed', total: 2450, currency: 'USD' };
      events.push({ type: 'text', text: 'Order placed.' });
    }
    log.push({ sessionId: state.sessionId, text, phase: 'end' });
    return { state: next, events, intent: 'chitchat' };
  };
}
