import type { BackendPort } from '../core/ports/index.ts';

export interface ConnectBackendOptions {
  venue: string;
  /** A running backend; when absent (and BACKEND_URL unset) an embedded backend is started. */
  backendUrl?: string;
  serviceToken?: string;
}

export interface BackendConnection {
  port: BackendPort;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** Placeholder until the HTTP client lands. */
export async function connectBackend(_options: ConnectBackendOptions): Promise<BackendConnection> {
  throw new Error('connectBackend: not built yet');
}
