import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddingError } from './embedding-error.ts';
import { connectOpenAIEmbedder, OpenAIEmbedder } from './openai-embedder.ts';

interface Seen {
  auth: string | undefined;
  body: { model: string; input: string[]; encoding_format?: string };
}

/** A tiny OpenAI-compatible embeddings server on loopback: vector = [length, vowels, 1]. */
function fakeServer(behaviour: { status?: number; dims?: number; drop?: boolean }) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => {
      data += c;
    });
    req.on('end', () => {
      const body = JSON.parse(data) as Seen['body'];
      seen.push({ auth: req.headers.authorization, body });
      if (req.url !== '/v1/embeddings') {
        res.writeHead(404).end();
        return;
      }
      if (behaviour.status !== undefined) {
        res.writeHead(behaviour.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'model not loaded', type: 'server_error' } }));
        return;
      }
      const inputs = behaviour.drop ? body.input.slice(1) : body.input;
      const dims = behaviour.dims ?? 3;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          object: 'list',
          model: body.model,
          data: inputs.map((t, index) => ({
            object: 'embedding',
            index,
            embedding: [t.length, (t.match(/[aeiou]/g) ?? []).length, 1, 0, 0].slice(0, dims),
          })),
          usage: { prompt_tokens: 1, total_tokens: 1 },
        }),
      );
    });
  });
  return { server, seen };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}

describe('OpenAIEmbedder against a fake /v1/embeddings server', () => {
  const ok = fakeServer({});
  const failing = fakeServer({ status: 500 });
  const wrongDims = fakeServer({ dims: 2 });
  const short = fakeServer({ drop: true });
  const urls: Record<string, string> = {};
  beforeAll(async () => {
    urls.ok = await listen(ok.server);
    urls.failing = await listen(failing.server);
    urls.wrongDims = await listen(wrongDims.server);
    urls.short = await listen(short.server);
  });
  afterAll(() => {
    for (const s of [ok, failing, wrongDims, short]) s.server.close();
  });

  it('embeds in batches, sends the model and key, asks for floats, returns unit vectors in order', async () => {
    const embedder = new OpenAIEmbedder({
      baseUrl: urls.ok!,
      model: 'tiny',
      apiKey: 'k-1',
      dimensions: 3,
      batchSize: 2,
    });
    const vectors = await embedder.embed(['aa', 'bbbb', 'c']);
    expect(vectors).toHaveLength(3);
    for (const v of vectors) expect(Math.hypot(...v)).toBeCloseTo(1, 6);
    expect(vectors[0]![0]! / vectors[0]![2]!).toBeCloseTo(2);
    expect(vectors[1]![0]! / vectors[1]![2]!).toBeCloseTo(4);
    expect(ok.seen.map((s) => s.body.input)).toEqual([['aa', 'bbbb'], ['c']]);
    expect(ok.seen[0]?.body.model).toBe('tiny');
    expect(ok.seen[0]?.body.encoding_format).toBe('float');
    expect(ok.seen[0]?.auth).toBe('Bearer k-1');
    expect(embedder.id).toBe('openai:tiny');
  });

  it('learns the dimensions with one probe when not given', async () => {
    const embedder = await connectOpenAIEmbedder({ baseUrl: urls.ok!, model: 'tiny' });
    expect(embedder.dimensions).toBe(3);
  });

  it('throws EmbeddingError with the status when the server fails', async () => {
    const embedder = new OpenAIEmbedder({
      baseUrl: urls.failing!,
      model: 'tiny',
      dimensions: 3,
      maxRetries: 0,
    });
    const error = await embedder.embed(['x']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddingError);
    expect((error as EmbeddingError).code).toBe('EMBEDDINGS_FAILED');
    expect((error as EmbeddingError).details).toMatchObject({ status: 500 });
  });

  it('throws EmbeddingError when vectors have the wrong size or an input is skipped', async () => {
    const dims = new OpenAIEmbedder({ baseUrl: urls.wrongDims!, model: 'tiny', dimensions: 3 });
    await expect(dims.embed(['x'])).rejects.toBeInstanceOf(EmbeddingError);
    const skipped = new OpenAIEmbedder({ baseUrl: urls.short!, model: 'tiny', dimensions: 3 });
    await expect(skipped.embed(['x', 'y'])).rejects.toThrow(/1 vectors for 2 inputs/);
  });

  it('throws EmbeddingError when nothing listens', async () => {
    const embedder = new OpenAIEmbedder({
      baseUrl: 'http://127.0.0.1:9/v1',
      model: 'tiny',
      dimensions: 3,
      maxRetries: 0,
      timeoutMs: 2000,
    });
    await expect(embedder.embed(['x'])).rejects.toBeInstanceOf(EmbeddingError);
  });
});
