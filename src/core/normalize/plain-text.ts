import { wordTable } from '../../domain/word-table.ts';

/**
 * Customer-given free text (a name, an address, a kitchen note) as plain text: markup is stripped
 * before it is stored or shown. Removed: `<script>` and `<style>` elements with their content, every
 * other HTML tag (its text kept), HTML comments, common entities decoded, Markdown links and images
 * (`[text](url)` → text), emphasis and code marks (`**x**`, `__x__`, `*x*`, `_x_`, `~~x~~`, `` `x` ``),
 * heading and quote marks at the start, and `javascript:`/`data:` URLs. Whitespace is collapsed.
 */
export function toPlainText(value: string): string {
  // every rule below needs one of these characters: most messages hold none, and only the whitespace
  // is tidied
  if (!MARKUP_CHAR.test(value)) return tidySpaces(value);
  let s = dropElements(value)
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(/<\/?[a-z][^<>]*$/gi, ' ');
  // entities may have hidden tags: strip again after decoding
  s = dropElements(decodeEntities(s))
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(/!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/(\*\*|__|~~)(?=\S)([^\n]{0,300}?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]{0,300}?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_\n]{0,300}?\S)_(?!\w)/g, '$1$2')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\b(?:javascript|vbscript|data)\s*:[^\s]*/gi, ' ')
    .replace(/^\s*(?:#{1,6}|>+)\s+/, '');
  return tidySpaces(s);
}

/** A character some markup rule of `toPlainText` needs (a tag, an entity, Markdown, a `javascript:` URL). */
const MARKUP_CHAR = /[<&[*_~`:#>]/;

function tidySpaces(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .trim();
}

const OPENERS = [
  { open: /<\s*script\b/i, close: /<\s*\/\s*script\s*>/i },
  { open: /<\s*style\b/i, close: /<\s*\/\s*style\s*>/i },
  { open: /<!--/, close: /-->/ },
] as const;

/**
 * Drops `<script>` and `<style>` elements with their content and HTML comments; an element left open
 * runs to the end. Linear in the length: each search starts where the last one stopped.
 */
function dropElements(value: string): string {
  let out = '';
  let rest = value;
  // an opener missing from the text is missing from every later rest (a suffix): not searched again
  const absent = new Set<RegExp>();
  for (;;) {
    let first: { at: number; close: RegExp } | undefined;
    for (const o of OPENERS) {
      if (absent.has(o.open)) continue;
      const at = rest.search(o.open);
      if (at < 0) absent.add(o.open);
      if (at >= 0 && (first === undefined || at < first.at)) first = { at, close: o.close };
    }
    if (!first) return out + rest;
    out += `${rest.slice(0, first.at)} `;
    const after = rest.slice(first.at + 4);
    const end = first.close.exec(after);
    if (!end) return out;
    rest = after.slice(end.index + end[0].length);
  }
}

const ENTITIES = wordTable<string>({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
});

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(n) && n > 31 && n < 0x110000 ? String.fromCodePoint(n) : ' ';
    }
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}
