import type { ChatApi } from './chat-api.ts';
import { ChatApiError } from './chat-api-error.ts';
import type { ChatView } from './chat-view.ts';
import { friendlyError } from './friendly-error.ts';
import type { TranscriptEntry, TranscriptStore } from './transcript-store.ts';
import {
  asNotification,
  isRecord,
  type Notification,
  type SessionCredentials,
  type SessionView,
} from './wire-types.ts';

export interface ChatAppDeps {
  api: ChatApi;
  store: TranscriptStore;
  view: ChatView;
  /** `new EventSource(url)`; absent where the browser has none (pushes then arrive with replies). */
  openEvents?: (url: string) => EventSource;
  now?: () => number;
}

/**
 * The chat's behaviour: one session (reused from localStorage), streamed replies, live pushes,
 * a transcript that survives reloads, kind errors.
 */
export class ChatApp {
  private session: SessionCredentials | null = null;
  private entries: TranscriptEntry[] = [];
  private seen = new Set<string>();
  private busy = false;
  private blockedUntil = 0;
  private events: EventSource | null = null;
  private latest: SessionView | null = null;
  /** Pushes that arrive while a reply streams, shown after it (as they are saved). */
  private held: Notification[] | null = null;

  constructor(private readonly deps: ChatAppDeps) {}

  /** Settles when start() has restored or created the session (sends wait for it). */
  private ready: Promise<void> = Promise.resolve();

  /** Restores the saved conversation (if the server still knows it) or starts a new one. */
  start(): Promise<void> {
    this.ready = this.restoreOrCreate();
    return this.ready;
  }

  /** Reopens the push channel (a page restored from the back/forward cache). */
  reconnect(): void {
    if (this.session) this.connectEvents();
  }

  private async restoreOrCreate(): Promise<void> {
    const saved = this.deps.store.loadSession();
    if (saved) {
      this.session = saved;
      this.entries = this.deps.store.loadTranscript(saved.sessionId);
      this.seen = new Set(this.entries.flatMap((e) => (e.kind === 'notification' ? [e.id] : [])));
      this.deps.view.renderTranscript(this.entries);
      try {
        this.applyView(await this.deps.api.getSession(saved));
        this.connectEvents();
        return;
      } catch (error) {
        if (
          !(error instanceof ChatApiError) ||
          (error.code !== 'SESSION_NOT_FOUND' && error.status !== 401)
        ) {
          this.deps.view.showAlert(friendlyError(error));
          return; // keep the saved session: the server may be back on the next send
        }
        this.deps.store.clear(saved);
        this.resetLocal();
        this.deps.view.clear();
        this.deps.view.showNotice('Your previous conversation has expired, so a new one has started.');
      }
    }
    this.deps.view.renderPanel(null, null);
    await this.openSession().catch((error) => this.deps.view.showAlert(friendlyError(error)));
  }

  /** Sends one customer message and streams the reply into the page. */
  async send(rawText: string): Promise<boolean> {
    const text = rawText.trim();
    const view = this.deps.view;
    if (text === '' || this.busy) return false;
    const now = (this.deps.now ?? Date.now)();
    if (now < this.blockedUntil) {
      const seconds = Math.ceil((this.blockedUntil - now) / 1000);
      view.showAlert(
        `You're sending messages quickly; try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
      );
      return false;
    }
    this.busy = true;
    view.setBusy(true);
    view.hideAlert();
    try {
      await this.ready.catch(() => {});
      const session = this.session ?? (await this.openSession());
      return await this.runTurn(session, text, true);
    } catch (error) {
      view.showAlert(friendlyError(error));
      return false;
    } finally {
      this.busy = false;
      view.setBusy(false);
    }
  }

  /** Forgets this conversation and starts a fresh one. */
  async newConversation(): Promise<void> {
    if (this.busy) return;
    this.deps.store.clear(this.session);
    this.resetLocal();
    this.deps.view.clear();
    this.deps.view.renderPanel(null, null);
    try {
      await this.openSession();
      this.deps.view.announce('Started a new conversation.');
    } catch (error) {
      this.deps.view.showAlert(friendlyError(error));
    }
  }

  stop(): void {
    this.events?.close();
    this.events = null;
  }

  private async runTurn(session: SessionCredentials, text: string, mayRestart: boolean): Promise<boolean> {
    const view = this.deps.view;
    view.retireQuickReplies();
    const userEntry: TranscriptEntry = { kind: 'user', text };
    const userNode = view.append(userEntry);
    this.entries.push(userEntry);
    view.setTyping(true);
    const live = view.startBotMessage();
    this.held = [];
    try {
      await this.deps.api.sendMessage(session, text, messageId(), {
        onTextStart: (id) => live.startText(id),
        onTextDelta: (id, delta) => live.appendText(id, delta),
        onTextEnd: () => {},
        onCard: (card) => live.addCard(card),
        onNotification: (n) => this.addNotification(n),
        onSession: (v) => this.applyView(v),
      });
      if (!this.events) this.connectEvents();
      return true;
    } catch (error) {
      const nothingShown = live.blocks.length === 0;
      if (nothingShown) {
        // The turn did not happen: take the message back so it can be sent again.
        view.remove(userNode);
        this.entries = this.entries.filter((e) => e !== userEntry);
      }
      if (error instanceof ChatApiError && error.code === 'SESSION_NOT_FOUND' && mayRestart && nothingShown) {
        this.deps.store.clear(session);
        this.resetLocal();
        view.clear();
        const fresh = await this.openSession();
        view.showNotice('Your previous conversation had expired, so a new one has started.');
        return await this.runTurn(fresh, text, false);
      }
      if (error instanceof ChatApiError && (error.code === 'RATE_LIMITED' || error.status === 503)) {
        // a rate limit or a shed request (busy service): pause sending for the Retry-After
        const wait = error.retryAfterSeconds ?? (error.status === 503 ? 5 : 10);
        this.blockedUntil = (this.deps.now ?? Date.now)() + Math.max(1, wait) * 1000;
      }
      if (nothingShown && view.els.input.value === '') view.els.input.value = text;
      throw error;
    } finally {
      live.finish();
      view.setTyping(false);
      if (live.blocks.length > 0) this.entries.push({ kind: 'bot', blocks: live.blocks });
      const held = this.held;
      this.held = null;
      for (const n of held ?? []) this.addNotification(n);
      this.save();
    }
  }

  private async openSession(): Promise<SessionCredentials> {
    const session = await this.deps.api.createSession();
    this.session = session;
    this.deps.store.saveSession(session);
    this.save();
    this.connectEvents();
    return session;
  }

  private resetLocal(): void {
    this.stop();
    this.session = null;
    this.entries = [];
    this.seen.clear();
    this.latest = null;
  }

  private connectEvents(): void {
    this.events?.close();
    this.events = null;
    if (!this.session || !this.deps.openEvents) return;
    const source = this.deps.openEvents(this.deps.api.eventsUrl(this.session));
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        const part: unknown = JSON.parse(message.data);
        if (isRecord(part) && part.type === 'data-notification') {
          const n = asNotification(part.data);
          if (n) this.addNotification(n);
        }
      } catch {
        // an unreadable push is skipped
      }
    };
    this.events = source;
  }

  /** Shows a push once, however many channels deliver it, and updates the order's status. */
  private addNotification(n: Notification): void {
    if (this.held) {
      this.held.push(n);
      return;
    }
    if (this.seen.has(n.id)) return;
    this.seen.add(n.id);
    const entry: TranscriptEntry = { kind: 'notification', id: n.id, text: n.text, status: n.status };
    this.entries.push(entry);
    this.deps.view.append(entry);
    if (this.latest?.order && n.status && (!n.orderId || n.orderId === this.latest.order.id)) {
      this.latest = { ...this.latest, order: { ...this.latest.order, status: n.status } };
      this.deps.view.renderPanel(this.latest.cart, this.latest.order);
    }
    this.save();
  }

  private applyView(v: SessionView): void {
    this.latest = v;
    this.deps.view.renderPanel(v.cart, v.order);
    for (const n of v.notifications ?? []) this.addNotification(n);
  }

  private save(): void {
    if (this.session) this.deps.store.saveTranscript(this.session.sessionId, this.entries);
  }
}

function messageId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `c_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
