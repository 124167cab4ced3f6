import { UI_MESSAGE_STREAM_HEADERS } from 'ai';
import type { FastifyReply } from 'fastify';
import type { StreamStore } from '../../sessions/stream-store.ts';
import { DONE } from '../stream/reply-parts.ts';
import { TurnFailedError } from './api-error.ts';

/** The AI SDK's UI message stream headers (`ai`), so its client reads the stream as its own. */
export const UI_STREAM_HEADERS = UI_MESSAGE_STREAM_HEADERS;

/** One SSE event: `id:` then the data line. */
export function sseEvent(id: string, data: string): string {
  return `id: ${id}\ndata: ${data}\n\n`;
}

/** Takes over the response and sends the stream headers. */
export function openSse(reply: FastifyReply): void {
  reply.hijack();
  reply.raw.writeHead(200, UI_STREAM_HEADERS);
  reply.raw.flushHeaders?.();
}

/** Writes parts `from..` of a reply stream with ids `<messageId>:<seq>`. */
export function writeParts(reply: FastifyReply, messageId: string, parts: string[], from = 0): void {
  let chunk = '';
  parts.forEach((part, i) => {
    chunk += sseEvent(`${messageId}:${from + i}`, part);
  });
  if (chunk) reply.raw.write(chunk);
}

/** `<messageId>:<seq>` → its parts; undefined when malformed. */
export function parseLastEventId(value: unknown): { messageId: string; seq: number } | undefined {
  if (typeof value !== 'string' || value.length > 200) return undefined;
  const at = value.lastIndexOf(':');
  if (at <= 0) return undefined;
  const seq = Number(value.slice(at + 1));
  if (!Number.isInteger(seq) || seq < 0) return undefined;
  return { messageId: value.slice(0, at), seq };
}

/**
 * Streams a recorded reply from part `from` on, waiting for parts still being produced, until `[DONE]`.
 * Returns false when there is no such stream for this session.
 */
export async function streamRecorded(
  reply: FastifyReply,
  streams: StreamStore,
  messageId: string,
  from: number,
  sessionId: string,
  maxWaitMs = 30_000,
): Promise<boolean> {
  const first = await streams.read(messageId, from);
  if (!first || first.sessionId !== sessionId) return false;
  openSse(reply);
  let recorded = first;
  let next = from;
  const deadline = Date.now() + maxWaitMs;
  let closed = false;
  reply.raw.on('close', () => {
    closed = true;
  });
  for (;;) {
    writeParts(reply, messageId, recorded.parts, next);
    next += recorded.parts.length;
    const ended = recorded.parts.at(-1) === DONE || (recorded.complete && recorded.parts.length === 0);
    if (ended || closed || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 40));
    const more = await streams.read(messageId, next);
    if (!more) break;
    recorded = more;
    if (recorded.complete && recorded.parts.length === 0) break;
  }
  reply.raw.end();
  return true;
}

/** What a door hands the conversation service to see a reply's parts as they are produced. */
export type StreamListener = (part: { messageId: string; json: string; index: number }) => void;

/**
 * Runs a turn for an SSE client: the stream opens with the reply's first part (once the turn holds the
 * session) and every part is written as it is produced; then whatever was not yet written (a replayed
 * reply, the recorded error parts of a failed turn) follows. Errors before the reply opened keep their
 * HTTP status.
 */
export async function streamTurn(
  reply: FastifyReply,
  run: (listener: StreamListener) => Promise<{ messageId: string; parts: string[] }>,
): Promise<FastifyReply> {
  let opened = false;
  let written = 0;
  const live = () => !reply.raw.destroyed && !reply.raw.writableEnded;
  const listener: StreamListener = ({ messageId, json, index }) => {
    if (!opened) {
      openSse(reply);
      opened = true;
    }
    if (index !== written) return;
    if (live()) reply.raw.write(sseEvent(`${messageId}:${index}`, json));
    written = index + 1;
  };
  let result: { messageId: string; parts: string[] };
  try {
    result = await run(listener);
  } catch (error) {
    if (!(error instanceof TurnFailedError)) {
      if (!opened) throw error;
      reply.raw.end();
      return reply;
    }
    result = error;
  }
  if (!opened) openSse(reply);
  if (live()) writeParts(reply, result.messageId, result.parts.slice(written), written);
  reply.raw.end();
  return reply;
}
