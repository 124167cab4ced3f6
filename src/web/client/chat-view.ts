import { el, linkify } from './dom.ts';
import { renderCard, renderOrderPanel } from './render-cards.ts';
import type { BotBlock, TranscriptEntry } from './transcript-store.ts';
import type { CardEvent, CartSummary, OrderSummary } from './wire-types.ts';

/** The page's elements, found by id in the served HTML (page-html.ts). */
export interface ChatElements {
  scroller: HTMLElement;
  log: HTMLElement;
  typing: HTMLElement;
  alert: HTMLElement;
  status: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  send: HTMLButtonElement;
  newChat: HTMLButtonElement;
  panel: HTMLElement;
}

export function findElements(root: Document): ChatElements {
  const byId = <T extends HTMLElement>(id: string) => {
    const node = root.getElementById(id);
    if (!node) throw new Error(`The chat page is missing #${id}`);
    return node as T;
  };
  return {
    scroller: byId('scroller'),
    log: byId('log'),
    typing: byId('typing'),
    alert: byId('alert'),
    status: byId('status'),
    form: byId<HTMLFormElement>('composer'),
    input: byId<HTMLInputElement>('input'),
    send: byId<HTMLButtonElement>('send'),
    newChat: byId<HTMLButtonElement>('new-chat'),
    panel: byId('panel'),
  };
}

/** A bot message being streamed: text blocks grow delta by delta, cards are appended whole. */
export interface LiveBotMessage {
  startText(id: string): void;
  appendText(id: string, delta: string): void;
  addCard(card: CardEvent): void;
  finish(): void;
  readonly blocks: BotBlock[];
  readonly node: HTMLElement;
}

/** Renders the conversation into the page: messages, cards, typing indicator, alerts, order panel. */
export class ChatView {
  /** The message the view keeps in sight: the start of a long reply is not scrolled away. */
  private anchor: HTMLElement | null = null;

  /** Whether the customer is reading the newest messages (then a resize keeps them in view). */
  private atEnd = true;

  constructor(
    readonly els: ChatElements,
    private readonly onReply: (text: string) => void,
  ) {
    const s = els.scroller;
    s.addEventListener('scroll', () => {
      this.atEnd = s.scrollHeight - s.scrollTop - s.clientHeight < 48;
    });
    // A phone keyboard opening or a rotated screen resizes the log: stay with the newest messages.
    new ResizeObserver(() => {
      if (this.atEnd) s.scrollTop = s.scrollHeight;
    }).observe(s);
  }

  clear(): void {
    this.els.log.replaceChildren();
    this.hideAlert();
  }

  /** Renders a saved transcript; only the last message's quick replies stay clickable. */
  renderTranscript(entries: TranscriptEntry[]): void {
    this.els.log.replaceChildren(
      ...entries.map((entry, i) => this.entryNode(entry, i === entries.length - 1 ? this.onReply : null)),
    );
    this.anchor = null;
    this.scrollToEnd();
  }

  append(entry: TranscriptEntry): HTMLElement {
    const node = this.entryNode(entry, this.onReply);
    this.els.log.append(node);
    this.anchor = node;
    this.scrollToEnd();
    return node;
  }

  remove(node: HTMLElement): void {
    node.remove();
  }

  /** Removes every suggested-reply group (they are stale once the customer has answered). */
  retireQuickReplies(): void {
    this.els.log.querySelectorAll('.chips').forEach((chips) => {
      chips.remove();
    });
  }

  startBotMessage(): LiveBotMessage {
    const blocks: BotBlock[] = [];
    const body = el('div', { class: 'bubble' });
    const node = el(
      'li',
      { class: 'msg msg-bot', 'aria-busy': 'true' },
      el('span', { class: 'visually-hidden' }, 'Maitre: '),
      body,
    );
    const texts = new Map<string, { block: { type: 'text'; text: string }; p: HTMLElement }>();
    let attached = false;
    const attach = () => {
      if (attached) return;
      attached = true;
      this.setTyping(false);
      this.els.log.append(node);
    };
    const view = this;
    return {
      blocks,
      node,
      startText(id) {
        attach();
        const block = { type: 'text' as const, text: '' };
        const p = el('p', { class: 'text' });
        blocks.push(block);
        texts.set(id, { block, p });
        body.append(p);
      },
      appendText(id, delta) {
        if (!texts.has(id)) this.startText(id);
        const t = texts.get(id)!;
        t.block.text += delta;
        t.p.replaceChildren(...linkify(t.block.text));
        view.scrollToEnd();
      },
      addCard(card) {
        attach();
        blocks.push(card);
        body.append(renderCard(card, view.onReply));
        view.scrollToEnd();
      },
      finish() {
        node.setAttribute('aria-busy', 'false');
        if (blocks.length === 0) node.remove();
      },
    };
  }

  setTyping(on: boolean): void {
    this.els.typing.hidden = !on;
    this.els.status.textContent = on ? 'Maitre is typing…' : '';
    if (on) this.scrollToEnd();
  }

  setBusy(busy: boolean): void {
    this.els.send.setAttribute('aria-disabled', String(busy));
    this.els.form.classList.toggle('is-busy', busy);
  }

  /** A problem the customer should know about (rate limit, no connection). */
  showAlert(text: string): void {
    this.els.alert.classList.remove('alert-info');
    this.els.alert.textContent = text;
    this.els.alert.hidden = false;
  }

  /** Neutral news in the same place (an expired conversation was replaced). */
  showNotice(text: string): void {
    this.showAlert(text);
    this.els.alert.classList.add('alert-info');
  }

  hideAlert(): void {
    this.els.alert.hidden = true;
    this.els.alert.textContent = '';
  }

  announce(text: string): void {
    this.els.status.textContent = text;
  }

  renderPanel(cart: CartSummary | null, order: OrderSummary | null): void {
    this.els.panel.replaceChildren(...renderOrderPanel(cart, order));
  }

  /** Scrolls to the newest content, but never past the top of the latest message sent or pushed. */
  scrollToEnd(): void {
    const s = this.els.scroller;
    let target = s.scrollHeight - s.clientHeight;
    if (this.anchor?.isConnected) target = Math.min(target, this.anchor.offsetTop - 12);
    s.scrollTop = Math.max(0, target);
  }

  private entryNode(entry: TranscriptEntry, onReply: ((text: string) => void) | null): HTMLElement {
    switch (entry.kind) {
      case 'user':
        return el(
          'li',
          { class: 'msg msg-user' },
          el('span', { class: 'visually-hidden' }, 'You: '),
          el('div', { class: 'bubble' }, textNode(entry.text)),
        );
      case 'notification':
        return el(
          'li',
          { class: 'msg msg-notice', 'data-notification-id': entry.id },
          el(
            'div',
            { class: 'notice' },
            el('span', { class: 'notice-dot', 'aria-hidden': 'true' }),
            textNode(entry.text),
          ),
        );
      case 'bot':
        return el(
          'li',
          { class: 'msg msg-bot' },
          el('span', { class: 'visually-hidden' }, 'Maitre: '),
          el(
            'div',
            { class: 'bubble' },
            ...entry.blocks
              .filter((block) => onReply !== null || block.type !== 'quick_replies')
              .map((block) => (block.type === 'text' ? textNode(block.text) : renderCard(block, onReply))),
          ),
        );
    }
  }
}

function textNode(text: string): HTMLElement {
  return el('p', { class: 'text' }, ...linkify(text));
}
