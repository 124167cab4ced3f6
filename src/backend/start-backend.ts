import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { loadVenue, type Venue } from '../domain/index.ts';
import type { BackendConfig } from './config/backend-config.ts';
import { openDatabase } from './db/open-database.ts';
import { type BackendApp, buildBackendApp } from './http/build-backend-app.ts';

export interface RunningBackend {
  url: string;
  app: BackendApp;
  /** The service token in use (generated when the config has none). */
  serviceToken: string;
  close(): Promise<void>;
}

/**
 * Opens the database (PostgreSQL when DATABASE_URL is set, else `<dataDir>/<venue>.sqlite`, one file per
 * venue), migrates and seeds it from the configured venue, and listens. Without BACKEND_SERVICE_TOKEN a
 * dev token is kept in `<dataDir>/dev-service-token`, so `maitre chat` in another terminal can use it.
 */
export async function startBackend(
  config: BackendConfig,
  options: { venue?: Venue } = {},
): Promise<RunningBackend> {
  const logger = pino({ level: config.logLevel, base: { service: 'backend' } });
  const venue = options.venue ?? loadVenue(config.venue);
  const database = openDatabase({
    databaseUrl: config.databaseUrl,
    sqliteFile: join(config.dataDir, `${venue.id}.sqlite`),
  });
  let app: BackendApp;
  try {
    const serviceToken = config.serviceToken ?? devServiceToken(config.dataDir);
    app = await buildBackendApp({ database, venue, logger }, { ...config, serviceToken });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  const address = app.server.address();
  const port = address && typeof address === 'object' ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info(
    { event: 'backend.started', url, venue: venue.id, storage: database.kind },
    `backend.started ${url}`,
  );
  if (!config.serviceToken) {
    logger.warn(
      { event: 'backend.dev_service_token' },
      'backend.dev_service_token: BACKEND_SERVICE_TOKEN is not set',
    );
    process.stderr.write(
      `Maitre backend: no BACKEND_SERVICE_TOKEN set; using the dev token in ${devServiceTokenFile(config.dataDir)}\n`,
    );
  }
  return {
    url,
    app,
    serviceToken: app.backend.serviceToken,
    async close() {
      await app.close();
      await database.close();
      logger.info({ event: 'backend.stopped' }, 'backend.stopped');
    },
  };
}

/** Where a backend without BACKEND_SERVICE_TOKEN keeps its generated token (readable by its owner only). */
export function devServiceTokenFile(dataDir: string): string {
  return join(dataDir, 'dev-service-token');
}

function devServiceToken(dataDir: string): string {
  const file = devServiceTokenFile(dataDir);
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim();
    if (token.length >= 16) return token;
  }
  mkdirSync(dataDir, { recursive: true });
  const token = `dev-${randomBytes(18).toString('hex')}`;
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}
