import { createChatApi } from './chat-api.ts';
import { ChatApp } from './chat-app.ts';
import { ChatView, findElements } from './chat-view.ts';
import { TranscriptStore } from './transcript-store.ts';

/** Boots the chat on the served page. Settings come from `data-*` attributes on <body> (docs/web.md). */
function boot(): void {
  const els = findElements(document);
  const settings = document.body.dataset;
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  const view = new ChatView(els, (reply) => {
    els.input.focus();
    void app.send(reply);
  });
  const app: ChatApp = new ChatApp({
    api: createChatApi(settings.apiBase ?? ''),
    store: new TranscriptStore(storage, settings.storageKey || 'maitre.chat'),
    view,
    ...(typeof EventSource === 'function' ? { openEvents: (url: string) => new EventSource(url) } : {}),
  });

  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = els.input.value;
    if (text.trim() === '') {
      els.input.focus();
      return;
    }
    els.input.value = '';
    void app.send(text).then((sent) => {
      if (!sent && els.input.value === '') els.input.value = text;
    });
    els.input.focus();
  });
  els.newChat.addEventListener('click', () => {
    void app.newConversation().then(() => els.input.focus());
  });
  window.addEventListener('pagehide', () => app.stop());
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) app.reconnect();
  });
  void app.start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
