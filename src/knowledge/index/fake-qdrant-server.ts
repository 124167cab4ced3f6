import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake received: method, path (no query string), query parameters, parsed JSON body. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

/** A canned answer that replaces the fake's own: HTTP status and JSON body. */
export interface CannedResponse {
  status: number;
  body: unknown;
}

/**
 * A small stand-in for a Qdrant server, on loopback, for tests only (no Qdrant can run on this machine).
 * It records every request and answers the REST calls `QdrantIndex` makes with an in-memory model of
 * their documented behaviour: collections with named dense (cosine) and sparse (`modifier: 'idf'`,
 * idf = ln((N − n + 0.5)/(n + 0.5) + 1), Qdrant's BM25 formula) vectors, `must`/`must_not` filters with
 * `match.value`/`match.any` (an array payload matches when any element does; a missing field never
 * matches), upsert, query, count, delete by filter, retrieve. It is not Qdrant: a pass here proves the
 * adapter's requests and its reading of the answers, not the server's behaviour. `override` answers a
 * request instead of the model (errors, malformed payloads).
 */
export class FakeQdrantServer {
  readonly requests: RecordedRequest[] = [];
  override: ((request: RecordedRequest) => CannedResponse | undefined) | undefined;
  readonly #collections = new Map<string, Collection>();
  readonly #server: Server;

  private constructor(server: Server) {
    this.#server = server;
  }

  /** Starts the fake on 127.0.0.1 on a free port. */
  static async start(): Promise<FakeQdrantServer> {
    let fake: FakeQdrantServer | undefined;
    const server = createServer((req, res) => {
      void fake?.handle(req, res);
    });
    fake = new FakeQdrantServer(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The requests whose path is `path`, in order. */
  requestsTo(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: raw === '' ? undefined : JSON.parse(raw),
    };
    this.requests.push(request);
    const answer = this.override?.(request) ?? this.route(request);
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  }

  private route({ method, path, body }: RecordedRequest): CannedResponse {
    const match = /^\/collections\/([^/]+)(\/.*)?$/.exec(path);
    if (match === null) return notFound(path);
    const name = decodeURIComponent(match[1] ?? '');
    const rest = match[2] ?? '';
    const collection = this.#collections.get(name);
    const input = (body ?? {}) as Record<string, unknown>;
    if (method === 'GET' && rest === '/exists') return ok({ exists: collection !== undefined });
    if (method === 'PUT' && rest === '') {
      if (collection !== undefined)
        return { status: 409, body: { status: { error: `Collection ${name} exists` } } };
      this.#collections.set(name, { config: input, points: new Map() });
      return ok(true);
    }
    if (collection === undefined) return notFound(`Collection ${name}`);
    if (method === 'GET' && rest === '')
      return ok({
        status: 'green',
        points_count: collection.points.size,
        config: { params: collection.config },
      });
    if (method === 'DELETE' && rest === '') {
      this.#collections.delete(name);
      return ok(true);
    }
    if (method === 'PUT' && rest === '/index') return ok({ operation_id: 0, status: 'completed' });
    if (method === 'PUT' && rest === '/points') {
      for (const point of input.points as Point[]) collection.points.set(String(point.id), point);
      return ok({ operation_id: 0, status: 'completed' });
    }
    if (method === 'POST' && rest === '/points/count') {
      const filter = input.filter as Filter | undefined;
      return ok({ count: [...collection.points.values()].filter((p) => passes(p, filter)).length });
    }
    if (method === 'POST' && rest === '/points/delete') {
      const filter = input.filter as Filter | undefined;
      for (const [id, point] of collection.points) if (passes(point, filter)) collection.points.delete(id);
      return ok({ operation_id: 0, status: 'completed' });
    }
    if (method === 'POST' && rest === '/points') {
      const ids = (input.ids as string[]).map(String);
      return ok(
        ids.flatMap((id) => {
          const point = collection.points.get(id);
          return point === undefined ? [] : [{ id, payload: point.payload }];
        }),
      );
    }
    if (method === 'POST' && rest === '/points/query') return ok({ points: query(collection, input) });
    return notFound(`${method} ${path}`);
  }
}

interface Collection {
  config: Record<string, unknown>;
  points: Map<string, Point>;
}

interface Sparse {
  indices: number[];
  values: number[];
}

interface Point {
  id: string | number;
  vector: number[] | Record<string, number[] | Sparse>;
  payload?: Record<string, unknown>;
}

interface Condition {
  key: string;
  match: { value?: unknown; any?: unknown[] };
}

interface Filter {
  must?: Condition[];
  must_not?: Condition[];
}

function ok(result: unknown): CannedResponse {
  return { status: 200, body: { result, status: 'ok', time: 0 } };
}

function notFound(what: string): CannedResponse {
  return { status: 404, body: { status: { error: `Not found: ${what}` } } };
}

function holds(point: Point, condition: Condition): boolean {
  const value = point.payload?.[condition.key];
  if (value === undefined || value === null) return false;
  const values = Array.isArray(value) ? value : [value];
  if ('value' in condition.match) return values.includes(condition.match.value);
  return values.some((v) => condition.match.any?.includes(v) ?? false);
}

function passes(point: Point, filter: Filter | undefined): boolean {
  if (filter === undefined) return true;
  return (
    (filter.must ?? []).every((c) => holds(point, c)) && !(filter.must_not ?? []).some((c) => holds(point, c))
  );
}

function named(point: Point, using: string): number[] | Sparse | undefined {
  return Array.isArray(point.vector) ? point.vector : point.vector[using];
}

function query(collection: Collection, input: Record<string, unknown>): unknown[] {
  const using = String(input.using ?? '');
  const limit = Number(input.limit ?? 10);
  const candidates = [...collection.points.values()].filter((p) =>
    passes(p, input.filter as Filter | undefined),
  );
  const all = [...collection.points.values()];
  let scored: { point: Point; score: number }[];
  if (Array.isArray(input.query)) {
    const q = input.query as number[];
    scored = candidates.map((point) => ({ point, score: cosine(q, named(point, using) as number[]) }));
  } else {
    const q = input.query as Sparse;
    const df = new Map<number, number>();
    for (const p of all) for (const i of (named(p, using) as Sparse).indices) df.set(i, (df.get(i) ?? 0) + 1);
    const idf = (i: number): number => {
      const n = df.get(i) ?? 0;
      return Math.log((all.length - n + 0.5) / (n + 0.5) + 1);
    };
    scored = candidates.flatMap((point) => {
      const d = named(point, using) as Sparse;
      const weights = new Map(d.indices.map((i, n) => [i, d.values[n] ?? 0]));
      let score = 0;
      let shared = false;
      q.indices.forEach((i, n) => {
        const w = weights.get(i);
        if (w === undefined) return;
        shared = true;
        score += (q.values[n] ?? 0) * w * idf(i);
      });
      return shared ? [{ point, score }] : [];
    });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ point, score }) => ({ id: point.id, version: 0, score, payload: point.payload ?? null }));
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += (a[i] ?? 0) * (b[i] ?? 0);
    na += (a[i] ?? 0) ** 2;
    nb += (b[i] ?? 0) ** 2;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
