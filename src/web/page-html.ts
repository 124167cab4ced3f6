/** What a venue may change on the served page (docs/web.md). */
export interface WebPageOptions {
  /** The page title and header, e.g. the restaurant's name. */
  title?: string;
  /** A short line beside the title. */
  subtitle?: string;
  /** Base URL of the bot API when the page is served from elsewhere; '' (same origin) by default. */
  apiBase?: string;
  /** localStorage key prefix (two chats on one origin need different ones). */
  storageKey?: string;
  /** The greeting shown above the conversation. */
  welcome?: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The chat page's HTML shell; the script (client/main.ts) fills it in. */
export function renderPageHtml(options: WebPageOptions & { jsHref: string; cssHref: string }): string {
  const title = escapeHtml(options.title ?? 'Maitre');
  const subtitle = escapeHtml(options.subtitle ?? 'Order by chat');
  const welcome = escapeHtml(
    options.welcome ??
      'Hello! I can show you the menu, answer questions about dishes and allergens, and take your order. What would you like?',
  );
  const attr = (name: string, value: string | undefined) =>
    value === undefined ? '' : ` data-${name}="${escapeHtml(value)}"`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>${title}</title>
<link rel="stylesheet" href="${escapeHtml(options.cssHref)}">
<script src="${escapeHtml(options.jsHref)}" defer></script>
</head>
<body${attr('api-base', options.apiBase)}${attr('storage-key', options.storageKey)}>
<div class="app">
  <header class="topbar">
    <h1 class="brand"><span class="brand-mark" aria-hidden="true">M</span>${title} <span class="brand-sub">${subtitle}</span></h1>
    <button type="button" id="new-chat" class="button button-ghost">New conversation</button>
  </header>
  <main class="layout">
    <section class="chat" aria-label="Conversation">
      <div id="scroller" class="scroller">
        <div class="welcome"><p class="text">${welcome}</p></div>
        <ol id="log" class="log" role="log" aria-live="polite" aria-relevant="additions" aria-label="Messages"></ol>
      </div>
      <div id="typing" class="typing" hidden><span class="typing-dots" aria-hidden="true"><span></span><span></span><span></span></span></div>
      <div>
        <p id="alert" class="alert" role="alert" hidden></p>
        <p id="status" class="visually-hidden" role="status" aria-live="polite"></p>
        <form id="composer" class="composer" autocomplete="off">
          <label for="input" class="visually-hidden">Your message</label>
          <input id="input" name="text" type="text" enterkeyhint="send" autofocus
            placeholder="Ask for the menu or order…" aria-describedby="alert">
          <button type="submit" id="send" class="button">Send</button>
        </form>
      </div>
    </section>
    <aside class="panel" aria-labelledby="panel-title">
      <h2 id="panel-title">Your order</h2>
      <div id="panel" aria-live="polite"></div>
    </aside>
  </main>
</div>
<noscript><p>This chat needs JavaScript.</p></noscript>
</body>
</html>
`;
}
