import { TUNED_KNOWLEDGE_FILES, UNTUNED_KNOWLEDGE_FILES } from './knowledge-questions.ts';
import { type AnswerResult, runAnswerEval } from './run-answer-eval.ts';
import { RETRIEVAL_MODES, type RetrievalEvalResult, runRetrievalEval } from './run-retrieval-eval.ts';

/** passed of total; `rate` is 1 when total is 0. */
export interface AnswerRatio {
  passed: number;
  total: number;
  rate: number;
}

/** Issue 8's numbers: retrieval per mode and the share of replies holding the expected fact. */
export interface KnowledgeReport {
  retrieval: { tuned: RetrievalEvalResult; untuned: RetrievalEvalResult };
  answers: {
    tuned: AnswerRatio;
    untuned: AnswerRatio;
    perVenue: Array<{ venue: string; set: 'tuned' | 'untuned' } & AnswerRatio>;
  };
  results: { tuned: AnswerResult[]; untuned: AnswerResult[] };
}

const ratioOf = (rs: readonly AnswerResult[]): AnswerRatio => {
  const passed = rs.filter((r) => r.ok).length;
  return { passed, total: rs.length, rate: rs.length === 0 ? 1 : passed / rs.length };
};

/**
 * Runs the knowledge evaluation on the tuned (pizzeria, spice-route) and held-out (burgers, coffee,
 * subs) question sets: recall@1/3/5 and MRR for hybrid, full-text and vector retrieval, and the share of
 * whole-turn replies that contain the expected fact.
 */
export async function buildKnowledgeReport(
  files = { tuned: TUNED_KNOWLEDGE_FILES, untuned: UNTUNED_KNOWLEDGE_FILES },
): Promise<KnowledgeReport> {
  const [retrievalTuned, retrievalUntuned] = [
    await runRetrievalEval(files.tuned),
    await runRetrievalEval(files.untuned),
  ];
  const tuned = await runAnswerEval(files.tuned);
  const untuned = await runAnswerEval(files.untuned);
  const perVenue = (rs: AnswerResult[], set: 'tuned' | 'untuned') =>
    [...new Set(rs.map((r) => r.venue))].map((venue) => ({
      venue,
      set,
      ...ratioOf(rs.filter((r) => r.venue === venue)),
    }));
  return {
    retrieval: { tuned: retrievalTuned, untuned: retrievalUntuned },
    answers: {
      tuned: ratioOf(tuned),
      untuned: ratioOf(untuned),
      perVenue: [...perVenue(tuned, 'tuned'), ...perVenue(untuned, 'untuned')],
    },
    results: { tuned, untuned },
  };
}

const f3 = (x: number) => x.toFixed(3);

/** The plain-text section of `npm run eval` for knowledge; failures of the tuned set when asked. */
export function formatKnowledgeReport(
  report: KnowledgeReport,
  options: { failures?: boolean; heldOutFailures?: boolean } = {},
): string[] {
  const out = ['', 'Knowledge retrieval (issue 8)        R@1    R@3    R@5    MRR   questions'];
  for (const [set, r] of [
    ['tuned  ', report.retrieval.tuned],
    ['untuned', report.retrieval.untuned],
  ] as const)
    for (const mode of RETRIEVAL_MODES) {
      const s = r.overall[mode];
      out.push(
        `  ${set} ${mode.padEnd(7)}                   ${f3(s.recallAt1)}  ${f3(s.recallAt3)}  ${f3(s.recallAt5)}  ${f3(s.mrr)}  ${s.questions}`,
      );
    }
  out.push('', 'Knowledge answers: replies holding the expected fact');
  const cell = (r: AnswerRatio) =>
    `${String(r.passed).padStart(4)}/${String(r.total).padEnd(5)} ${(r.rate * 100).toFixed(1).padStart(5)}%`;
  out.push(
    `  tuned                ${cell(report.answers.tuned)}`,
    `  untuned              ${cell(report.answers.untuned)}`,
  );
  for (const v of report.answers.perVenue)
    out.push(`    ${v.venue.padEnd(12)} ${v.set.padEnd(8)} ${cell(v)}`);
  const list = (rs: readonly AnswerResult[]) => {
    for (const r of rs.filter((x) => !x.ok))
      out.push(
        `  ${r.id} ${r.q}`,
        `      want: ${r.fact.join(' / ')}`,
        `      got:  ${r.reply.slice(0, 300)}`,
      );
  };
  if (options.failures) {
    out.push('', 'Knowledge answer failures, tuned set:');
    list(report.results.tuned);
  }
  if (options.heldOutFailures) {
    out.push('', 'Knowledge answer failures, held-out set (report only):');
    list(report.results.untuned);
  }
  return out;
}
