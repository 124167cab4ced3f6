import type { VenueDocument } from '../../domain/venue.ts';
import { BoundedMemo } from '../state/bounded-memo.ts';

const STOP = new Set(
  `a an the and or but if of to in on at by for with from about as is are was were be been being am do does did
  have has had i me my we our us you your it its this that these those there here what which who whom when where
  why how can could would should will shall may might must not no yes please tell know any some much many
  get got let just like want need ok okay hi hello hey thanks thank so too very also than then them they he she
  his her their into out up down over under again more most other such only own same few each both all`.split(
    /\s+/,
  ),
);

/**
 * Content words of texts seen lately: the same passages (documents, dish descriptions) are read again on
 * every question about them. 4,096 texts (a venue's passages and the questions of a busy minute).
 */
const WORDS = new BoundedMemo<readonly string[]>(4096);

/**
 * Lowercase content words with a light stemming (plural s, -ing, -ed), for keyword overlap, in the
 * text's order (repeats kept). The array is shared between calls with the same text: never change it.
 */
export function contentWords(text: string): readonly string[] {
  const known = WORDS.get(text);
  if (known !== undefined) return known;
  const words = (text.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .filter((w) => !STOP.has(w) && w.length > 1)
    .map((w) => w.replace(/(?:ing|ed|es|s)$/, (m, offset: number) => (offset >= 3 ? '' : m)));
  return WORDS.set(text, Object.freeze(words));
}

export interface Passage {
  documentId: string;
  title: string;
  heading: string;
  text: string;
}

export interface DocumentAnswer {
  passage: Passage;
  score: number;
  /** Share of the question's content words the passage covers. */
  coverage: number;
}

/** Splits each markdown document into paragraphs, each remembering its section heading. */
export function splitPassages(documents: readonly VenueDocument[]): Passage[] {
  const passages: Passage[] = [];
  for (const doc of documents) {
    let heading = doc.title;
    for (const block of doc.text.split(/\n\s*\n/)) {
      const lines = block.trim().split('\n');
      if (lines.filter((l) => l.trim().startsWith('|')).length >= 2) {
        const heads = lines.filter((l) => !l.trim().startsWith('|'));
        for (const h of heads) {
          const m = /^#{1,6}\s+(.+)$/.exec(h.trim());
          if (m) heading = m[1]!.trim();
        }
        for (const row of tableRows(lines))
          passages.push({ documentId: doc.id, title: doc.title, heading, text: row });
        continue;
      }
      const body: string[] = [];
      for (const line of lines) {
        const h = /^#{1,6}\s+(.+)$/.exec(line.trim());
        if (h) heading = h[1]!.trim();
        else if (line.trim()) body.push(line.trim().replace(/^[-*]\s+/, ''));
      }
      if (body.length > 0)
        passages.push({ documentId: doc.id, title: doc.title, heading, text: body.join(' ') });
    }
  }
  return passages;
}

const bagCache = new WeakMap<readonly Passage[], Array<{ body: Set<string>; head: Set<string> }>>();

/** Each passage's content words (body and heading), computed once per passage list. */
function bagsOf(passages: readonly Passage[]): Array<{ body: Set<string>; head: Set<string> }> {
  let bags = bagCache.get(passages);
  if (!bags) {
    bags = passages.map((p) => ({
      body: new Set(contentWords(p.text)),
      head: new Set(contentWords(`${p.heading} ${p.title}`)),
    }));
    bagCache.set(passages, bags);
  }
  return bags;
}

/**
 * The passage sharing the most (rarity-weighted) content words with the question, or undefined when
 * nothing covers enough of it: the bot then says it does not know instead of guessing.
 */
export function searchDocuments(
  question: string,
  passages: readonly Passage[],
  minCoverage = 0.34,
): DocumentAnswer | undefined {
  const words = [...new Set(contentWords(question))];
  if (words.length === 0 || passages.length === 0) return undefined;
  const bags = bagsOf(passages);
  const df = (w: string) => bags.filter((b) => b.body.has(w) || b.head.has(w)).length;
  const idf = new Map(words.map((w) => [w, Math.log(1 + passages.length / (1 + df(w)))]));
  let best: DocumentAnswer | undefined;
  passages.forEach((passage, i) => {
    const bag = bags[i]!;
    let score = 0;
    let covered = 0;
    for (const w of words) {
      const inBody = bag.body.has(w);
      const inHead = bag.head.has(w);
      if (inBody || inHead) covered += 1;
      // a heading word is the passage's topic: said again in the body it tells nothing more
      score += (inHead ? 0.5 : inBody ? 1 : 0) * idf.get(w)!;
    }
    const coverage = covered / words.length;
    if (score > 0 && (!best || score > best.score)) best = { passage, score, coverage };
  });
  return best && best.coverage >= minCoverage ? best : undefined;
}

/** The first sentence or two of a passage, at most ~240 characters. */
export function quote(text: string, max = 240): string {
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [text];
  let out = '';
  for (const s of sentences) {
    if (out && (out + s).length > max) break;
    out += s;
  }
  out = out.trim() || text;
  return out.length > max ? `${out.slice(0, max - 1).trimEnd()}…` : out;
}

/** A markdown table as one sentence per row: "Sunday: Dine-in & pickup 12:00 pm – 9:00 pm; Delivery ...". */
function tableRows(lines: readonly string[]): string[] {
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
  const rows = lines.filter((l) => l.trim().startsWith('|') && !/^\|?[\s:|-]+\|?$/.test(l.trim()));
  const [header, ...body] = rows.map(cells);
  if (!header) return [];
  return body.map((row) => {
    const [first, ...rest] = row;
    const parts = rest.map((c, i) => (header[i + 1] ? `${header[i + 1]} ${c}` : c));
    return `${first}: ${parts.join('; ')}.`;
  });
}
