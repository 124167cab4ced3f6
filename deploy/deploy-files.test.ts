import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseBackendConfig } from '../src/backend/index.ts';
import { parseLlmConfig } from '../src/llm/llm-config.ts';
import { parseBotConfig } from '../src/server/index.ts';

// The deployment files, read as the tools would and checked for what must hold in production. Docker
// itself does not run here (docs/operations.md, "Containers", says what was validated and how).

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const Service = z.object({
  image: z.string().optional(),
  command: z.array(z.string()).optional(),
  environment: z.record(z.string(), z.string()).optional(),
  secrets: z.array(z.string()).optional(),
  healthcheck: z.object({ test: z.array(z.string()).min(2) }).optional(),
  ports: z.array(z.string()).optional(),
  user: z.string().optional(),
});
const Compose = z.object({
  services: z.record(z.string(), Service),
  secrets: z.record(z.string(), z.object({ file: z.string() })),
});

/** Compose's variable interpolation with nothing set: `${X:-default}` and `${X-default}` → default, `${X}` → ''. */
const interpolate = (text: string) =>
  text.replace(/\$\{\w+(?::?-([^}]*))?\}/g, (_match, fallback: string | undefined) => fallback ?? '');

const compose = Compose.parse(parse(interpolate(read('deploy/compose.yaml')), { merge: true }));
const services = Object.entries(compose.services);
const bots = services.filter(([, s]) => s.command?.[0] === 'serve');
const backend = services.find(([, s]) => s.command?.[0] === 'backend');

/** Environment of a service with every `*_FILE` secret swapped for a temporary file holding `value(name)`. */
const secretsDir = mkdtempSync(join(tmpdir(), 'maitre-deploy-test-'));
afterAll(() => rmSync(secretsDir, { recursive: true, force: true }));
function withSecretFiles(
  env: Record<string, string>,
  value: (name: string) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(env)) {
    const name = /^\/run\/secrets\/(.+)$/.exec(v)?.[1];
    if (key.endsWith('_FILE') && name !== undefined) {
      const path = join(secretsDir, name);
      writeFileSync(path, `${value(name)}\n`);
      out[key] = path;
    } else out[key] = v;
  }
  return out;
}

describe('deploy/compose.yaml', () => {
  it('runs two bot replicas (maitre serve), the backend, PostgreSQL, Redis, Qdrant and a TLS proxy', () => {
    expect(bots.length).toBe(2);
    expect(backend).toBeDefined();
    const images = services.map(([, s]) => s.image ?? '');
    for (const image of ['postgres:', 'redis:', 'qdrant/qdrant:', 'caddy:'])
      expect(images.some((i) => i.startsWith(image))).toBe(true);
    const proxy = services.find(([, s]) => s.image?.startsWith('caddy:'))?.[1];
    expect(proxy?.ports?.some((p) => p.endsWith(':443'))).toBe(true);
  });

  it('gives every service a healthcheck', () => {
    for (const [name, service] of services) expect(service.healthcheck, name).toBeDefined();
  });

  it('writes no secret inline: secret-like variables come only as *_FILE from declared secret files', () => {
    const secretLike = /(TOKEN|SECRET|PASSWORD|API_KEY|DATABASE_URL)$/;
    for (const [name, service] of services) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        expect(secretLike.test(key), `${name}: ${key} must be ${key}_FILE`).toBe(false);
        if (!key.endsWith('_FILE')) continue;
        const secret = /^\/run\/secrets\/(.+)$/.exec(value)?.[1];
        expect(secret, `${name}: ${key}`).toBeDefined();
        expect(service.secrets, `${name} mounts ${secret}`).toContain(secret);
        expect(compose.secrets[secret ?? '']?.file).toMatch(/^\.\/secrets\//);
      }
    }
    expect(read('deploy/.gitignore')).toMatch(/^secrets\/$/m);
  });

  it("bot replicas' environment parses as the bot's configuration: Redis, Qdrant, shared webhook secret", () => {
    const publicUrls = new Set<string>();
    for (const [name, service] of bots) {
      const env = withSecretFiles(service.environment ?? {}, (secret) =>
        secret === 'llm_api_key' ? '' : `${secret}-value-long-enough-0123456789`,
      );
      const config = parseBotConfig(env);
      expect(config.redisUrl, `${name}: more than one replica needs Redis`).toMatch(/^redis:\/\//);
      expect(config.webhookSecret).toBe('webhook_secret-value-long-enough-0123456789');
      expect(config.backendServiceToken).toBe('backend_service_token-value-long-enough-0123456789');
      expect(config.knowledge.index).toBe('qdrant');
      expect(config.knowledge.qdrantUrl).toBe('http://qdrant:6333');
      expect(config.trustProxy).toBe(1);
      expect(config.host).toBe('0.0.0.0');
      // An empty key file means no language model: the rule brain alone.
      expect(parseLlmConfig(env)).toBeUndefined();
      publicUrls.add(config.publicUrl ?? '');
    }
    expect(publicUrls.size, 'one webhook address shared by the replicas').toBe(1);
  });

  it("the backend's environment parses as the backend's configuration, with PostgreSQL", () => {
    const env = withSecretFiles(backend?.[1].environment ?? {}, (secret) =>
      secret === 'database_url'
        ? 'postgres://maitre:pw@postgres:5432/maitre'
        : `${secret}-value-long-enough-0123456789-0123456789`,
    );
    const config = parseBackendConfig(env);
    expect(config.databaseUrl).toBe('postgres://maitre:pw@postgres:5432/maitre');
    expect(config.tokenSecret?.length).toBeGreaterThanOrEqual(32);
    expect(config.host).toBe('0.0.0.0');
  });

  it('deploy/Caddyfile balances over every bot replica and checks their readiness', () => {
    const caddyfile = read('deploy/Caddyfile');
    const upstreams = /reverse_proxy ((?:[\w-]+:\d+ ?)+) \{/.exec(caddyfile)?.[1]?.trim().split(' ');
    expect(upstreams?.sort()).toEqual(bots.map(([name]) => `${name}:8080`).sort());
    expect(caddyfile).toMatch(/health_uri \/readyz/);
    expect(caddyfile).not.toMatch(/lb_policy (cookie|ip_hash|client_ip_hash)/);
  });
});

/** The Dockerfile's stages: name and instructions (continuation lines joined, comments dropped). */
function dockerStages(text: string): Array<{ name: string; lines: string[] }> {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const stages: Array<{ name: string; lines: string[] }> = [];
  for (const line of lines) {
    const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages.push({ name: from[1] ?? String(stages.length), lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

describe('Dockerfile', () => {
  const stages = dockerStages(read('Dockerfile'));
  const final = stages.at(-1);

  it('is multi-stage; the final stage runs as a non-root user with a healthcheck', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const user = final?.lines.filter((l) => l.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER\s+(root|0)(:|$)/);
    expect(final?.lines.some((l) => /^HEALTHCHECK .*CMD .*deploy\/healthcheck\.mjs/.test(l))).toBe(true);
    expect(final?.lines).toContain('ENTRYPOINT ["node", "--max-semi-space-size=32", "bin/maitre.mjs"]');
  });

  it('ships production dependencies only: node_modules comes from a stage that ran npm ci --omit=dev', () => {
    const copy = final?.lines.find((l) => /^COPY --from=\S+ \/app\/node_modules/.test(l));
    const from = /--from=(\S+)/.exec(copy ?? '')?.[1];
    const deps = stages.find((s) => s.name === from);
    expect(deps?.lines.some((l) => /^RUN npm ci --omit=dev\b/.test(l))).toBe(true);
    for (const stage of stages)
      for (const line of stage.lines) {
        expect(line).not.toMatch(/npm (install|i)\b/);
        if (/npm ci\b/.test(line)) expect(line).toMatch(/npm ci --omit=dev/);
      }
  });

  it('.dockerignore keeps dependencies, VCS, local data and secrets out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['node_modules', '.git', 'data', 'deploy/secrets', '.env'])
      expect(ignored).toContain(entry);
  });
});

describe('deploy/healthcheck.mjs', () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

  async function serve(status: number): Promise<string> {
    const server = createServer((_req, res) => res.writeHead(status).end());
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`;
  }

  const probe = (url: string) =>
    new Promise<number>((resolve) => {
      execFile(process.execPath, [join(ROOT, 'deploy/healthcheck.mjs'), url], (error) =>
        resolve(error ? (typeof error.code === 'number' ? error.code : -1) : 0),
      );
    });

  it('exits 0 on a 2xx answer, 1 on a 5xx answer or no answer', async () => {
    expect(await probe(await serve(200))).toBe(0);
    expect(await probe(await serve(503))).toBe(1);
    expect(await probe('http://127.0.0.1:1/healthz')).toBe(1);
  });
});

describe('.github/workflows/ci.yml', () => {
  const Workflow = z.object({
    on: z.record(z.string(), z.unknown()),
    permissions: z.record(z.string(), z.string()),
    jobs: z.record(
      z.string(),
      z.object({ steps: z.array(z.object({ run: z.string().optional(), uses: z.string().optional() })) }),
    ),
  });
  const workflow = Workflow.parse(parse(read('.github/workflows/ci.yml')));
  const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ''));

  it('runs .ci/run on pushes and pull requests, with read-only permissions', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(runs.some((r) => /(^|\s)(bash )?\.ci\/run\b/.test(r))).toBe(true);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('builds the image and starts the compose stack', () => {
    expect(runs.some((r) => r.includes('docker build'))).toBe(true);
    expect(runs.some((r) => /docker compose -f deploy\/compose\.yaml up .*--wait/.test(r))).toBe(true);
  });
});
