import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBackend, startBackend } from '../backend/index.ts';
import { testConfig } from '../backend/testing/test-backend.ts';
import { type ReadyProcess, spawnReady } from '../server/spawn-ready.ts';
import { redisForTests, TEST_REDIS_URL } from '../testing/test-services.ts';

const CLI = fileURLToPath(new URL('../../bin/maitre.mjs', import.meta.url));
const REDIS_URL = TEST_REDIS_URL;
const hasRedis = await redisForTests('the WORKERS (node:cluster over Redis) test is skipped');
const PREFIX = `maitre-test-workers-${randomBytes(4).toString('hex')}:`;

/** One request on its own connection (no keep-alive), so node:cluster hands it to the next worker. */
function post(url: string, body: unknown, token?: string): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(data),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

describe.skipIf(!hasRedis)('maitre serve with WORKERS (node:cluster)', () => {
  let backend: RunningBackend;
  let dataDir: string;
  let bot: ReadyProcess;
  let redis: Redis;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'maitre-workers-'));
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    await redis.ping();
    backend = await startBackend(testConfig({ DATA_DIR: dataDir, VENUE: 'spice-route' }));
    bot = await spawnReady(
      [CLI, 'serve'],
      {
        WORKERS: '2',
        REDIS_URL,
        REDIS_PREFIX: PREFIX,
        PORT: '0',
        LOG_LEVEL: 'silent',
        DATA_DIR: dataDir,
        BACKEND_URL: backend.url,
        BACKEND_SERVICE_TOKEN: backend.serviceToken,
        SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
        SHED_MAX_TURNS_IN_FLIGHT: '0',
      },
      /listening on (\S+) \(2 workers\)/,
      90_000,
    );
  }, 120_000);

  afterAll(async () => {
    await bot?.stop();
    await backend?.close();
    if (redis) {
      const keys = await redis.keys(`${PREFIX}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });

  it('runs two bot processes on one port that share sessions through Redis', async () => {
    const workers = execFileSync('ps', ['--ppid', String(bot.child.pid), '-o', 'pid=,args='], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      // (tsx may run an esbuild service beside them)
      .filter((l) => l.includes('maitre.mjs serve'));
    expect(workers, workers.join('\n')).toHaveLength(2);
    const created = await post(`${bot.url}/v1/sessions`, {});
    expect(created.status).toBe(201);
    const { sessionId, token } = created.json as { sessionId: string; token: string };
    // every turn on a new connection: the workers take them in turn, and each finds the session and cart
    const statuses: number[] = [];
    let lines = 0;
    for (const text of ['two samosas please', 'one mango lassi', 'show my cart', 'hi']) {
      const turn = await post(`${bot.url}/v1/sessions/${sessionId}/messages`, { text }, token);
      statuses.push(turn.status);
      lines =
        (turn.json as { session: { cart: { lines: unknown[] } | null } }).session.cart?.lines.length ?? 0;
    }
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(lines).toBe(2);
  });

  it('stops every worker on SIGTERM, then exits itself', async () => {
    const pid = bot.child.pid;
    const exited = new Promise<number | null>((resolve) => bot.child.once('exit', (code) => resolve(code)));
    bot.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const left = spawnSync('ps', ['--ppid', String(pid), '-o', 'args='], { encoding: 'utf8' }).stdout;
    expect(left).not.toMatch(/maitre\.mjs serve/);
  }, 30_000);
});

describe('WORKERS without Redis', () => {
  it('with an unreachable Redis, stops with one line naming REDIS_URL (serve and start), never hangs', () => {
    for (const command of ['serve', 'start']) {
      const env = {
        ...process.env,
        WORKERS: '2',
        LOG_LEVEL: 'silent',
        REDIS_URL: 'redis://127.0.0.1:1',
        PORT: '0',
        BACKEND_PORT: '0',
      };
      const run = spawnSync(process.execPath, [CLI, command], { env, encoding: 'utf8', timeout: 30_000 });
      expect(run.status, `${command}: ${run.stderr}`).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/REDIS_URL names a Redis that does not answer/);
    }
  });

  it('with its port taken, stops with one line saying so, never hangs', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '0.0.0.0', () => r()));
    const port = (taken.address() as AddressInfo).port;
    try {
      const env = { ...process.env, WORKERS: '2', LOG_LEVEL: 'silent', REDIS_URL, PORT: String(port) };
      const run = spawnSync(process.execPath, [CLI, 'serve'], { env, encoding: 'utf8', timeout: 30_000 });
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(`port ${port} is already in use`),
      ]);
    } finally {
      taken.close();
    }
  });

  it('stops start-up with an error naming WORKERS and REDIS_URL', () => {
    const env: Record<string, string | undefined> = { ...process.env, WORKERS: '2', LOG_LEVEL: 'silent' };
    delete env.REDIS_URL;
    const run = spawnSync(process.execPath, [CLI, 'serve'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/WORKERS is 2, which needs REDIS_URL/);
  });
});
