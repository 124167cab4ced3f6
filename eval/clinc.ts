import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Intent, Understanding } from '../src/core/understand/index.ts';
import { isClincHeldOut } from './clinc-split.ts';

/**
 * The CLINC150 training set (text, clinc_intent, domain), outside the repository: MAITRE_CLINC_FILE, or
 * the `shared/` folder beside the checkout (as on the developers' machines and in CI).
 */
export const CLINC_FILE =
  process.env.MAITRE_CLINC_FILE ??
  [
    resolve(import.meta.dirname, '../../shared/data/clinc150/train.jsonl'),
    '/work/shared/data/clinc150/train.jsonl',
  ].find((f) => existsSync(f)) ??
  resolve(import.meta.dirname, '../../shared/data/clinc150/train.jsonl');

export interface ClincRow {
  text: string;
  clinc_intent: string;
  domain: string;
}

/** Intents that act on the menu or cart: an unrelated request must never end in one of these. */
export const MENU_ACTIONS: ReadonlySet<Intent> = new Set<Intent>([
  'order_add',
  'order_update',
  'order_remove',
  'browse_menu',
  'item_info',
  'recommend',
  'checkout',
]);

/** Domains whose requests are conversation (greetings, yes/no, repeat), not tasks from other apps. */
export const CONVERSATIONAL_DOMAINS: ReadonlySet<string> = new Set(['small_talk', 'meta']);

export function loadClinc(file = CLINC_FILE): ClincRow[] | undefined {
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ClincRow);
}

/** A deterministic sample: every row whose index hashes under the rate (same rows every run). */
export function sampleClinc(rows: readonly ClincRow[], size: number): ClincRow[] {
  if (size >= rows.length) return [...rows];
  const step = rows.length / size;
  const out: ClincRow[] = [];
  for (let i = 0; i < size; i++) out.push(rows[Math.floor(i * step)] as ClincRow);
  return out;
}

export interface ClincReport {
  total: number;
  /** Task requests from other domains (not small talk / meta), including CLINC's own out-of-scope set. */
  unrelated: number;
  falseActions: number;
  falseActionRate: number;
  examples: Array<{ text: string; domain: string; intent: Intent }>;
}

/** Runs unrelated requests through understanding and counts those that became a menu or cart action. */
export function clincFalseActions(understanding: Understanding, rows: readonly ClincRow[]): ClincReport {
  let unrelated = 0;
  let falseActions = 0;
  const examples: ClincReport['examples'] = [];
  for (const row of rows) {
    if (CONVERSATIONAL_DOMAINS.has(row.domain)) continue;
    unrelated++;
    const intent = understanding.parse(row.text).intents[0]?.intent ?? 'out_of_scope';
    if (MENU_ACTIONS.has(intent)) {
      falseActions++;
      examples.push({ text: row.text, domain: row.domain, intent });
    }
  }
  return {
    total: rows.length,
    unrelated,
    falseActions,
    falseActionRate: unrelated === 0 ? 0 : falseActions / unrelated,
    examples,
  };
}

/** The tuned part (we may look at it while tuning) and the held-out part (reported only) of CLINC rows. */
export function splitClinc(rows: readonly ClincRow[]): { tuned: ClincRow[]; heldOut: ClincRow[] } {
  const tuned: ClincRow[] = [];
  const heldOut: ClincRow[] = [];
  for (const row of rows) (isClincHeldOut(row.text) ? heldOut : tuned).push(row);
  return { tuned, heldOut };
}

/** CLINC150 small-talk and meta intents that have an intent of ours (the rest stay unmapped). */
export const CLINC_SMALL_TALK: Readonly<Record<string, Intent>> = {
  greeting: 'greet',
  goodbye: 'goodbye',
  thank_you: 'thanks',
  yes: 'affirm',
  no: 'deny',
  cancel: 'cancel',
  repeat: 'repeat',
  are_you_a_bot: 'bot_challenge',
  what_can_i_ask_you: 'capabilities',
};

export interface SmallTalkReport {
  cases: number;
  correct: number;
  accuracy: number;
  /** Misread rows: the text, the intent we expected and the primary intent we got. */
  failures: Array<{ text: string; expected: Intent; got: Intent }>;
}

/**
 * Parses every row of a mapped small-talk intent (CLINC_SMALL_TALK) without context and counts those whose
 * primary intent is ours.
 */
export function clincSmallTalk(understanding: Understanding, rows: readonly ClincRow[]): SmallTalkReport {
  let cases = 0;
  let correct = 0;
  const failures: SmallTalkReport['failures'] = [];
  for (const row of rows) {
    const expected = CLINC_SMALL_TALK[row.clinc_intent];
    if (expected === undefined || !CONVERSATIONAL_DOMAINS.has(row.domain)) continue;
    cases++;
    const got = understanding.parse(row.text).intents[0]?.intent ?? 'out_of_scope';
    if (got === expected) correct++;
    else failures.push({ text: row.text, expected, got });
  }
  return { cases, correct, accuracy: cases === 0 ? 1 : correct / cases, failures };
}
