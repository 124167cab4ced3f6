export {
  type ChatBody,
  DEFAULT_RATE_LIMIT_HEADERS,
  type FakeGroq,
  type FakeHandler,
  type FakeReply,
  type FakeToolCall,
  type FakeUsage,
  type RecordedRequest,
  startFakeGroq,
} from './fake-groq-server.ts';
export { fixedClock } from './fixed-clock.ts';
export { FIXTURE_MENU, fixtureVenue } from './fixture-venue.ts';
export { FakeBackendError, InMemoryBackend, type InMemoryBackendOptions } from './in-memory-backend.ts';
export { inMemoryBackendFactory } from './in-memory-backend-factory.ts';
export { parsed, scriptedUnderstanding } from './parse-result-builder.ts';
export { sequentialIds } from './sequential-ids.ts';
