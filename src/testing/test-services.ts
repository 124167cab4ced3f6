import { Socket } from 'node:net';

/**
 * Where the test suite finds the servers it can use, and what it does when one is missing.
 *
 * - PostgreSQL: `TEST_DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/test`). Missing on a
 *   laptop: the PostgreSQL suites run on PGlite (embedded, in-process) instead.
 * - Redis: `TEST_REDIS_URL` (default `redis://127.0.0.1:6379`). Missing on a laptop: the Redis suites
 *   skip, each printing one line naming Redis and how to start it.
 * - In CI (`CI=true`, or `MAITRE_TEST_SERVICES=required`, which `.ci/run` sets) a missing service is an
 *   error that fails the suite, never a fallback or a skip. `MAITRE_TEST_SERVICES=optional` forces the
 *   laptop behaviour even under `CI=true`.
 */
export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A server the tests may need. */
export type TestService = 'postgres' | 'redis';

const HOW_TO_START: Record<TestService, string> = {
  postgres:
    'start PostgreSQL (e.g. `pg_ctlcluster 16 main start`, database `test`, trust auth on 127.0.0.1) or set TEST_DATABASE_URL',
  redis: 'start Redis (e.g. `redis-server --daemonize yes`) or set TEST_REDIS_URL',
};

const NAMES: Record<TestService, string> = { postgres: 'PostgreSQL', redis: 'Redis' };

/** True when a missing service must fail the run (CI), false when the suite may fall back or skip. */
export function servicesRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const mode = env.MAITRE_TEST_SERVICES;
  if (mode === 'required') return true;
  if (mode === 'optional') return false;
  return env.CI === 'true' || env.CI === '1';
}

/** The one line printed when a service is missing (without the URL's credentials). */
export function missingServiceLine(service: TestService, url: string, what: string): string {
  return `[tests] ${NAMES[service]} not reachable at ${redactUrl(url)}: ${what}. To run them, ${HOW_TO_START[service]}.`;
}

/**
 * Decides what a suite does about a service that did not answer: in CI throws an Error naming the
 * service (so the run fails), elsewhere prints `missingServiceLine` once and returns.
 */
export function onMissingService(
  service: TestService,
  url: string,
  what: string,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const line = missingServiceLine(service, url, what);
  if (servicesRequired(env)) {
    throw new Error(
      `${line} (a missing service is an error in CI: CI=true or MAITRE_TEST_SERVICES=required)`,
    );
  }
  if (!printed.has(line)) {
    printed.add(line);
    console.warn(line);
  }
}
const printed = new Set<string>();

/** Whether something accepts TCP connections at the URL's host and port (within `timeoutMs`). */
export function reachable(url: string, defaultPort: number, timeoutMs = 1500): Promise<boolean> {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
  const port = u.port ? Number(u.port) : defaultPort;
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => done(true));
  });
}

const probes = new Map<TestService, Promise<boolean>>();

/** Whether the test PostgreSQL / Redis accepts connections (probed once per process). */
export function serviceAvailable(service: TestService): Promise<boolean> {
  let probe = probes.get(service);
  if (!probe) {
    probe = service === 'postgres' ? reachable(TEST_POSTGRES_URL, 5432) : reachable(TEST_REDIS_URL, 6379);
    probes.set(service, probe);
  }
  return probe;
}

/**
 * For a suite that needs Redis: true when it is reachable; otherwise (laptop) prints one line and
 * returns false so the caller skips, or (CI) throws. Use with `describe.skipIf(!(await redisForTests(...)))`.
 */
export async function redisForTests(what: string): Promise<boolean> {
  if (await serviceAvailable('redis')) return true;
  onMissingService('redis', TEST_REDIS_URL, what);
  return false;
}

/** The URL without its user and password. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//');
}
