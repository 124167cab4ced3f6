import OpenAI from 'openai';
import { z } from 'zod';
import type { Embedder } from '../../core/ports/knowledge-retriever.ts';
import { EmbeddingError } from './embedding-error.ts';

/** Inputs per `/v1/embeddings` request (OpenAI accepts up to 2,048; self-hosted servers often fewer). */
export const OPENAI_EMBED_BATCH = 64;

export interface OpenAIEmbedderOptions {
  /** The server's base URL including `/v1`, e.g. `http://127.0.0.1:8080/v1` (EMBEDDINGS_BASE_URL). */
  baseUrl: string;
  /** The model name (EMBEDDINGS_MODEL). */
  model: string;
  /** Bearer key (EMBEDDINGS_API_KEY); a placeholder is sent when absent (local servers ignore it). */
  apiKey?: string;
  /** The vectors' length; probed with one request by `connectOpenAIEmbedder` when absent. */
  dimensions?: number;
  /** Per-request timeout in ms; default 30,000. */
  timeoutMs?: number;
  /** Retries of a failed request (the SDK's backoff); default 2. */
  maxRetries?: number;
  batchSize?: number;
}

const EmbeddingsResponse = z.object({
  data: z.array(z.object({ index: z.number().int().min(0), embedding: z.array(z.number()) })),
});

/**
 * An Embedder over any OpenAI-compatible `/v1/embeddings` endpoint (OpenAI, Azure-compatible gateways,
 * llama.cpp, vLLM, Ollama, text-embeddings-inference), through the official `openai` SDK with its
 * `baseURL`. Texts go in batches of `batchSize`; `encoding_format: 'float'` (servers without base64
 * support work). Each response is validated with zod (one vector per input, each of `dimensions`
 * numbers) and every vector scaled to unit length. Errors: EmbeddingError (`EMBEDDINGS_FAILED`) with the
 * HTTP status when there is one; never the texts. id: `openai:<model>`.
 */
export class OpenAIEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly client: OpenAI;
  private readonly batchSize: number;

  constructor(private readonly options: OpenAIEmbedderOptions & { dimensions: number }) {
    this.id = `openai:${options.model}`;
    this.dimensions = options.dimensions;
    this.batchSize = options.batchSize ?? OPENAI_EMBED_BATCH;
    this.client = openAIClient(options);
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) {
      const batch = texts.slice(i, i + this.batchSize);
      const vectors = await requestEmbeddings(this.client, this.options.model, batch);
      for (const v of vectors) {
        if (v.length !== this.dimensions) {
          throw new EmbeddingError(`the model returned ${v.length} numbers, ${this.dimensions} expected`, {
            model: this.options.model,
          });
        }
        out.push(unitLength(v));
      }
    }
    return out;
  }
}

/**
 * An OpenAIEmbedder; when `dimensions` is not given, one request embeds a probe word to learn it.
 * Errors: EmbeddingError when the probe fails.
 */
export async function connectOpenAIEmbedder(options: OpenAIEmbedderOptions): Promise<OpenAIEmbedder> {
  if (options.dimensions !== undefined)
    return new OpenAIEmbedder({ ...options, dimensions: options.dimensions });
  const [probe] = await requestEmbeddings(openAIClient(options), options.model, ['menu']);
  if (probe === undefined || probe.length === 0)
    throw new EmbeddingError('the probe returned no vector', { model: options.model });
  return new OpenAIEmbedder({ ...options, dimensions: probe.length });
}

function openAIClient(options: OpenAIEmbedderOptions): OpenAI {
  return new OpenAI({
    baseURL: options.baseUrl,
    apiKey: options.apiKey ?? 'not-needed',
    timeout: options.timeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 2,
  });
}

async function requestEmbeddings(client: OpenAI, model: string, input: string[]): Promise<number[][]> {
  let raw: unknown;
  try {
    raw = await client.embeddings.create({ model, input, encoding_format: 'float' });
  } catch (error) {
    const status = error instanceof OpenAI.APIError ? error.status : undefined;
    throw new EmbeddingError(
      `embeddings request failed${status === undefined ? '' : ` (HTTP ${status})`}: ${(error as Error).message}`,
      { model, ...(status === undefined ? {} : { status }) },
      { cause: error },
    );
  }
  const parsed = EmbeddingsResponse.safeParse(raw);
  if (!parsed.success) throw new EmbeddingError('the embeddings response is malformed', { model });
  if (parsed.data.data.length !== input.length) {
    throw new EmbeddingError(`${parsed.data.data.length} vectors for ${input.length} inputs`, { model });
  }
  const vectors: number[][] = new Array(input.length);
  for (const d of parsed.data.data) vectors[d.index] = d.embedding;
  if (vectors.some((v) => v === undefined))
    throw new EmbeddingError('the response skips an input', { model });
  return vectors;
}

function unitLength(v: number[]): number[] {
  const norm = Math.hypot(...v);
  if (norm === 0) throw new EmbeddingError('the model returned a zero vector');
  return v.map((x) => x / norm);
}
