import type { RequestDeadline } from './request-deadline.ts';

/** One HTTP request to the backend, as the client sends it. */
export interface TransportRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  headers: Record<string, string>;
  /** JSON text, or none. */
  body: string | undefined;
  /** Aborts the request (and the reading of its body) with its reason. */
  deadline: RequestDeadline;
}

/** The backend's answer: its status and ETag, then its body read once as text or discarded. */
export interface TransportResponse {
  status: number;
  etag: string | null;
  text(): Promise<string>;
  discard(): Promise<void>;
}

/** Sends one request to an absolute URL; rejects when the backend cannot be reached or `deadline` aborts. */
export type BackendTransport = (url: string, req: TransportRequest) => Promise<TransportResponse>;

/** A transport over a `fetch` function (tests pass one to count or fake requests). */
export function fetchTransport(fetchImpl: typeof fetch): BackendTransport {
  return async (url, req) => {
    const response = await fetchImpl(url, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      signal: req.deadline.signal,
    });
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
