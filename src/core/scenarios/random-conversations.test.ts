import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { handleTurn } from '../handle-turn.ts';
import { BotEvent } from '../respond/bot-event.ts';
import { SessionState } from '../state/session-state.ts';
import { createUnderstanding } from '../understand/index.ts';
import { loadScenarios } from './load-scenarios.ts';

/**
 * Robustness: messages from every scenario, shuffled into random conversations (a fixed seed), never
 * break a turn: no internal error, valid events, a text reply, a valid serialisable state.
 */
describe('random conversations', () => {
  const scenarios = loadScenarios();
  for (const venueName of ['pizzeria', 'spice-route']) {
    it(`never fails a turn on ${venueName}`, async () => {
      const venue = loadVenue(venueName);
      const pool = [
        ...new Set(scenarios.filter((s) => s.venue === venueName).flatMap((s) => s.turns.map((t) => t.user))),
      ];
      const deps = {
        venue,
        understanding: createUnderstanding(venue.menu, venue.moods, venue.documents),
        backend: new InMemoryBackend(venue.menu),
        clock: fixedClock(),
        ids: sequentialIds(),
        config: createDialogConfig(),
      };
      let seed = 7;
      const next = (n: number) => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed % n;
      };
      const problems: string[] = [];
      for (let c = 0; c < 40; c++) {
        let state: SessionState | undefined;
        for (let t = 0; t < 12; t++) {
          const message = pool[next(pool.length)]!;
          const result = await handleTurn(state, message, deps);
          if (result.state.counters.errors > (state?.counters.errors ?? 0))
            problems.push(`error on "${message}"`);
          if (!result.events.some((e) => e.type === 'text')) problems.push(`no reply to "${message}"`);
          for (const e of result.events)
            if (!BotEvent.safeParse(e).success) problems.push(`bad event ${e.type}`);
          state = SessionState.parse(JSON.parse(JSON.stringify(result.state)));
          if (state.frames.length > 10) problems.push(`stack of ${state.frames.length} frames`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
