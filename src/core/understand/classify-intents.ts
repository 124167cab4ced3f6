import { INTENT_RULES } from './intent-rules.ts';
import { type IntentFeatures, readSignals, SOFT_VETO } from './intent-signals.ts';
import type { Intent, IntentReason } from './parse-result.ts';

export type { IntentFeatures } from './intent-signals.ts';

/** One intent with its confidence in 0..1. */
export type Scored = { intent: Intent; confidence: number };

/** The intents of a message, most confident first, and for each the rule that gave it. */
export interface Classified {
  intents: Scored[];
  why: IntentReason[];
}

/**
 * Runs the intent table (intent-rules.ts) over one message. Never empty: the last rule gives
 * `out_of_scope` when nothing else applied.
 */
export function classifyIntents(f: IntentFeatures): Classified {
  const s = readSignals(f);
  const given = new Map<Intent, number>();
  const reasons = new Map<Intent, IntentReason>();
  for (const rule of INTENT_RULES) {
    const c = rule.when(s, given);
    if (c === false || c <= 0) continue;
    let confidence = c;
    if (rule.intent === 'out_of_scope' && s.oosScore >= SOFT_VETO) confidence = 0.9;
    if (confidence > (given.get(rule.intent) ?? 0)) {
      given.set(rule.intent, confidence);
      reasons.set(rule.intent, { intent: rule.intent, rule: rule.id, because: rule.because });
    }
  }
  const intents = [...given]
    .map(([intent, confidence]) => ({ intent, confidence }))
    .sort((a, b) => b.confidence - a.confidence);
  return { intents, why: intents.map((i) => reasons.get(i.intent) as IntentReason) };
}
