import type { TurnSink } from '../../core/ports/turn-sink.ts';
import type { BotEvent } from '../../core/respond/bot-event.ts';
import type { SessionState } from '../../core/state/session-state.ts';
import type { TurnFunction } from '../bot-deps.ts';

/**
 * A tiny stand-in for the core, for transport tests: echoes the text; "order" places an order
 * `o_<sessionId>`; "slow" takes 150 ms; "boom" throws; "stream" writes its first words to the sink, then
 * waits for `hold()` before the rest (a test proves the first words arrived while the turn still ran).
 * With a sink, the reply is written to it part by part. Records the sequence of turns it ran.
 */
export function createStubTurn(
  log: Array<{ sessionId: string; text: string; phase: 'start' | 'end' }> = [],
  options: { hold?: () => Promise<void> } = {},
): TurnFunction {
  return async (state: SessionState, text: string, sink?: TurnSink) => {
    log.push({ sessionId: state.sessionId, text, phase: 'start' });
    if (text === 'boom') throw new Error('stub failure');
    if (text.startsWith('slow')) await new Promise((r) => setTimeout(r, 150));
    let held = '';
    if (text.startsWith('stream') && sink) {
      held = 'First words, ';
      await sink.write({ type: 'text-delta', delta: held });
      await options.hold?.();
    }
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
    if (sink) {
      const [first] = events;
      if (held && first?.type === 'text') first.text = held + first.text;
      for (const [i, e] of events.entries()) {
        if (e.type !== 'text') await sink.write({ type: 'card', event: e });
        else
          await sink.write({
            type: 'text-delta',
            delta: i === 0 && held ? e.text.slice(held.length) : e.text,
          });
      }
      await sink.write({ type: 'finish' });
    }
    log.push({ sessionId: state.sessionId, text, phase: 'end' });
    return { state: next, events, intent: 'chitchat' };
  };
}
