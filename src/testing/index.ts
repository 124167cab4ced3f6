export { fixedClock } from './fixed-clock.ts';
export { FIXTURE_MENU, fixtureVenue } from './fixture-venue.ts';
export { FakeBackendError, InMemoryBackend, type InMemoryBackendOptions } from './in-memory-backend.ts';
export { inMemoryBackendFactory } from './in-memory-backend-factory.ts';
export { parsed, scriptedUnderstanding } from './parse-result-builder.ts';
export { sequentialIds } from './sequential-ids.ts';
