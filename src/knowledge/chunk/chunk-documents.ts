import { marked, type Token, type Tokens } from 'marked';
import type { KnowledgeChunk } from '../../core/ports/knowledge-retriever.ts';
import type { VenueDocument } from '../../domain/venue.ts';
import { collapse, inlineText } from './markdown-text.ts';
import { splitSentences } from './split-sentences.ts';
import { expandWeekdayRanges } from './weekday-ranges.ts';

/** A paragraph up to this many characters stays one chunk; a longer one is split by sentence. */
export const WHOLE_PARAGRAPH_CHARS = 300;

/**
 * Chunks of a venue's Markdown documents, in document order: one per bullet (never cut, nested bullets
 * kept inside it), one per table row (written as "<first cell>: <header> <cell>; ..."), one per short
 * paragraph (≤ WHOLE_PARAGRAPH_CHARS) or per sentence of a longer one. `context` is the heading path
 * (`Title > Section`; a table row's ends with its weekday range written out, see tableRows), `text` is plain text. Ids are `<document>#<n>` (n from 1, in order), so they are
 * stable while the document is unchanged. Parsing is `marked`'s lexer (CommonMark + GFM tables).
 */
export function chunkDocuments(documents: readonly VenueDocument[]): KnowledgeChunk[] {
  return documents.flatMap(chunkDocument);
}

/** A passage opening with a pronoun that points back ("It is…", "They are…", "This means…"). */
const ANAPHORA = /^(it|its|they|their|them|this|these|that|those|he|she)\b/i;

/** The chunks of one document; see chunkDocuments. */
export function chunkDocument(document: VenueDocument): KnowledgeChunk[] {
  const chunks: KnowledgeChunk[] = [];
  let title = document.title;
  const headings: { depth: number; text: string }[] = [];
  let tables = 0;
  const push = (text: string, label?: string, table?: string): void => {
    let clean = collapse(text);
    if (clean.length === 0) return;
    const path = [title, ...headings.map((h) => h.text), ...(label === undefined ? [] : [label])];
    // "It is topped and baked alongside wheat dough…" means nothing alone: it carries the passage
    // before it in the same section, so a quote never loses what "it" is
    const before = chunks.at(-1);
    if (ANAPHORA.test(clean) && before && before.context === path.join(' > '))
      clean = `${before.text} ${clean}`;
    chunks.push({
      id: `${document.id}#${chunks.length + 1}`,
      text: clean,
      context: path.join(' > '),
      source: {
        kind: 'document',
        document: document.id,
        title,
        section: headings.at(-1)?.text ?? title,
        ...(table === undefined ? {} : { table }),
      },
    });
  };
  const visit = (token: Token): void => {
    switch (token.type) {
      case 'heading': {
        const h = token as Tokens.Heading;
        const text = inlineText(h.tokens, h.text);
        if (h.depth === 1) {
          title = text;
          headings.length = 0;
          return;
        }
        while (headings.length > 0 && headings.at(-1)!.depth >= h.depth) headings.pop();
        headings.push({ depth: h.depth, text });
        return;
      }
      case 'list':
        for (const item of (token as Tokens.List).items) push(inlineText(item.tokens, item.text));
        return;
      case 'table':
        tables++;
        for (const row of tableRows(token as Tokens.Table))
          push(row.text, row.label, `${document.id}#t${tables}`);
        return;
      case 'paragraph':
      case 'text':
      case 'blockquote':
      case 'code': {
        const text = inlineText((token as { tokens?: Token[] }).tokens, (token as { text: string }).text);
        if (text.length <= WHOLE_PARAGRAPH_CHARS) push(text);
        else for (const sentence of splitSentences(text)) push(sentence);
        return;
      }
      default:
        return;
    }
  };
  for (const token of marked.lexer(document.text)) visit(token);
  return chunks;
}

/**
 * A table's rows as sentences: the first cell, then each other cell after its header
 * ("Friday – Saturday: Dine-in & pickup 11:00 am – 11:00 pm; Delivery 11:30 am – 10:30 pm"). `label`:
 * the first cell with its weekday ranges written out ("Friday, Saturday"), when it has one; it ends the
 * row's context, so a question about one day of a range finds the row.
 */
export function tableRows(table: Tokens.Table): { text: string; label?: string }[] {
  const headers = table.header.map((h) => inlineText(h.tokens, h.text));
  return table.rows.map((row) => {
    const cells = row.map((c) => inlineText(c.tokens, c.text));
    const [first = '', ...rest] = cells;
    const parts = rest
      .map((cell, i) => (cell.length === 0 ? '' : `${headers[i + 1] ?? ''} ${cell}`.trim()))
      .filter((p) => p.length > 0);
    const text = parts.length === 0 ? first : `${first}: ${parts.join('; ')}`;
    const label = expandWeekdayRanges(first);
    return label === undefined ? { text } : { text, label };
  });
}
