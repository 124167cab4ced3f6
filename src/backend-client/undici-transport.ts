import { type Dispatcher, errors, getGlobalDispatcher } from 'undici';
import type { BackendTransport, TransportRequest, TransportResponse } from './backend-transport.ts';

/**
 * The default transport: one request dispatched on undici's global keep-alive dispatcher, what undici's
 * `request` does without its per-call layers (URL re-parsing, an AsyncResource, a Readable body stream,
 * header parsing, an AbortSignal listener), which profiling showed as a notable share of the bot's CPU
 * per backend call (docs/operations.md, Open loop). Same wire request, same answers and errors: it
 * resolves at the response's headers; the body is collected as it comes and read once as UTF-8 text
 * (a BOM skipped, as undici's `body.text()`); `deadline` aborts the request (before the headers: the
 * transport rejects with its reason; after: `text()` does).
 */
export const undiciTransport: BackendTransport = (url, req) =>
  new Promise((resolve, reject) => {
    const target = splitUrl(url);
    const exchange = new Exchange(req.deadline, resolve, reject);
    getGlobalDispatcher().dispatch(
      { origin: target.origin, path: target.path, method: req.method, headers: req.headers, body: req.body },
      exchange,
    );
  });

/** The dispatcher's handler of one request: settles the transport's promise, then the body's. */
class Exchange implements Dispatcher.DispatchHandlers, TransportResponse {
  status = 0;
  etag: string | null = null;
  private abortRequest: ((reason: Error) => void) | undefined;
  /** The deadline aborted before the request was connected: abort it as soon as it is. */
  private abortedEarly = false;
  private earlyReason: unknown;
  private resolve: ((response: TransportResponse) => void) | undefined;
  private reject: ((error: unknown) => void) | undefined;
  private readonly chunks: Buffer[] = [];
  private length = 0;
  private done = false;
  private failure: { error: unknown } | undefined;
  /** Waiting for the end of the body: `text()` (decode) or `discard()` (resolve either way). */
  private reader: { resolve: (text: string) => void; reject: (error: unknown) => void } | undefined;

  constructor(
    deadline: TransportRequest['deadline'],
    resolve: (response: TransportResponse) => void,
    reject: (error: unknown) => void,
  ) {
    this.resolve = resolve;
    this.reject = reject;
    if (deadline.aborted) {
      this.abortedEarly = true;
      this.earlyReason = deadline.reason;
    } else {
      deadline.onAbort((reason) => {
        if (this.abortRequest) this.abortRequest(reason as Error);
        else {
          this.abortedEarly = true;
          this.earlyReason = reason;
        }
      });
    }
  }

  onConnect(abort: (err?: Error) => void): void {
    if (this.abortedEarly) {
      abort(this.earlyReason as Error);
      return;
    }
    this.abortRequest = abort;
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[] | string[] | null, _resume: () => void): boolean {
    if (statusCode < 200) return true; // informational (1xx): the answer is still to come
    this.status = statusCode;
    this.etag = rawHeaders ? etagOf(rawHeaders) : null;
    const resolve = this.resolve;
    this.resolve = undefined;
    this.reject = undefined;
    resolve?.(this);
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.chunks.push(chunk);
    this.length += chunk.length;
    return true;
  }

  onComplete(): void {
    this.done = true;
    const reader = this.reader;
    this.reader = undefined;
    reader?.resolve(this.decode());
  }

  onError(error: Error): void {
    const reject = this.reject;
    if (reject) {
      this.resolve = undefined;
      this.reject = undefined;
      reject(error);
      return;
    }
    this.failure = { error };
    const reader = this.reader;
    this.reader = undefined;
    reader?.reject(error);
  }

  text(): Promise<string> {
    if (this.done) return Promise.resolve(this.decode());
    if (this.failure) return Promise.reject(this.failure.error);
    return new Promise((resolve, reject) => {
      this.reader = { resolve, reject };
    });
  }

  discard(): Promise<void> {
    if (this.done || this.failure) return Promise.resolve();
    return new Promise((resolve) => {
      this.reader = { resolve: () => resolve(), reject: () => resolve() };
    });
  }

  /** The body as undici's `body.text()` reads it: UTF-8, a leading BOM skipped. */
  private decode(): string {
    const { chunks, length } = this;
    if (chunks.length === 0 || length === 0) return '';
    const buffer = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, length);
    const start = buffer.length > 2 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
    return buffer.toString('utf8', start);
  }
}

/** The first ETag header's value (names are matched case-insensitively), or null. */
function etagOf(rawHeaders: Buffer[] | string[]): string | null {
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] as Buffer | string;
    if (name.length !== 4 || !isEtag(name)) continue;
    const value = rawHeaders[i + 1] as Buffer | string | Array<Buffer | string>;
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined ? null : typeof first === 'string' ? first : first.toString('utf8');
  }
  return null;
}

/** A four-character header name that reads `etag` in any case (compared byte by byte: no string made). */
function isEtag(name: Buffer | string): boolean {
  if (typeof name === 'string') return name.toLowerCase() === 'etag';
  // `| 0x20` folds ASCII upper case to lower; only E/e, T/t, A/a, G/g match
  return (
    ((name[0] as number) | 0x20) === 0x65 &&
    ((name[1] as number) | 0x20) === 0x74 &&
    ((name[2] as number) | 0x20) === 0x61 &&
    ((name[3] as number) | 0x20) === 0x67
  );
}

/** Origins already parsed, by the text before a URL's path; null when not a plain `http(s)://host[:port]`. */
const origins = new Map<string, string | null>();
const ORIGIN_CACHE_LIMIT = 16;
/**
 * A path and query that URL parsing leaves as they are: no character it would percent-encode (in the
 * query, `'` is), no `\`, `#`, dot segments (`.`, `..`, or `%2e`), no empty query.
 */
const PLAIN_PATH = /^\/[\w\-.~!$&'()*+,;=:@%/]*(?:\?[\w\-.~!$&()*+,;=:@%/?]+)?$/;
const DOT_SEGMENT = /\/\.|%2e/i;

/**
 * The origin and path (with the query) undici's `request(url)` would send: `new URL(url)`'s `origin`,
 * and `pathname` + `search`. Parses only what a URL parse could change: an origin once, a path that is
 * not plain.
 */
function splitUrl(url: string): { origin: string; path: string } {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  if (slash > 0) {
    const head = url.slice(0, slash);
    let origin = origins.get(head);
    if (origin === undefined) {
      origin = plainOrigin(head);
      if (origins.size >= ORIGIN_CACHE_LIMIT) origins.clear();
      origins.set(head, origin);
    }
    const path = url.slice(slash);
    if (origin !== null && PLAIN_PATH.test(path) && !DOT_SEGMENT.test(path)) return { origin, path };
  }
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new errors.InvalidArgumentError(
      'Invalid URL protocol: the URL must start with `http:` or `https:`.',
    );
  return { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
}

/** The origin of `http(s)://host[:port]` (nothing else: no user info, path, query or fragment), else null. */
function plainOrigin(head: string): string | null {
  if (!/^https?:\/\/[^/?#@\\]+$/i.test(head)) return null;
  try {
    const parsed = new URL(`${head}/`);
    return parsed.pathname === '/' && parsed.search === '' && parsed.hash === '' ? parsed.origin : null;
  } catch {
    return null;
  }
}
