import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { inMemoryBackendFactory } from '../../testing/in-memory-backend-factory.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createUnderstanding } from '../understand/index.ts';
import { runScenario } from './run-scenario.ts';
import { Scenario, type TurnExpectation } from './scenario.ts';

/** The slot and cart-size assertions of the scenario format (unset slots, slot patterns, unit caps). */
describe('scenario expectations', () => {
  const venue = loadVenue('pizzeria');
  const understanding = createUnderstanding(venue.menu, venue.moods, venue.documents);
  const problems = async (user: string, expect: TurnExpectation) => {
    const scenario = Scenario.parse({ name: 't', venue: 'pizzeria', turns: [{ user, expect }] });
    const failures = await runScenario(scenario, {
      venue,
      understanding,
      backend: inMemoryBackendFactory,
      clock: fixedClock(),
      ids: () => sequentialIds(),
    });
    return failures.flatMap((f) => f.problems);
  };

  it('null in slots means the slot is unset', async () => {
    const msg = 'a small margherita for pickup';
    expect(await problems(msg, { slots: { fulfillment: 'pickup', name: null } })).toEqual([]);
    expect(await problems(msg, { slots: { fulfillment: null } })).toHaveLength(1);
  });

  it('slots_match needs a set slot matching the pattern; slots_not_match the opposite', async () => {
    const msg = 'a small margherita for pickup';
    expect(
      await problems(msg, { slots_match: { fulfillment: '^pick' }, slots_not_match: { name: '.' } }),
    ).toEqual([]);
    expect(await problems(msg, { slots_match: { name: '.' } })).toHaveLength(1);
    expect(await problems(msg, { slots_not_match: { fulfillment: 'PICKUP' } })).toHaveLength(1);
  });

  it('max_units caps the units of one item or of the whole cart', async () => {
    const msg = '3 garlic knots';
    expect(await problems(msg, { max_units: { 'garlic-knots': 3, '*': 3 } })).toEqual([]);
    expect(await problems(msg, { max_units: { 'garlic-knots': 2 } })).toHaveLength(1);
    expect(await problems(msg, { max_units: { '*': 1 } })).toHaveLength(1);
  });
});
