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

/**
 * Splits text at word boundaries into deltas of a few words (`wordsPerDelta`, a positive integer); their
 * concatenation is the text. A word is a run of non-space followed by its spaces; spaces that open the
 * text count as a word of their own. The empty text has no delta.
 */
export function textDeltas(text: string, wordsPerDelta = 4): string[] {
  return text.match(deltaPattern(wordsPerDelta)) ?? [];
}

const DELTA_PATTERNS = new Map<number, RegExp>();

/** One match per delta: the opening spaces and up to n - 1 words, or up to n words (one pass, no split). */
function deltaPattern(n: number): RegExp {
  let pattern = DELTA_PATTERNS.get(n);
  if (pattern === undefined) {
    pattern = new RegExp(`^\\s+(?:\\S+\\s*){0,${n - 1}}|(?:\\S+\\s*){1,${n}}`, 'g');
    DELTA_PATTERNS.set(n, pattern);
  }
  return pattern;
}

/**
 * Frames a reply as UI message stream parts (docs/api.md) as it is produced: `start`, a text part
 * (`text-start`, `text-delta`s, `text-end`) per run of text, a `data-<type>` part per card, then
 * notifications, `data-session` and `finish`, with the `[DONE]` sentinel last. Each part is handed to
 * `emit` as JSON text the moment it exists (recorded and written as SSE `data:` lines).
 */
export class ReplyFramer {
  /** Every part emitted so far, in order. */
  readonly parts: string[] = [];
  private text: string | undefined;
  private texts = 0;
  private cards = 0;
  private ended = false;

  constructor(
    readonly messageId: string,
    private readonly emit: (json: string, index: number, part: UIPart | typeof DONE) => void = () => {},
  ) {}

  /** Opens the reply (`start`). */
  start(): void {
    this.push({ type: 'start', messageId: this.messageId });
  }

  /** More text: split at word boundaries into deltas of a few words (their concatenation is the text). */
  textDelta(delta: string): void {
    if (this.ended || delta.length === 0) return;
    const id = this.openText();
    const idJson = JSON.stringify(id);
    // the part's JSON as JSON.stringify writes it, without walking an object
    for (const d of textDeltas(delta))
      this.pushJson(`{"type":"text-delta","id":${idJson},"delta":${JSON.stringify(d)}}`, {
        type: 'text-delta',
        id,
        delta: d,
      });
  }

  /** A card (any non-text event): closes the open text part first. */
  card(event: Exclude<BotEvent, { type: 'text' }>): void {
    if (this.ended) return;
    this.closeText();
    this.push({ type: `data-${event.type}`, id: `${this.messageId}-d${this.cards++}`, data: event });
  }

  /** A whole event, as `buildReplyParts` frames it. */
  event(event: BotEvent): void {
    if (event.type === 'text') {
      if (this.ended) return;
      this.openText();
      this.textDelta(event.text);
      this.closeText();
    } else this.card(event);
  }

  /** Ends the reply: notifications, the session summary, `finish`, `[DONE]`. */
  finish(notifications: ReadonlyArray<{ id: string }>, session: unknown): void {
    if (this.ended) return;
    this.closeText();
    for (const n of notifications) this.push({ type: 'data-notification', id: n.id, data: n });
    this.push({ type: 'data-session', id: 'session', data: session });
    this.push({ type: 'finish', finishReason: 'stop' });
    this.end();
  }

  /** Ends the reply with an error part (after whatever was already sent). */
  fail(errorText: string): void {
    if (this.ended) return;
    if (this.parts.length === 0) this.start();
    this.closeText();
    this.push({ type: 'error', errorText });
    this.push({ type: 'finish', finishReason: 'error' });
    this.end();
  }

  get started(): boolean {
    return this.parts.length > 0;
  }

  private openText(): string {
    if (this.text === undefined) {
      this.text = `${this.messageId}-t${this.texts++}`;
      this.push({ type: 'text-start', id: this.text });
    }
    return this.text;
  }

  private closeText(): void {
    if (this.text === undefined) return;
    this.push({ type: 'text-end', id: this.text });
    this.text = undefined;
  }

  private end(): void {
    this.ended = true;
    this.parts.push(DONE);
    this.emit(DONE, this.parts.length - 1, DONE);
  }

  private push(part: UIPart): void {
    this.pushJson(JSON.stringify(part), part);
  }

  private pushJson(json: string, part: UIPart): void {
    this.parts.push(json);
    this.emit(json, this.parts.length - 1, part);
  }
}

/**
 * A turn's whole reply as UI message stream parts: start, a text part per text event, a `data-<type>`
 * part per card, notifications, `data-session`, finish, `[DONE]` (what `ReplyFramer` emits for the same
 * events).
 */
export function buildReplyParts(
  messageId: string,
  events: BotEvent[],
  notifications: Array<{ id: string }>,
  session: unknown,
): string[] {
  const framer = new ReplyFramer(messageId);
  framer.start();
  for (const event of events) framer.event(event);
  framer.finish(notifications, session);
  return framer.parts;
}

/** The parts of a turn that failed: the client sees an error part and a finished stream. */
export function errorParts(messageId: string, errorText: string): string[] {
  const framer = new ReplyFramer(messageId);
  framer.fail(errorText);
  return framer.parts;
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
