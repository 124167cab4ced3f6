import type { z } from 'zod';
import { runScenario } from '../core/scenarios/run-scenario.ts';
import { Scenario } from '../core/scenarios/scenario.ts';
import { createUnderstanding } from '../core/understand/index.ts';
import type { Venue } from '../domain/venue.ts';
import { fixedClock } from './fixed-clock.ts';
import { inMemoryBackendFactory } from './in-memory-backend-factory.ts';
import { sequentialIds } from './sequential-ids.ts';

/**
 * A player of scenario turns on `venue` (rule understanding, in-memory backend, fixed clock): each call
 * plays its turns in a fresh session and returns the failed expectations, one line each ("turn 2 "…":
 * problems (reply: …)"), empty when all held.
 */
export function scenarioPlayer(venue: Venue) {
  const understanding = createUnderstanding(venue.menu, venue.moods, venue.documents);
  return async (turns: z.input<typeof Scenario>['turns']): Promise<string[]> => {
    const scenario = Scenario.parse({ name: 't', venue: venue.id, turns });
    const failures = await runScenario(scenario, {
      venue,
      understanding,
      backend: inMemoryBackendFactory,
      clock: fixedClock(),
      ids: () => sequentialIds(),
    });
    return failures.map((f) => `turn ${f.turn} "${f.user}": ${f.problems.join('; ')} (reply: ${f.reply})`);
  };
}
