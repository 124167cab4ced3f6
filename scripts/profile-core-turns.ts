/**
 * CPU per turn of the core alone (handleTurn with the rules, the in-memory backend and the venue's
 * knowledge as the bot builds it by default), under the open-loop bench's realistic turn mix: a
 * low-noise before/after measure for changes inside the turn (no HTTP, no backend process).
 *
 *   npx tsx scripts/profile-core-turns.ts [turns=3000] [repeats=8]
 *
 * As scripts/profile-open-loop.ts at 300/s for 10 s: each repeat starts 1,000 fresh sessions and a
 * fresh understanding (an empty memo of readings, as a fresh bot process), plays 600 turns untimed then
 * `turns` timed ones; sessions take turns round-robin, each starting at another point of its
 * conversation (as `runOpenLoop` does). The first repeat only warms the process (JIT). Prints the CPU
 * (user + system) per turn of each timed repeat, their median and minimum. Run it from the repository's
 * root. To compare two versions in one process (the fairest on a busy machine), bundle each with
 * esbuild and import their `coreTurns` (see the end of this file).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDialogConfig } from '../src/core/config/dialog-config.ts';
import type { TurnDeps } from '../src/core/dialog/turn-deps.ts';
import { handleTurn } from '../src/core/handle-turn.ts';
import { randomIds, systemClock } from '../src/core/index.ts';
import type { SessionState } from '../src/core/state/session-state.ts';
import { createUnderstanding } from '../src/core/understand/index.ts';
import { loadVenue } from '../src/domain/load-venue.ts';
import { buildTurnCorpus, conversationsFrom } from '../src/server/bench/turn-corpus.ts';
import { InMemoryBackend } from '../src/testing/in-memory-backend.ts';
import { venueKnowledge } from '../src/testing/venue-knowledge.ts';

const SESSIONS = 1000;
const WARM_TURNS = 600;

/** A harness over spice-route: `repeat(turns)` plays one repeat and returns its CPU ms per timed turn. */
export async function coreTurns(): Promise<{ repeat(turns: number): Promise<number> }> {
  // paths from the working directory (the repository's root), so a bundle of this script runs anywhere
  const venue = loadVenue('spice-route', resolve('restaurants'));
  const backend = new InMemoryBackend(venue.menu);
  // as the backend client: a menu read within its freshness is the same object, not a fresh copy
  const menus = new Map<string, ReturnType<InMemoryBackend['getMenu']>>();
  backend.getMenu = (query = {}) => {
    const key = JSON.stringify(query);
    let menu = menus.get(key);
    if (!menu) {
      menu = InMemoryBackend.prototype.getMenu.call(backend, query);
      menus.set(key, menu);
    }
    return menu;
  };
  const deps: { -readonly [K in keyof TurnDeps]: TurnDeps[K] } = {
    venue,
    understanding: createUnderstanding(venue.menu, venue.moods, venue.documents),
    backend,
    knowledge: await venueKnowledge(venue),
    clock: systemClock,
    ids: randomIds,
    config: createDialogConfig(),
  };
  const conversations = conversationsFrom(buildTurnCorpus(venue.id, `${resolve('eval')}/`), SESSIONS);
  let states: (SessionState | undefined)[] = [];
  let turnOf: number[] = [];
  let next = 0;
  const play = async (n: number): Promise<number> => {
    const start = process.cpuUsage();
    for (let k = 0; k < n; k++) {
      const s = next++ % SESSIONS;
      const script = conversations[s]!;
      const message = script[turnOf[s]!++ % script.length]!;
      const result = await handleTurn(states[s], message, deps);
      states[s] = result.state;
    }
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / n;
  };
  return {
    async repeat(turns) {
      deps.understanding = createUnderstanding(venue.menu, venue.moods, venue.documents);
      backend.calls.length = 0;
      states = new Array(SESSIONS);
      turnOf = conversations.map((c, i) => i % c.length);
      next = 0;
      await play(WARM_TURNS);
      return play(turns);
    },
  };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [turns = 3000, repeats = 8] = process.argv.slice(2).map(Number);
  const harness = await coreTurns();
  await harness.repeat(turns); // warm-up: JIT
  const runs: number[] = [];
  for (let r = 0; r < repeats; r++) runs.push(await harness.repeat(turns));
  process.stdout.write(
    `core CPU per turn (ms): ${runs.map((x) => x.toFixed(3)).join(' ')}; median ${median(runs).toFixed(3)}, min ${Math.min(...runs).toFixed(3)}\n`,
  );
}
