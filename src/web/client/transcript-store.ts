import { asCardEvent, type CardEvent, isRecord, type SessionCredentials } from './wire-types.ts';

/** One thing shown in the conversation: what the page saves and restores on reload. */
export type TranscriptEntry =
  | { kind: 'user'; text: string }
  | { kind: 'bot'; blocks: BotBlock[] }
  | { kind: 'notification'; id: string; text: string; status: string };

export type BotBlock = { type: 'text'; text: string } | CardEvent;

const MAX_ENTRIES = 300;

/**
 * The conversation kept in localStorage: the current session's credentials and, per session, the
 * rendered transcript. Storage failures (private mode, quota) degrade to an in-memory chat.
 */
export class TranscriptStore {
  constructor(
    private readonly storage: Storage | undefined,
    private readonly prefix = 'maitre.chat',
  ) {}

  loadSession(): SessionCredentials | null {
    const value = this.read(`${this.prefix}.session`);
    return isRecord(value) && typeof value.sessionId === 'string' && typeof value.token === 'string'
      ? { sessionId: value.sessionId, token: value.token }
      : null;
  }

  saveSession(session: SessionCredentials): void {
    this.write(`${this.prefix}.session`, session);
  }

  /** Forgets the session and its transcript ("new conversation"). */
  clear(session: SessionCredentials | null): void {
    try {
      this.storage?.removeItem(`${this.prefix}.session`);
      if (session) this.storage?.removeItem(this.transcriptKey(session.sessionId));
    } catch {
      // storage unavailable
    }
  }

  loadTranscript(sessionId: string): TranscriptEntry[] {
    const value = this.read(this.transcriptKey(sessionId));
    if (!isRecord(value) || !Array.isArray(value.entries)) return [];
    return value.entries.map(asEntry).filter((e): e is TranscriptEntry => e !== null);
  }

  saveTranscript(sessionId: string, entries: TranscriptEntry[]): void {
    this.write(this.transcriptKey(sessionId), { version: 1, entries: entries.slice(-MAX_ENTRIES) });
  }

  private transcriptKey(sessionId: string) {
    return `${this.prefix}.transcript.${sessionId}`;
  }

  private read(key: string): unknown {
    try {
      const raw = this.storage?.getItem(key);
      return raw ? JSON.parse(raw) : null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: unknown): void {
    try {
      this.storage?.setItem(key, JSON.stringify(value));
    } catch {
      // storage full or unavailable: the chat keeps working without persistence
    }
  }
}

function asEntry(value: unknown): TranscriptEntry | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'user' && typeof value.text === 'string') return { kind: 'user', text: value.text };
  if (value.kind === 'notification' && typeof value.id === 'string' && typeof value.text === 'string') {
    return { kind: 'notification', id: value.id, text: value.text, status: String(value.status ?? '') };
  }
  if (value.kind === 'bot' && Array.isArray(value.blocks)) {
    const blocks = value.blocks
      .map((b): BotBlock | null =>
        isRecord(b) && b.type === 'text' && typeof b.text === 'string'
          ? { type: 'text', text: b.text }
          : asCardEvent(b),
      )
      .filter((b): b is BotBlock => b !== null);
    return { kind: 'bot', blocks };
  }
  return null;
}
