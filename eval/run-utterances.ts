import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { createUnderstanding, type ParseResult, type Understanding } from '../src/core/understand/index.ts';
import { Intent } from '../src/core/understand/parse-result.ts';
import { loadVenue } from '../src/domain/index.ts';
import { FaultKind } from './fault-kinds.ts';

export const UTTERANCES_FILE = resolve(import.meta.dirname, 'utterances.yaml');

const ExpectedLine = z.strictObject({
  itemId: z.string(),
  quantity: z.number().int().default(1),
  /** "choice", "choice:extra", "choice*2" (choice ids of the item's groups) */
  options: z.array(z.string()).default([]),
  without: z.array(z.string()).default([]),
  action: z.enum(['add', 'update', 'remove', 'replace']).optional(),
});

export const UtteranceCase = z.strictObject({
  venue: z.string(),
  text: z.string(),
  /** The primary intent. */
  intent: Intent,
  /** Further intents that must also be present (several requests in one message). */
  also: z.array(Intent).default([]),
  /** An example sentence from the issue: must pass exactly. */
  issue: z.boolean().default(false),
  /** The fault kind of issue 7 the case exercises (one eval line per kind). */
  kind: FaultKind.optional(),
  context: z
    .strictObject({
      expecting: z.union([z.string(), z.strictObject({ group: z.string(), itemId: z.string() })]).optional(),
      cart: z.array(z.string()).optional(),
    })
    .optional(),
  lines: z.array(ExpectedLine).optional(),
  itemRefs: z.array(z.string()).optional(),
  filters: z.record(z.string(), z.unknown()).optional(),
  constraints: z.record(z.string(), z.unknown()).optional(),
  slots: z.record(z.string(), z.unknown()).optional(),
  mood: z.string().optional(),
  quantity: z.number().int().optional(),
  freeOptions: z.array(z.string()).optional(),
  /** The item question's reading (issue 8): stated keys of ParseResult.itemQuestion must match. */
  question: z.record(z.string(), z.unknown()).optional(),
});
export type UtteranceCase = z.infer<typeof UtteranceCase>;

export interface CaseResult {
  case: UtteranceCase;
  result: ParseResult;
  intentOk: boolean;
  /** Lines compared (the case lists lines). */
  linesChecked: boolean;
  linesOk: boolean;
  /** Everything the case states matches. */
  exact: boolean;
  problems: string[];
}

export function loadCases(file = UTTERANCES_FILE): UtteranceCase[] {
  return z.array(UtteranceCase).parse(parseYaml(readFileSync(file, 'utf8')));
}

const optionKey = (o: { choice: string; qualifier?: string | undefined; quantity: number }) =>
  `${o.choice}${o.qualifier ? `:${o.qualifier}` : ''}${o.quantity > 1 ? `*${o.quantity}` : ''}`;

/** "choice", or "choice:qualifier" when a removal is qualified ("no extra cheese" removes only the extra). */
const withoutKey = (w: { choice: string; qualifier?: string | undefined }) =>
  w.qualifier ? `${w.choice}:${w.qualifier}` : w.choice;

function lineKey(l: {
  itemId: string;
  quantity: number;
  options: string[];
  without: string[];
  action?: string | undefined;
}): string {
  return `${l.itemId} x${l.quantity} [${[...l.options].sort().join(', ')}] -[${[...l.without].sort().join(', ')}]${l.action ? ` (${l.action})` : ''}`;
}

/** Parses every case with its venue's understanding and compares with the expectations. */
export function runCases(cases: readonly UtteranceCase[]): CaseResult[] {
  const understandings = new Map<string, Understanding>();
  const forVenue = (name: string) => {
    let u = understandings.get(name);
    if (!u) {
      const v = loadVenue(name);
      u = createUnderstanding(v.menu, v.moods, v.documents);
      understandings.set(name, u);
    }
    return u;
  };
  return cases.map((c) => {
    const context = c.context ? { ...c.context } : undefined;
    const result = forVenue(c.venue).parse(c.text, context as Parameters<Understanding['parse']>[1]);
    const problems: string[] = [];
    const got = result.intents.map((i) => i.intent);
    const intentOk = got[0] === c.intent && c.also.every((i) => got.includes(i));
    if (!intentOk)
      problems.push(`intents: expected ${[c.intent, ...c.also].join('+')}, got ${got.join('+')}`);
    let linesOk = true;
    if (c.lines) {
      const withAction = c.lines.some((l) => l.action !== undefined);
      const want = c.lines
        .map((l) => lineKey({ ...l, action: withAction ? (l.action ?? 'add') : undefined }))
        .sort();
      const have = result.lines
        .map((l) =>
          lineKey({
            itemId: l.itemId,
            quantity: l.quantity,
            options: l.options.map(optionKey),
            without: l.without.map(withoutKey),
            action: withAction ? (l.action ?? 'add') : undefined,
          }),
        )
        .sort();
      linesOk = JSON.stringify(want) === JSON.stringify(have);
      if (!linesOk)
        problems.push(`lines: expected ${want.join(' | ') || 'none'}, got ${have.join(' | ') || 'none'}`);
    }
    const check = (name: string, want: unknown, have: unknown) => {
      if (want === undefined) return;
      if (!subsetEqual(want, have))
        problems.push(`${name}: expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
    };
    check(
      'itemRefs',
      c.itemRefs,
      result.itemRefs.map((r) => r.itemId),
    );
    check('filters', c.filters, result.filters);
    check('constraints', c.constraints, result.constraints);
    check('slots', c.slots, result.slots);
    check('mood', c.mood, result.mood);
    check('quantity', c.quantity, result.quantity);
    check('freeOptions', c.freeOptions, (result.freeOptions ?? []).map(optionKey));
    check('question', c.question, result.itemQuestion);
    return {
      case: c,
      result,
      intentOk,
      linesChecked: c.lines !== undefined,
      linesOk,
      exact: problems.length === 0,
      problems,
    };
  });
}

/** Objects: every stated key matches; arrays: same members in any order; null: absent; else strict equality. */
function subsetEqual(want: unknown, have: unknown): boolean {
  if (want === null) return have === null || have === undefined;
  if (Array.isArray(want)) {
    if (!Array.isArray(have) || want.length !== have.length) return false;
    const a = want.map((x) => JSON.stringify(x)).sort();
    const b = have.map((x) => JSON.stringify(x)).sort();
    return a.every((x, i) => x === b[i]);
  }
  if (want !== null && typeof want === 'object') {
    if (have === null || typeof have !== 'object') return false;
    return Object.entries(want).every(([k, v]) => subsetEqual(v, (have as Record<string, unknown>)[k]));
  }
  return want === have;
}

export interface EvalSummary {
  cases: number;
  intentAccuracy: number;
  perIntent: Array<{ intent: string; cases: number; correct: number; accuracy: number }>;
  lineCases: number;
  lineExactMatch: number;
  exactMatch: number;
  issueCases: number;
  issueExact: number;
}

export function summarize(results: readonly CaseResult[]): EvalSummary {
  const per = new Map<string, { cases: number; correct: number }>();
  for (const r of results) {
    const p = per.get(r.case.intent) ?? { cases: 0, correct: 0 };
    p.cases++;
    if (r.intentOk) p.correct++;
    per.set(r.case.intent, p);
  }
  const lineResults = results.filter((r) => r.linesChecked);
  const issue = results.filter((r) => r.case.issue);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    cases: results.length,
    intentAccuracy: ratio(results.filter((r) => r.intentOk).length, results.length),
    perIntent: [...per]
      .map(([intent, p]) => ({ intent, ...p, accuracy: ratio(p.correct, p.cases) }))
      .sort((a, b) => a.intent.localeCompare(b.intent)),
    lineCases: lineResults.length,
    lineExactMatch: ratio(lineResults.filter((r) => r.linesOk).length, lineResults.length),
    exactMatch: ratio(results.filter((r) => r.exact).length, results.length),
    issueCases: issue.length,
    issueExact: ratio(issue.filter((r) => r.exact).length, issue.length),
  };
}
