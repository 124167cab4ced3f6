import { basename, resolve } from 'node:path';
import { loadScenarios } from '../src/core/scenarios/load-scenarios.ts';
import { runScenario, type TurnFailure } from '../src/core/scenarios/run-scenario.ts';
import { scenarioVenues } from '../src/core/scenarios/scenario-venues.ts';
import { fixedClock } from '../src/testing/fixed-clock.ts';
import { inMemoryBackendFactory } from '../src/testing/in-memory-backend-factory.ts';
import { sequentialIds } from '../src/testing/sequential-ids.ts';
import { venueKnowledge } from '../src/testing/venue-knowledge.ts';
import { FaultKind } from './fault-kinds.ts';

/** Held-out conversations per fault kind: eval/untuned/scenarios/<venue>/<kind>.yaml. */
export const UNTUNED_SCENARIOS_DIR = resolve(import.meta.dirname, 'untuned/scenarios');

export interface ScenarioResult {
  /** `<venue>/<kind>.yaml` */
  file: string;
  name: string;
  venue: string;
  kind: FaultKind;
  passed: boolean;
  failures: TurnFailure[];
}

/** The fault kind a scenario file stands for (its file name); throws when the name is not a kind. */
export function scenarioKind(file: string): FaultKind {
  return FaultKind.parse(basename(file).replace(/\.ya?ml$/, ''));
}

/**
 * Plays every scenario under `root` against the in-memory backend fake (no server needed), each with a
 * fresh backend, a fixed clock and sequential ids. A turn that throws counts as a failed scenario.
 */
export async function runScenarioSet(root = UNTUNED_SCENARIOS_DIR): Promise<ScenarioResult[]> {
  const venueOf = scenarioVenues();
  const results: ScenarioResult[] = [];
  for (const scenario of loadScenarios(root)) {
    const { venue, understanding } = venueOf(scenario.venue);
    let failures: TurnFailure[];
    try {
      failures = await runScenario(scenario, {
        venue,
        understanding,
        backend: inMemoryBackendFactory,
        knowledge: await venueKnowledge(venue),
        clock: fixedClock(),
        ids: () => sequentialIds(),
      });
    } catch (error) {
      failures = [{ turn: 0, user: '', problems: [`threw: ${(error as Error).message}`], reply: '' }];
    }
    results.push({
      file: scenario.file,
      name: scenario.name,
      venue: scenario.venue,
      kind: scenarioKind(scenario.file),
      passed: failures.length === 0,
      failures,
    });
  }
  return results;
}
