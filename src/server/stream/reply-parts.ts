import type { BotEvent } from '../../core/respond/bot-event.ts';

/** One part of the AI SDK UI message stream (v1). */
export type UIPart =
  | { type: 'start'; messageId: string }
  | { type: 'text-start'; id: string }
  | { type: 'text-delta'; id: string; delta: string }
  | { type: 'text-end'; id: string }
  | { type: `data-${string}`; id: string; data: unknown }
  | { type: 'error'; errorText: string }
  | { type: 'finish'; finishReason: 'stop' | 'error' };

/** Sentinel that ends every stream (`data: [DONE]`). */
export const DONE = '[DONE]';

/** Splits text at word boundaries into deltas of a few words; their concatenation is the text. */
export function textDeltas(text: string, wordsPerDelta = 4): string[] {
  const words = text.split(/(?<=\s)(?=\S)/);
  const deltas: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerDelta)
    deltas.push(words.slice(i, i + wordsPerDelta).join(''));
  return deltas.filter((d) => d.length > 0);
}

/**
 * A turn's reply as UI message stream parts (docs/api.md): start, a text part per text event, a
 * `data-<type>` part per card, notifications, `data-session`, finish. Serialised to JSON strings, with the
 * `[DONE]` sentinel last: exactly what is recorded and written as SSE `data:` lines.
 */
export function buildReplyParts(
  messageId: string,
  events: BotEvent[],
  notifications: Array<{ id: string }>,
  session: unknown,
): string[] {
  const parts: UIPart[] = [{ type: 'start', messageId }];
  let t = 0;
  let d = 0;
  for (const event of events) {
    if (event.type === 'text') {
      const id = `${messageId}-t${t++}`;
      parts.push({ type: 'text-start', id });
      for (const delta of textDeltas(event.text)) parts.push({ type: 'text-delta', id, delta });
      parts.push({ type: 'text-end', id });
    } else {
      parts.push({ type: `data-${event.type}`, id: `${messageId}-d${d++}`, data: event });
    }
  }
  for (const n of notifications) parts.push({ type: 'data-notification', id: n.id, data: n });
  parts.push({ type: 'data-session', id: 'session', data: session });
  parts.push({ type: 'finish', finishReason: 'stop' });
  return [...parts.map((p) => JSON.stringify(p)), DONE];
}

/** The parts of a turn that failed: the client sees an error part and a finished stream. */
export function errorParts(messageId: string, errorText: string): string[] {
  const parts: UIPart[] = [
    { type: 'start', messageId },
    { type: 'error', errorText },
    { type: 'finish', finishReason: 'error' },
  ];
  return [...parts.map((p) => JSON.stringify(p)), DONE];
}

/** Rebuilds the BotEvents of a recorded stream (a retried message gets the first reply back). */
export function eventsFromParts(parts: string[]): BotEvent[] {
  const events: BotEvent[] = [];
  const texts = new Map<string, string>();
  for (const raw of parts) {
    if (raw === DONE) continue;
    const part = JSON.parse(raw) as { type: string; id?: string; delta?: string; data?: unknown };
    if (part.type === 'text-start' && part.id) texts.set(part.id, '');
    else if (part.type === 'text-delta' && part.id)
      texts.set(part.id, (texts.get(part.id) ?? '') + part.delta);
    else if (part.type === 'text-end' && part.id)
      events.push({ type: 'text', text: texts.get(part.id) ?? '' });
    else if (part.type.startsWith('data-') && !['data-session', 'data-notification'].includes(part.type))
      events.push(part.data as BotEvent);
  }
  return events;
}
