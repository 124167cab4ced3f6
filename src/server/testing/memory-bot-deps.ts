import { Menu } from '../../domain/menu-schema.ts';
import { MemoryEventBus } from '../../sessions/memory-event-bus.ts';
import { MemorySessionStore } from '../../sessions/memory-session-store.ts';
import { MemoryStreamStore } from '../../sessions/memory-stream-store.ts';
import { MemoryTurnLock } from '../../sessions/memory-turn-lock.ts';
import { FIXTURE_MENU } from '../../testing/fixture-venue.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import type { BotDeps, TurnFunction } from '../bot-deps.ts';
import { MemoryServiceStore } from '../store/memory-service-store.ts';

/** BotDeps on memory adapters (and the in-memory backend unless given), for tests. */
export function memoryBotDeps(turn: TurnFunction, overrides: Partial<BotDeps> = {}): BotDeps {
  return {
    turn,
    venueId: 'test',
    backend: overrides.backend ?? new InMemoryBackend(Menu.parse(FIXTURE_MENU)),
    sessions: new MemorySessionStore(),
    store: new MemoryServiceStore(),
    streams: new MemoryStreamStore(),
    lock: new MemoryTurnLock(),
    bus: new MemoryEventBus(),
    checkBackend: async () => {},
    ...overrides,
  };
}
