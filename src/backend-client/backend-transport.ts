import { request } from 'undici';

/** One HTTP request to the backend, as the client sends it. */
export interface TransportRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  headers: Record<string, string>;
  /** JSON text, or none. */
  body: string | undefined;
  /** Aborts the request (and the reading of its body). */
  signal: AbortSignal;
}

/** The backend's answer: its status and ETag, then its body read once as text or discarded. */
export interface TransportResponse {
  status: number;
  etag: string | null;
  text(): Promise<string>;
  discard(): Promise<void>;
}

/** Sends one request to an absolute URL; rejects when the backend cannot be reached or `signal` aborts. */
export type BackendTransport = (url: string, req: TransportRequest) => Promise<TransportResponse>;

/**
 * The default transport: undici's `request` on its global keep-alive dispatcher. It does the work of
 * `fetch` without the WHATWG layers (Request, Response, web streams, header guards), which profiling
 * showed as a notable share of the bot's CPU per turn (docs/operations.md, Open loop).
 */
export const undiciTransport: BackendTransport = async (url, req) => {
  const response = await request(url, {
    method: req.method,
    headers: req.headers,
    body: req.body,
    signal: req.signal,
  });
  const etag = response.headers.etag;
  return {
    status: response.statusCode,
    etag: (Array.isArray(etag) ? etag[0] : etag) ?? null,
    text: () => response.body.text(),
    discard: () => response.body.dump(),
  };
};

/** A transport over a `fetch` function (tests pass one to count or fake requests). */
export function fetchTransport(fetchImpl: typeof fetch): BackendTransport {
  return async (url, req) => {
    const response = await fetchImpl(url, req);
    return {
      status: response.status,
      etag: response.headers.get('etag'),
      text: () => response.text(),
      discard: async () => {
        await response.body?.cancel();
      },
    };
  };
}
