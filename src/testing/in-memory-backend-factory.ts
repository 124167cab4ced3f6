import type { BackendFactory } from '../core/scenarios/run-scenario.ts';
import { InMemoryBackend } from './in-memory-backend.ts';

/** A fresh in-memory backend per scenario, with the scenario's stock and availability set-up. */
export const inMemoryBackendFactory: BackendFactory = async (venue, setup) => ({
  port: new InMemoryBackend(venue.menu, {
    ...(setup.stock ? { stock: setup.stock } : {}),
    ...(setup.unavailable ? { unavailable: setup.unavailable } : {}),
  }),
});
