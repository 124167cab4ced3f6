import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../src/domain/index.ts';
import type { MenuItem } from '../../src/domain/menu-schema.ts';
import type { Venue } from '../../src/domain/venue.ts';
import {
  ABSENT_DOCUMENT,
  FULL_KNOWLEDGE_VENUES,
  type KnowledgeQuestion,
  loadKnowledgeQuestions,
  normalizePassage,
  QuestionStyle,
  TUNED_KNOWLEDGE_FILES,
  UNTUNED_KNOWLEDGE_FILES,
} from './knowledge-questions.ts';

/**
 * The knowledge evaluation files are valid against the venues they describe: every passage sits inside
 * one block (bullet, paragraph, table row) of the named document, every item exists, every fact is
 * written the way the source writes it. Retrieval quality is not measured here.
 */

const venues = new Map<string, Venue>();
const venueOf = (id: string): Venue => {
  let v = venues.get(id);
  if (!v) {
    v = loadVenue(id);
    venues.set(id, v);
  }
  return v;
};

/**
 * A markdown document cut into the blocks a chunker keeps whole: a heading, a table row, a list item
 * with its continuation lines, a paragraph. Table separator rows are dropped.
 */
function documentBlocks(markdown: string): string[] {
  const blocks: string[][] = [];
  let open: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.trim() === '') {
      open = undefined;
    } else if (/^\s*(#|\|)/.test(line)) {
      blocks.push([line]);
      open = undefined;
    } else if (/^\s*(?:[-*+]|\d+[.)])\s+/.test(line) || !open) {
      open = [line];
      blocks.push(open);
    } else {
      open.push(line);
    }
  }
  return blocks.map((b) => normalizePassage(b.join('\n'))).filter((b) => b !== '');
}

const SPICE_WORDS = ['no heat', 'mild', 'medium', 'hot', 'very hot'];

/** What the menu says about an item, as plain text: name, description, ingredients, price, diet, allergens, heat. */
function menuItemText(item: MenuItem): string {
  const price = `$${(item.price.amount / 100).toFixed(2)}`;
  return normalizePassage(
    [
      item.name,
      item.description,
      ...item.ingredients,
      price,
      item.diet,
      ...item.dietFlags,
      ...item.allergens.flatMap((a) => [a, a.replace(/-/g, ' ')]),
      item.spiceLevel === undefined ? '' : (SPICE_WORDS[item.spiceLevel] ?? ''),
    ].join(' \n'),
  );
}

/** Fact comparison: the passage rule, with dashes and the spaces around them folded ("35 – 50" = "35-50"). */
const foldFact = (s: string) => normalizePassage(s).replace(/\s*[–—-]\s*/g, '-');

/** The minutes after midnight a time alternative can mean ("9:30" is 9:30 or 21:30); undefined: not a time. */
function timeMinutes(s: string): number[] | undefined {
  const t = s.trim().toLowerCase();
  if (t === 'noon') return [720];
  if (t === 'midnight') return [0, 1440];
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(t);
  if (!m || (!m[2] && !m[3])) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (hour > 23 || minute > 59) return undefined;
  if (m[3]) {
    if (hour < 1 || hour > 12) return undefined;
    const h12 = hour % 12;
    return [(m[3].startsWith('p') ? h12 + 12 : h12) * 60 + minute];
  }
  if (hour > 12) return [hour * 60 + minute];
  return [(hour % 12) * 60 + minute, ((hour % 12) + 12) * 60 + minute];
}

/**
 * Problems with a question's fact against the source text: at least one alternative must be in the
 * source as written; a time-format alternative must name the same time as one that is.
 */
function factProblems(q: KnowledgeQuestion, source: string): string[] {
  const folded = foldFact(source);
  const present = q.fact.filter((f) => folded.includes(foldFact(f)));
  if (present.length === 0) return [`${q.id}: no fact alternative in the source: ${q.fact.join(' | ')}`];
  const times = new Set(present.flatMap((f) => timeMinutes(f) ?? []));
  return q.fact
    .filter((f) => !present.includes(f) && timeMinutes(f) !== undefined)
    .filter((f) => !timeMinutes(f)!.some((m) => times.has(m)))
    .map((f) => `${q.id}: time "${f}" names no time of the source's alternatives`);
}

/** Everything wrong with one question against its venue. */
function questionProblems(q: KnowledgeQuestion): string[] {
  const venue = venueOf(q.venue);
  // nothing answers it: the fact is the reply's "we don't have that", in no source
  if (q.expect.document === ABSENT_DOCUMENT) return [];
  if (q.expect.document === 'menu') {
    const ids = q.expect.item ?? [];
    const items = venue.menu.items.filter((i) => ids.includes(i.id));
    const missing = ids.filter((id) => !items.some((i) => i.id === id));
    if (missing.length > 0) return missing.map((id) => `${q.id}: no menu item ${id} at ${q.venue}`);
    return factProblems(q, items.map(menuItemText).join(' \n '));
  }
  const doc = venue.documents.find((d) => d.id === q.expect.document);
  if (!doc) return [`${q.id}: no document ${q.expect.document} at ${q.venue}`];
  const blocks = documentBlocks(doc.text);
  const problems = (q.expect.passage ?? [])
    .filter((p) => !blocks.some((b) => b.includes(normalizePassage(p))))
    .map((p) => `${q.id}: passage not within one block of ${doc.id}: "${p}"`);
  return [...problems, ...factProblems(q, doc.text)];
}

const tuned = TUNED_KNOWLEDGE_FILES.map((f) => ({ file: basename(f), questions: loadKnowledgeQuestions(f) }));
const untuned = UNTUNED_KNOWLEDGE_FILES.map((f) => ({
  file: basename(f),
  questions: loadKnowledgeQuestions(f),
}));
const all = [...tuned, ...untuned].flatMap((s) => s.questions);

describe('normalizePassage', () => {
  it('strips emphasis, list markers and table pipes, collapses whitespace and lower-cases', () => {
    expect(normalizePassage('- **Delivery fee:** $3.99 per   order')).toBe('delivery fee: $3.99 per order');
    expect(normalizePassage('| Wednesday | 11:30 am – 9:30 pm | 9:00 pm |')).toBe(
      'wednesday 11:30 am – 9:30 pm 9:00 pm',
    );
    expect(normalizePassage('## Fees and `minimums`\n1. __First__\n  line')).toBe(
      'fees and minimums first line',
    );
    expect(normalizePassage('| --- | :---: |')).toBe('');
  });

  it('keeps hyphens, signs and numbers that are text', () => {
    expect(normalizePassage('Pickup: 20–25 minutes, -$2 off, e-mail us')).toBe(
      'pickup: 20–25 minutes, -$2 off, e-mail us',
    );
  });
});

describe('knowledge evaluation set', () => {
  it('every file parses, names its own venue and the Wednesday-evening clock', () => {
    for (const set of [...tuned, ...untuned]) {
      expect(set.questions.length).toBeGreaterThan(0);
      for (const q of set.questions) {
        expect(`${q.venue}.yaml`).toBe(set.file);
        expect(q.askedAt).toBe('2026-12-02T18:00');
      }
    }
  });

  it('question ids are unique across all files', () => {
    const ids = all.map((q) => q.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('holds at least 90 questions per fully documented tuned venue (180 in all), 10 per one-document tuned venue and 20 per held-out venue (60 in all)', () => {
    for (const set of tuned)
      expect(set.questions.length, set.file).toBeGreaterThanOrEqual(
        FULL_KNOWLEDGE_VENUES.includes(set.questions[0]!.venue) ? 90 : 10,
      );
    for (const set of untuned) expect(set.questions.length, set.file).toBeGreaterThanOrEqual(20);
    expect(tuned.flatMap((s) => s.questions).length).toBeGreaterThanOrEqual(180);
    expect(untuned.flatMap((s) => s.questions).length).toBeGreaterThanOrEqual(60);
  });

  it('every passage lies in one block of its document, every item exists, every fact is in the source', () => {
    expect(all.flatMap(questionProblems)).toEqual([]);
  });

  it('each file covers every document of its venue and the menu, in every style', () => {
    for (const set of [...tuned, ...untuned]) {
      const venue = venueOf(set.questions[0]!.venue);
      const asked = new Set(set.questions.map((q) => q.expect.document));
      expect(
        [...venue.documents.map((d) => d.id), 'menu'].filter((d) => !asked.has(d)),
        set.file,
      ).toEqual([]);
      const styles = new Set(set.questions.map((q) => q.style));
      expect(
        QuestionStyle.options.filter((s) => !styles.has(s)),
        set.file,
      ).toEqual([]);
    }
  });

  it('a question about something the venue does not offer names no passage and no item', () => {
    for (const q of all.filter((x) => x.expect.document === ABSENT_DOCUMENT))
      expect([q.expect.passage, q.expect.item], q.id).toEqual([undefined, undefined]);
  });

  it('about a fifth of the tuned questions are about menu items', () => {
    for (const set of tuned) {
      const share = set.questions.filter((q) => q.expect.document === 'menu').length / set.questions.length;
      expect(share, set.file).toBeGreaterThanOrEqual(0.15);
      expect(share, set.file).toBeLessThanOrEqual(0.3);
    }
  });
});
