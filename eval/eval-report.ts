import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createUnderstanding, type Understanding } from '../src/core/understand/index.ts';
import { loadVenue } from '../src/domain/index.ts';
import {
  type ClincRow,
  clincFalseActions,
  clincSmallTalk,
  loadClinc,
  type SmallTalkReport,
  sampleClinc,
  splitClinc,
} from './clinc.ts';
import { FAULT_KINDS, type FaultKind } from './fault-kinds.ts';
import { buildKnowledgeReport, type KnowledgeReport } from './knowledge/knowledge-report.ts';
import { buildPromptTokenReport, type PromptTokenReport } from './prompt-tokens.ts';
import { runScenarioSet, type ScenarioResult, UNTUNED_SCENARIOS_DIR } from './run-scenario-set.ts';
import {
  type CaseResult,
  type EvalSummary,
  loadCases,
  runCases,
  summarize,
  UTTERANCES_FILE,
} from './run-utterances.ts';

/** The held-out parse cases per fault kind (never tuned on). */
export const UNTUNED_UTTERANCES_FILE = resolve(import.meta.dirname, 'untuned/utterances.yaml');
/** 40 customer orders per untuned venue: eval/untuned/orders/<venue>.yaml. */
export const UNTUNED_ORDERS_DIR = resolve(import.meta.dirname, 'untuned/orders');
/**
 * Customer orders per tuned venue built from its menu file alone: eval/orders/<venue>.yaml (written
 * before tuning, then tuned on).
 */
export const TUNED_ORDERS_DIR = resolve(import.meta.dirname, 'orders');
/** The venues the rules were tuned on. */
export const TUNED_VENUES = [
  'pizzeria',
  'spice-route',
  'burritos',
  'cafe',
  'deli',
  'hoagies',
  'slices',
  'torpedo',
  'diner',
  'heroes',
  'bakehouse',
  'grill',
  'taqueria',
  'pieshop',
] as const;
/** The venues CLINC150's small talk and false actions are measured on (a run per venue). */
export const CLINC_VENUES = ['pizzeria', 'spice-route'] as const;

/** passed of total; `rate` is 1 when total is 0. */
export interface Ratio {
  passed: number;
  total: number;
  rate: number;
}

export interface EvalInputs {
  tunedFile?: string;
  untunedFile?: string;
  ordersDir?: string;
  tunedOrdersDir?: string;
  scenariosDir?: string;
  /** Run the CLINC150 parts (skipped when false; `null` in the report when the file is missing). */
  clinc?: boolean;
  /** CLINC150 rows to use before the split (0 = all). */
  clincSample?: number;
  /** Run the knowledge parts (issue 8); default true. */
  knowledge?: boolean;
  /** Measure the model's prompt size against the whole-menu baseline (issue 9); default true. */
  promptTokens?: boolean;
}

export interface ClincVenueReport {
  venue: string;
  smallTalk: { tuned: SmallTalkReport; heldOut: SmallTalkReport };
  falseActions: {
    tuned: { unrelated: number; falseActions: number; rate: number; examples: string[] };
    heldOut: { unrelated: number; falseActions: number; rate: number; examples: string[] };
  };
}

export interface EvalReport {
  files: { tuned: string; untuned: string; orders: string; tunedOrders: string; scenarios: string };
  intent: { tuned: EvalSummary; untuned: EvalSummary };
  smallTalk: { tuned: Ratio; untuned: Ratio };
  /** undefined: skipped; null: the data set is not on this machine. */
  clinc: ClincVenueReport[] | null | undefined;
  orders: Array<{ venue: string; set: 'tuned' | 'untuned' } & Ratio>;
  kinds: Array<{ kind: FaultKind; tuned: Ratio | null; untuned: Ratio | null; scenarios: Ratio | null }>;
  /** Retrieval and answers over the knowledge question sets; undefined when skipped. */
  knowledge: KnowledgeReport | undefined;
  /** Median prompt tokens per model turn against a naive baseline (no network); undefined when skipped. */
  promptTokens: PromptTokenReport | undefined;
  results: {
    tuned: CaseResult[];
    untuned: CaseResult[];
    orders: CaseResult[];
    tunedOrders: CaseResult[];
    scenarios: ScenarioResult[];
  };
}

const ratio = (passed: number, total: number): Ratio => ({
  passed,
  total,
  rate: total === 0 ? 1 : passed / total,
});
const ratioOf = <T>(items: readonly T[], ok: (x: T) => boolean): Ratio =>
  ratio(items.filter(ok).length, items.length);

/** Cases that order something: whole-order exact means every expected line matches. */
const isOrder = (r: CaseResult) => (r.case.lines?.length ?? 0) > 0;

/**
 * Runs every part of the evaluation: the tuned and untuned parse sets, the untuned venues' orders,
 * the untuned conversations (in-memory backend) and, when asked, CLINC150 split into its tuned and
 * held-out parts.
 */
export async function buildEvalReport(inputs: EvalInputs = {}): Promise<EvalReport> {
  const files = {
    tuned: inputs.tunedFile ?? UTTERANCES_FILE,
    untuned: inputs.untunedFile ?? UNTUNED_UTTERANCES_FILE,
    orders: inputs.ordersDir ?? UNTUNED_ORDERS_DIR,
    tunedOrders: inputs.tunedOrdersDir ?? TUNED_ORDERS_DIR,
    scenarios: inputs.scenariosDir ?? UNTUNED_SCENARIOS_DIR,
  };
  const tuned = runCases(loadCases(files.tuned));
  const untuned = runCases(loadCases(files.untuned));
  const orders = runCases(loadOrderCases(files.orders));
  const tunedOrders = runCases(loadOrderCases(files.tunedOrders));
  const scenarios = await runScenarioSet(files.scenarios);

  const smallTalk = (rs: CaseResult[]) =>
    ratioOf(
      rs.filter((r) => r.case.kind === 'smalltalk_scope'),
      (r) => r.exact,
    );
  const orderRows: EvalReport['orders'] = [
    ...TUNED_VENUES.map((venue) => ({
      venue,
      set: 'tuned' as const,
      ...ratioOf(
        [...tuned, ...tunedOrders].filter((r) => r.case.venue === venue && isOrder(r)),
        (r) => r.linesOk,
      ),
    })),
    ...[...new Set(orders.map((r) => r.case.venue))].sort().map((venue) => ({
      venue,
      set: 'untuned' as const,
      ...ratioOf(
        orders.filter((r) => r.case.venue === venue),
        (r) => r.linesOk,
      ),
    })),
  ];
  const ofKind = (rs: CaseResult[], kind: FaultKind) => {
    const picked = rs.filter((r) => r.case.kind === kind);
    return picked.length === 0 ? null : ratioOf(picked, (r) => r.exact);
  };
  const kinds = FAULT_KINDS.map((kind) => {
    const sc = scenarios.filter((s) => s.kind === kind);
    return {
      kind,
      tuned: ofKind(tuned, kind),
      untuned: ofKind(untuned, kind),
      scenarios: sc.length === 0 ? null : ratioOf(sc, (s) => s.passed),
    };
  });
  return {
    files,
    intent: { tuned: summarize(tuned), untuned: summarize(untuned) },
    smallTalk: { tuned: smallTalk(tuned), untuned: smallTalk(untuned) },
    clinc: inputs.clinc === false ? undefined : clincReport(inputs.clincSample ?? 0),
    orders: orderRows,
    kinds,
    knowledge: inputs.knowledge === false ? undefined : await buildKnowledgeReport(),
    promptTokens: inputs.promptTokens === false ? undefined : await buildPromptTokenReport(files.tuned),
    results: { tuned, untuned, orders, tunedOrders, scenarios },
  };
}

/** Every `<venue>.yaml` in an orders folder (held out by default), in file order. */
export function loadOrderCases(dir = UNTUNED_ORDERS_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => loadCases(join(dir, f)));
}

function clincReport(sample: number): ClincVenueReport[] | null {
  const rows = loadClinc();
  if (!rows) return null;
  const { tuned, heldOut } = splitClinc(sample > 0 ? sampleClinc(rows, sample) : rows);
  return CLINC_VENUES.map((name) => {
    const venue = loadVenue(name);
    const u = createUnderstanding(venue.menu, venue.moods, venue.documents);
    return {
      venue: name,
      smallTalk: { tuned: clincSmallTalk(u, tuned), heldOut: clincSmallTalk(u, heldOut) },
      falseActions: { tuned: falseActions(u, tuned), heldOut: falseActions(u, heldOut) },
    };
  });
}

function falseActions(u: Understanding, rows: readonly ClincRow[]) {
  const r = clincFalseActions(u, rows);
  return {
    unrelated: r.unrelated,
    falseActions: r.falseActions,
    rate: r.falseActionRate,
    examples: r.examples.map((e) => `${e.intent}: ${e.text}`),
  };
}
