import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { httpBackendFactory } from '../../testing/http-backend-factory.ts';
import { inMemoryBackendFactory } from '../../testing/in-memory-backend-factory.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { venueKnowledge } from '../../testing/venue-knowledge.ts';
import { loadScenarios } from './load-scenarios.ts';
import { type BackendFactory, runScenario } from './run-scenario.ts';
import { scenarioVenues } from './scenario-venues.ts';

/**
 * Where the scenarios' backend comes from: by default a real reference backend (SQLite) reached over
 * loopback HTTP through the real client; SCENARIO_BACKEND=memory uses the in-memory fake (faster, for
 * working on the dialog).
 */
const backend: BackendFactory =
  process.env.SCENARIO_BACKEND === 'memory' ? inMemoryBackendFactory : httpBackendFactory;

const scenarios = loadScenarios();
const venueOf = scenarioVenues();

describe('conversation scenarios', () => {
  it('has at least 40 scenarios covering both sample venues', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    const venues = new Set(scenarios.map((s) => s.venue));
    expect(venues.has('pizzeria') && venues.has('spice-route')).toBe(true);
  });

  for (const scenario of scenarios) {
    it(`${scenario.file}: ${scenario.name}`, async () => {
      const { venue, understanding } = venueOf(scenario.venue);
      const failures = await runScenario(scenario, {
        venue,
        understanding,
        backend,
        knowledge: await venueKnowledge(venue),
        clock: fixedClock(),
        ids: () => sequentialIds(),
      });
      const report = failures
        .map((f) => `turn ${f.turn} "${f.user}":\n    ${f.problems.join('\n    ')}\n    bot: ${f.reply}`)
        .join('\n');
      expect(report).toBe('');
    });
  }
});
