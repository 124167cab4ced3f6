import { ruleCommandGenerator } from '../src/core/commands/rule-command-generator.ts';
import { createDialogConfig } from '../src/core/config/dialog-config.ts';
import { DEFAULT_MERGE_POLICY, rulesAreSure } from '../src/core/model/merged-command-generator.ts';
import { toolsForState } from '../src/core/model/model-tools.ts';
import { buildUnderstandingPrompt } from '../src/core/model/understanding-prompt.ts';
import { createSessionState } from '../src/core/state/session-state.ts';
import { createUnderstanding } from '../src/core/understand/index.ts';
import { loadVenue } from '../src/domain/load-venue.ts';
import type { Venue } from '../src/domain/venue.ts';
import { loadUnderstandingPrompts } from '../src/llm/load-understanding-prompts.ts';
import { venueKnowledge } from '../src/testing/venue-knowledge.ts';
import { loadCases, UTTERANCES_FILE } from './run-utterances.ts';

/** Prompt sizes of one venue's model turns. */
export interface VenuePromptTokens {
  venue: string;
  /** Cases of the set on this venue. */
  cases: number;
  /** Cases the rules are not sure about: the model would be asked (merge policy). */
  modelTurns: number;
  /** Median estimated prompt tokens of those turns (system + user layer + tool schemas). */
  median: number;
  /** The same turns with the whole menu in the prompt instead of the items that may be meant. */
  baselineMedian: number;
}

/** `npm run eval`'s prompt-size part: median prompt tokens per model turn against a naive baseline. */
export interface PromptTokenReport {
  /** How tokens are counted: an estimate, no tokenizer is loaded. */
  tokenizer: string;
  cases: number;
  modelTurns: number;
  median: number;
  baselineMedian: number;
  venues: VenuePromptTokens[];
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : Math.round(((s[mid - 1] as number) + (s[mid] as number)) / 2);
};

/**
 * For every case of the utterance set (default: the tuned one), on a fresh session (the case's cart
 * context as the cart): whether the rules are sure of it (then the model is not called, by the merge
 * policy), and for the others the first-step understanding prompt as built for the model
 * (`buildUnderstandingPrompt`: the items the message may mean, passages trimmed to budget, the state's
 * tools) against the naive baseline (the same prompt with the whole menu). Tokens are estimated as
 * characters / 4 (`estimateTokens`), tool schemas included. No network: nothing is sent.
 */
export async function buildPromptTokenReport(file = UTTERANCES_FILE): Promise<PromptTokenReport> {
  const prompts = loadUnderstandingPrompts();
  const cases = loadCases(file);
  const venues = new Map<string, Venue>();
  const rows: VenuePromptTokens[] = [];
  const all: number[] = [];
  const allBaseline: number[] = [];
  let modelTurns = 0;
  for (const name of [...new Set(cases.map((c) => c.venue))].sort()) {
    const venue = venues.get(name) ?? loadVenue(name);
    venues.set(name, venue);
    const understanding = createUnderstanding(venue.menu, venue.moods, venue.documents);
    const rules = ruleCommandGenerator(understanding, createDialogConfig());
    const knowledge = await venueKnowledge(venue);
    const sizes: number[] = [];
    const baseline: number[] = [];
    const mine = cases.filter((c) => c.venue === name);
    for (const c of mine) {
      const state = {
        ...createSessionState({ sessionId: 'eval', venueId: venue.id, customerId: 'eval' }),
        cartItems: c.context?.cart ?? [],
        ...(c.context?.cart?.length ? { cartId: 'cart_eval' } : {}),
      };
      const input = { message: c.text, state, venue };
      if (rulesAreSure(await rules.generate(input), DEFAULT_MERGE_POLICY.rulesFirstConfidence)) continue;
      const tools = toolsForState(state, { knowledge: true });
      sizes.push((await buildUnderstandingPrompt(input, tools, prompts, { knowledge })).promptTokens);
      baseline.push(
        (await buildUnderstandingPrompt(input, tools, prompts, { knowledge, allItems: true })).promptTokens,
      );
    }
    modelTurns += sizes.length;
    all.push(...sizes);
    allBaseline.push(...baseline);
    rows.push({
      venue: name,
      cases: mine.length,
      modelTurns: sizes.length,
      median: median(sizes),
      baselineMedian: median(baseline),
    });
  }
  return {
    tokenizer: 'estimate: characters / 4 (Llama-family BPE on English, ±20%)',
    cases: cases.length,
    modelTurns,
    median: median(all),
    baselineMedian: median(allBaseline),
    venues: rows,
  };
}

/** The report's lines for `npm run eval`. */
export function formatPromptTokenReport(r: PromptTokenReport): string[] {
  const pct = r.baselineMedian === 0 ? 0 : Math.round((100 * r.median) / r.baselineMedian);
  return [
    `Model prompt size (understanding, first step; tokens ${r.tokenizer})`,
    `  model turns: ${r.modelTurns} of ${r.cases} tuned utterances (the rules read the rest with high confidence)`,
    `  median prompt tokens per model turn ${String(r.median).padStart(6)}   naive baseline (whole menu) ${String(r.baselineMedian).padStart(6)}   (${pct}%)`,
    ...r.venues.map(
      (v) =>
        `    ${v.venue.padEnd(12)} ${String(v.modelTurns).padStart(4)} of ${String(v.cases).padEnd(4)} turns   median ${String(v.median).padStart(6)}   baseline ${String(v.baselineMedian).padStart(6)}`,
    ),
  ];
}
