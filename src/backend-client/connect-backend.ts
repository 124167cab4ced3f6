import { existsSync, readFileSync } from 'node:fs';
import {
  type BackendConfig,
  devServiceTokenFile,
  parseBackendConfig,
  startBackend,
} from '../backend/index.ts';
import type { BackendPort } from '../core/ports/index.ts';
import { ConfigError } from '../errors/index.ts';
import { BackendClient } from './backend-client.ts';

export interface ConnectBackendOptions {
  venue: string;
  /** A running backend; when absent, BACKEND_URL, then a backend already running locally, else an embedded one. */
  backendUrl?: string;
  serviceToken?: string;
  env?: Record<string, string | undefined>;
}

export interface BackendConnection {
  port: BackendPort;
  url: string;
  serviceToken: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Finds the restaurant backend for a venue, in this order: the given URL or BACKEND_URL (with
 * BACKEND_SERVICE_TOKEN); a backend already running on this machine for the same venue (`npm start`),
 * using its dev token from DATA_DIR; else an embedded backend started in this process on a free port.
 */
export async function connectBackend(options: ConnectBackendOptions): Promise<BackendConnection> {
  const env = options.env ?? process.env;
  const config = parseBackendConfig({ ...env, VENUE: options.venue });
  const url = options.backendUrl ?? env.BACKEND_URL;
  if (url) {
    const token = options.serviceToken ?? config.serviceToken ?? readDevToken(config);
    if (!token)
      throw new ConfigError('BACKEND_SERVICE_TOKEN', 'is required to talk to the backend at BACKEND_URL');
    return remote(url, token);
  }
  const local = `http://127.0.0.1:${config.port}`;
  const localToken = options.serviceToken ?? config.serviceToken ?? readDevToken(config);
  if (localToken && (await servesVenue(local, options.venue))) return remote(local, localToken);
  const backend = await startBackend({ ...config, port: 0, host: '127.0.0.1' });
  return {
    port: new BackendClient({ baseUrl: backend.url, serviceToken: backend.serviceToken }),
    url: backend.url,
    serviceToken: backend.serviceToken,
    embedded: true,
    close: () => backend.close(),
  };
}

function remote(url: string, serviceToken: string): BackendConnection {
  return {
    port: new BackendClient({ baseUrl: url, serviceToken }),
    url,
    serviceToken,
    embedded: false,
    close: async () => {},
  };
}

function readDevToken(config: BackendConfig): string | undefined {
  const file = devServiceTokenFile(config.dataDir);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
}

/** True when a backend answers at `url` and serves `venue`. */
async function servesVenue(url: string, venue: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/menu?q=__probe__`, { signal: AbortSignal.timeout(500) });
    if (!response.ok) return false;
    const body = (await response.json()) as { venue?: { id?: string } };
    return body.venue?.id === venue;
  } catch {
    return false;
  }
}
