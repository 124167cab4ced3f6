import { createParser } from 'eventsource-parser';

/** One Server-Sent Event: the joined `data:` lines plus the `id:` and `event:` fields, when present. */
export interface SseEvent {
  id: string | undefined;
  event: string | undefined;
  data: string;
}

/**
 * An incremental Server-Sent Events parser (the WHATWG event-stream format, by `eventsource-parser`):
 * feed it decoded text in chunks of any size; it calls `onEvent` once per complete event. Comments
 * (`: keepalive`) and events without data are skipped.
 */
export function createSseParser(onEvent: (event: SseEvent) => void) {
  const parser = createParser({
    onEvent: (e) => onEvent({ id: e.id, event: e.event, data: e.data }),
  });
  return {
    push(chunk: string) {
      parser.feed(chunk);
    },
    /** Flushes a final event that was not followed by a blank line. */
    end() {
      parser.feed('\n\n');
      parser.reset();
    },
  };
}

/** Reads a byte stream (a fetch body) to its end, calling `onEvent` for each event as it arrives. */
export async function readSse(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: SseEvent) => void,
): Promise<void> {
  const parser = createSseParser(onEvent);
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.push(decoder.decode(value, { stream: true }));
    }
    parser.push(decoder.decode());
    parser.end();
  } finally {
    reader.releaseLock();
  }
}
