type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; text always goes in as text (never as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Only http(s) links are followed (a `javascript:` URL in a card is dropped). */
export function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/** Text with its http(s) URLs as links that open in a new tab (built as nodes, never as HTML). */
export function linkify(text: string): Array<Node | string> {
  const out: Array<Node | string> = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = safeUrl(match[0]);
    if (!href) continue;
    if (match.index > last) out.push(text.slice(last, match.index));
    out.push(el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, match[0]));
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
