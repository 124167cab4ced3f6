import { relative } from 'node:path';
import type { EvalReport, Ratio } from './eval-report.ts';
import { formatKnowledgeReport } from './knowledge/knowledge-report.ts';
import { formatPromptTokenReport } from './prompt-tokens.ts';
import type { CaseResult, EvalSummary } from './run-utterances.ts';

export interface FormatOptions {
  /** List the failing cases of the tuned parts (tuned utterances, CLINC150 tuned part). */
  failures?: boolean;
  /** List the failing cases of the held-out parts: for reporting, never for tuning. */
  heldOutFailures?: boolean;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const frac = (r: Ratio) => `${String(r.passed).padStart(4)}/${String(r.total).padEnd(5)}`;
const cell = (r: Ratio | null) => (r === null ? '–'.padEnd(16) : `${frac(r)} ${pct(r.rate).padStart(6)}`);
const rel = (f: string) => relative(process.cwd(), f) || f;

/** The plain-text report of `npm run eval`: one line per number of issue 7, section 3. */
export function formatEvalReport(report: EvalReport, options: FormatOptions = {}): string {
  const { tuned, untuned } = report.intent;
  const out: string[] = [
    `Intent accuracy`,
    `  tuned   ${frac(ratioOfSummary(tuned))} ${pct(tuned.intentAccuracy).padStart(6)}   (${rel(report.files.tuned)})`,
    `  untuned ${frac(ratioOfSummary(untuned))} ${pct(untuned.intentAccuracy).padStart(6)}   (${rel(report.files.untuned)})`,
    '',
    'Intent accuracy per intent        tuned              untuned',
  ];
  const intents = [...new Set([...tuned.perIntent, ...untuned.perIntent].map((p) => p.intent))].sort();
  for (const intent of intents) {
    const t = tuned.perIntent.find((p) => p.intent === intent);
    const u = untuned.perIntent.find((p) => p.intent === intent);
    const c = (p: EvalSummary['perIntent'][number] | undefined) =>
      p ? cell({ passed: p.correct, total: p.cases, rate: p.accuracy }) : cell(null);
    out.push(`  ${intent.padEnd(16)}                ${c(t)}   ${c(u)}`);
  }
  out.push(
    '',
    `Tuned set: order lines exact ${pct(tuned.lineExactMatch)} of ${tuned.lineCases} cases with lines, whole parse exact ${pct(tuned.exactMatch)}, issue examples exact ${pct(tuned.issueExact)} of ${tuned.issueCases}`,
    '',
    'Small talk and control (greet, goodbye, thanks, yes, no, cancel, repeat, bot?, what can you do)',
    `  cases of kind smalltalk_scope, tuned      ${cell(report.smallTalk.tuned)}`,
    `  cases of kind smalltalk_scope, untuned    ${cell(report.smallTalk.untuned)}`,
  );
  const clinc = report.clinc;
  if (clinc === undefined) out.push('  CLINC150: skipped');
  else if (clinc === null) out.push('  CLINC150: data set not found (set MAITRE_CLINC_FILE)');
  else
    for (const c of clinc) {
      const r = (s: { correct: number; cases: number; accuracy: number }) =>
        cell({ passed: s.correct, total: s.cases, rate: s.accuracy });
      out.push(
        `  CLINC150 mapped intents, tuned part    (${c.venue.padEnd(11)}) ${r(c.smallTalk.tuned)}`,
        `  CLINC150 mapped intents, held-out part (${c.venue.padEnd(11)}) ${r(c.smallTalk.heldOut)}`,
      );
    }
  out.push('', 'Out-of-scope false actions (CLINC150 unrelated requests ending in a menu or cart action)');
  if (clinc === undefined) out.push('  skipped');
  else if (clinc === null) out.push('  data set not found (set MAITRE_CLINC_FILE)');
  else
    for (const c of clinc)
      for (const [part, f] of [
        ['tuned part   ', c.falseActions.tuned],
        ['held-out part', c.falseActions.heldOut],
      ] as const)
        out.push(
          `  ${part} (${c.venue.padEnd(11)}) ${String(f.falseActions).padStart(4)}/${String(f.unrelated).padEnd(6)} = ${(f.rate * 100).toFixed(2)}%`,
        );
  out.push('', 'Whole-order exact match (every line of the order)');
  for (const o of report.orders) out.push(`  ${o.venue.padEnd(12)} ${o.set.padEnd(8)} ${cell(o)}`);
  out.push(
    '',
    'Fault kinds (issue 7 section 2)   tuned parse        untuned parse      untuned conversations',
  );
  for (const k of report.kinds)
    out.push(`  ${k.kind.padEnd(30)}  ${cell(k.tuned)}   ${cell(k.untuned)}   ${cell(k.scenarios)}`);
  if (report.knowledge) out.push(...formatKnowledgeReport(report.knowledge, options));
  if (report.promptTokens) out.push('', ...formatPromptTokenReport(report.promptTokens));

  if (options.failures) {
    out.push('', 'Failures, tuned set:');
    pushCaseFailures(out, report.results.tuned);
    pushCaseFailures(out, report.results.tunedOrders, (r) => r.linesOk);
    if (clinc)
      for (const c of clinc) {
        out.push(`  CLINC150 tuned part, ${c.venue}, small talk misread:`);
        for (const f of c.smallTalk.tuned.failures) out.push(`      ${f.expected} → ${f.got}: ${f.text}`);
        out.push(`  CLINC150 tuned part, ${c.venue}, false actions:`);
        for (const e of c.falseActions.tuned.examples) out.push(`      ${e}`);
      }
  }
  if (options.heldOutFailures) {
    out.push('', 'Failures, held-out parts (report them; never tune on them):');
    pushCaseFailures(out, report.results.untuned);
    pushCaseFailures(out, report.results.orders, (r) => r.linesOk);
    for (const s of report.results.scenarios.filter((x) => !x.passed)) {
      out.push(`  [${s.file}] ${s.name}`);
      for (const f of s.failures)
        out.push(
          `      turn ${f.turn} "${clip(f.user)}": ${f.problems.join('; ')}`,
          `        bot: ${clip(f.reply)}`,
        );
    }
    if (clinc)
      for (const c of clinc) {
        out.push(`  CLINC150 held-out part, ${c.venue}, small talk misread:`);
        for (const f of c.smallTalk.heldOut.failures) out.push(`      ${f.expected} → ${f.got}: ${f.text}`);
        out.push(`  CLINC150 held-out part, ${c.venue}, false actions:`);
        for (const e of c.falseActions.heldOut.examples) out.push(`      ${e}`);
      }
  }
  return `${out.join('\n')}\n`;
}

/** The JSON summary of `npm run eval --json`: every number, without the per-case results. */
export function evalReportJson(report: EvalReport): unknown {
  const { results: _results, clinc, knowledge, ...rest } = report;
  return {
    ...rest,
    knowledge: knowledge
      ? {
          retrieval: {
            tuned: { ...knowledge.retrieval.tuned, misses: undefined },
            untuned: { ...knowledge.retrieval.untuned, misses: undefined },
          },
          answers: knowledge.answers,
        }
      : undefined,
    clinc: clinc?.map((c) => ({
      venue: c.venue,
      smallTalk: {
        tuned: withoutFailures(c.smallTalk.tuned),
        heldOut: withoutFailures(c.smallTalk.heldOut),
      },
      falseActions: {
        tuned: { ...c.falseActions.tuned, examples: undefined },
        heldOut: { ...c.falseActions.heldOut, examples: undefined },
      },
    })),
  };
}

function withoutFailures<T extends { failures: unknown[] }>(r: T): Omit<T, 'failures'> {
  const { failures: _f, ...rest } = r;
  return rest;
}

function ratioOfSummary(s: EvalSummary): Ratio {
  const passed = s.perIntent.reduce((n, p) => n + p.correct, 0);
  return { passed, total: s.cases, rate: s.intentAccuracy };
}

function pushCaseFailures(
  out: string[],
  results: CaseResult[],
  ok: (r: CaseResult) => boolean = (r) => r.exact,
) {
  for (const r of results.filter((x) => !ok(x)))
    out.push(
      `  [${r.case.venue}${r.case.kind ? `, ${r.case.kind}` : ''}] ${r.case.text}`,
      ...r.problems.map((p) => `      ${p}`),
    );
}

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}…` : s);
