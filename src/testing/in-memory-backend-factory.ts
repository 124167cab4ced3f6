import type { BackendFactory } from '../core/scenarios/run-scenario.ts';
import { InMemoryBackend } from './in-memory-backend.ts';
import { withPolicies } from './with-policies.ts';

/** A fresh in-memory backend per scenario, with the scenario's stock, availability and policy set-up. */
export const inMemoryBackendFactory: BackendFactory = async (venue, setup) => ({
  port: new InMemoryBackend(setup.policies ? withPolicies(venue.menu, setup.policies) : venue.menu, {
    ...(setup.stock ? { stock: setup.stock } : {}),
    ...(setup.unavailable ? { unavailable: setup.unavailable } : {}),
  }),
});
