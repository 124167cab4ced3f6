/**
 * Customer-given free text (a name, an address, a kitchen note) as plain text: markup is stripped
 * before it is stored or shown. Removed: `<script>` and `<style>` elements with their content, every
 * other HTML tag (its text kept), HTML comments, common entities decoded, Markdown links and images
 * (`[text](url)` → text), emphasis and code marks (`**x**`, `__x__`, `*x*`, `_x_`, `~~x~~`, `` `x` ``),
 * heading and quote marks at the start, and `javascript:`/`data:` URLs. Whitespace is collapsed.
 */
export function toPlainText(value: string): string {
  let s = value
    .replace(/<\s*(script|style)\b[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, ' ')
    .replace(/<\s*(script|style)\b[^>]*>[\s\S]*$/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(/<\/?[a-z][^<>]*$/gi, ' ');
  s = decodeEntities(s)
    // entities may have hidden tags: strip again after decoding
    .replace(/<\s*(script|style)\b[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, ' ')
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(/!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\b(?:javascript|vbscript|data)\s*:[^\s]*/gi, ' ')
    .replace(/^\s*(?:#{1,6}|>+)\s+/, '');
  return s
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .trim();
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

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
