import { fileURLToPath } from 'node:url';
import { type ReadyProcess, spawnReady } from '../spawn-ready.ts';

const ENTRY = fileURLToPath(new URL('./run-replica.ts', import.meta.url));

export interface Replica extends Omit<ReadyProcess, 'stop'> {
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts a bot replica in a child process and waits for its `READY <url>` line. */
export async function spawnReplica(env: Record<string, string>, timeoutMs = 20_000): Promise<Replica> {
  const replica = await spawnReady(
    ['--import', 'tsx', ENTRY],
    {
      SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
      SHED_MAX_TURNS_IN_FLIGHT: '0',
      SHED_MAX_EVENT_LOOP_UTILIZATION: '0',
      ...env,
    },
    /READY (\S+)/,
    timeoutMs,
  );
  return { url: replica.url, child: replica.child, output: replica.output, kill: replica.stop };
}
