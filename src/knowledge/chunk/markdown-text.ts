import type { Token, Tokens } from 'marked';

/**
 * Plain text of Markdown inline tokens (from `marked`'s lexer): emphasis and code marks dropped, links
 * and images become their text, raw HTML tags dropped, whitespace collapsed. Never returns Markdown.
 */
export function inlineText(tokens: readonly Token[] | undefined, fallback = ''): string {
  if (tokens === undefined) return collapse(fallback);
  return collapse(tokens.map(tokenText).join(''));
}

function tokenText(token: Token): string {
  switch (token.type) {
    case 'html':
      return '';
    case 'br':
      return ' ';
    case 'image':
      return (token as Tokens.Image).text;
    case 'codespan':
      return (token as Tokens.Codespan).text;
    case 'escape':
      return (token as Tokens.Escape).text;
    case 'list':
      return ` ${(token as Tokens.List).items.map((i) => inlineText(i.tokens, i.text)).join('; ')}`;
    default: {
      const nested = (token as { tokens?: Token[] }).tokens;
      if (nested !== undefined) return nested.map(tokenText).join('');
      return (token as { text?: string }).text ?? '';
    }
  }
}

/** Whitespace runs become one space; trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
