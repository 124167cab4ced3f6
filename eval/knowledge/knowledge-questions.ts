import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/**
 * The knowledge evaluation set (issue 8): questions customers type about a venue, each with the passage
 * that answers it and the fact a correct reply must contain. Format: `eval/knowledge/README.md`.
 */

/** This directory: `eval/knowledge/`. */
export const KNOWLEDGE_DIR = import.meta.dirname;

/** The tuned files (failures may be inspected and fixed by mechanisms). */
export const TUNED_KNOWLEDGE_FILES = [
  'pizzeria.yaml',
  'spice-route.yaml',
  'grill.yaml',
  'taqueria.yaml',
  'diner.yaml',
].map((f) => resolve(KNOWLEDGE_DIR, f));

/** The tuned venues with a full set of documents (the issue's 150-question set); the others hold one document. */
export const FULL_KNOWLEDGE_VENUES = ['pizzeria', 'spice-route'];

/**
 * The `document` of a question the venue cannot answer from any passage: it asks for something the venue
 * does not offer ("do you have biryani?" at a pizzeria). The reply must say so; retrieval is not scored.
 */
export const ABSENT_DOCUMENT = 'none';

/** The held-out files: only reported, never read to tune. */
export const UNTUNED_KNOWLEDGE_FILES = ['burgers.yaml', 'coffee.yaml', 'subs.yaml'].map((f) =>
  resolve(KNOWLEDGE_DIR, 'untuned', f),
);

/** How the question is phrased, so results can be reported per style. */
export const QuestionStyle = z.enum(['direct', 'paraphrase', 'typo', 'indirect']);
export type QuestionStyle = z.infer<typeof QuestionStyle>;

const Text = z.string().trim().min(1);
/** One string or a list of alternatives, read as a non-empty list. */
const OneOrMany = z.union([Text, z.array(Text).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

/**
 * Where the answer is: a document id (file name without `.md`) with the passage(s) any of which
 * identifies the right chunk, `menu` with the item id, or `none` (nothing: the venue does not offer it).
 */
export const KnowledgeExpect = z
  .strictObject({
    document: z.string().regex(/^[a-z0-9-]+$/),
    passage: OneOrMany.optional(),
    /** With `menu`: the item id, or a list of ids any of which answers (e.g. "something vegan for dessert?"). */
    item: OneOrMany.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.document === ABSENT_DOCUMENT) {
      if (e.item || e.passage)
        ctx.addIssue({ code: 'custom', message: 'a `none` expectation names no passage and no item' });
      return;
    }
    if (e.document === 'menu' && (!e.item || e.passage))
      ctx.addIssue({ code: 'custom', message: 'a menu expectation names an item and no passage' });
    if (e.document !== 'menu' && (!e.passage || e.item))
      ctx.addIssue({ code: 'custom', message: 'a document expectation names a passage and no item' });
  });
export type KnowledgeExpect = z.infer<typeof KnowledgeExpect>;

export const KnowledgeQuestionEntry = z.strictObject({
  id: z.string().regex(/^[a-z]+-\d{3}$/),
  q: Text,
  style: QuestionStyle,
  expect: KnowledgeExpect,
  /** Any one of these, case-insensitive, must be in the reply text. */
  fact: OneOrMany,
});

/** One file: a venue, the clock every question is asked at (venue-local `YYYY-MM-DDTHH:mm`), the questions. */
export const KnowledgeQuestionFile = z.strictObject({
  venue: z.string().regex(/^[a-z0-9-]+$/),
  askedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  questions: z.array(KnowledgeQuestionEntry).min(1),
});
export type KnowledgeQuestionFile = z.infer<typeof KnowledgeQuestionFile>;

/** A question with its file's venue and clock: what a runner needs to ask it. */
export interface KnowledgeQuestion {
  id: string;
  venue: string;
  /** Venue-local wall-clock time the question is asked at, `YYYY-MM-DDTHH:mm`. */
  askedAt: string;
  q: string;
  style: QuestionStyle;
  expect: KnowledgeExpect;
  /** Alternatives, at least one; any one in the reply (case-insensitive) counts. */
  fact: string[];
}

/**
 * Reads and validates one question file. Errors: the file cannot be read, is not YAML, or fails
 * `KnowledgeQuestionFile` (zod error naming the path).
 */
export function loadKnowledgeQuestions(file: string): KnowledgeQuestion[] {
  const parsed = KnowledgeQuestionFile.parse(parseYaml(readFileSync(file, 'utf8')));
  return parsed.questions.map((q) => ({ ...q, venue: parsed.venue, askedAt: parsed.askedAt }));
}

/**
 * The plain-text rule a passage is matched by: a chunk is the expected one when its normalised text
 * contains the normalised passage. Strips Markdown emphasis and code marks (`**`, `__`, backticks),
 * heading marks and leading list markers (`-`, `*`, `+`, `1.`), turns table pipes into spaces and
 * drops table separator rows, collapses whitespace and lower-cases. Example:
 * `"| Wednesday | 11:30 am – 9:30 pm |"` → `"wednesday 11:30 am – 9:30 pm"`.
 */
export function normalizePassage(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*\|?[\s:|-]*-[\s:|-]*$/.test(line) || !line.includes('|'))
    .map((line) =>
      line
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/\|/g, ' '),
    )
    .join(' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
