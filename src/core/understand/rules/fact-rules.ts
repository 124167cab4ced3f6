import { SOFT_VETO } from '../intent-signals.ts';
import type { Intent } from '../parse-result.ts';
import type { ScopeClass } from '../scope/scope-model.ts';
import type { IntentRule } from './intent-rule.ts';
import { CHITCHAT_MIN, SOCIAL_CLASSES } from './social-rules.ts';

/** Below SOCIAL_MIN, the classifier's social reading still beats "not understood" from this score. */
export const FALLBACK_SOCIAL_MIN = 0.3;

/** Stated facts: a checkout detail volunteered, a diet or an allergy. */
export const FACT_RULES: readonly IntentRule[] = [
  {
    id: 'facts.provide_info',
    intent: 'provide_info',
    because: 'states a checkout detail (delivery, name, phone, payment) or a diet or allergy',
    when: (s, given) => {
      if (given.has('provide_info') || s.question) return false;
      const { result } = s.f;
      const constraint =
        result.constraints.diet !== undefined ||
        result.constraints.allergies.length > 0 ||
        (result.guestConstraints?.length ?? 0) > 0;
      const payment =
        result.slots.paymentMethod !== undefined &&
        s.words.some((t) => t.norm === 'pay' || t.norm === 'paying' || t.norm === 'with' || t.norm === 'by');
      const slot = s.slotCount > 0 && (s.oosScore < SOFT_VETO || payment || s.n <= 3);
      return (slot || constraint) && (s.lines.length > 0 ? 0.6 : 0.85);
    },
  },
];

/** When no rule above gave an intent. */
export const FALLBACK_RULES: readonly IntentRule[] = [
  {
    id: 'fallback.affirm',
    intent: 'affirm',
    because: 'nothing else matched; a yes word in a very short message',
    when: (s, given) => given.size === 0 && s.has('affirm') && s.n <= 3 && 0.6,
  },
  ...[...SOCIAL_CLASSES].map(
    (cls): IntentRule => ({
      id: `fallback.scope_${cls}`,
      intent: cls,
      because: `nothing else matched; the scope classifier's best class is ${cls}, well ahead of out of scope`,
      when: (s, given) =>
        given.size === 0 &&
        !s.f.built.bareMore &&
        s.scopeTop.cls === (cls as ScopeClass & Intent) &&
        s.scopeTop.score >= (cls === 'chitchat' ? CHITCHAT_MIN : FALLBACK_SOCIAL_MIN) &&
        s.scopeTop.score >= 2 * s.oosScore &&
        0.6,
    }),
  ),
  {
    id: 'fallback.restaurant_question',
    intent: 'faq',
    because: 'nothing else matched; a question the scope classifier reads as about the restaurant',
    when: (s, given) =>
      given.size === 0 && s.question && s.scopeTop.cls === 'restaurant' && s.scopeTop.score >= 0.5 && 0.6,
  },
  {
    id: 'fallback.restaurant_request',
    intent: 'help',
    because:
      'nothing else matched; a request the scope classifier reads as about the restaurant: show how to order',
    when: (s, given) =>
      given.size === 0 && !s.question && s.scopeTop.cls === 'restaurant' && s.scopeTop.score >= 0.7 && 0.6,
  },
  {
    id: 'fallback.chitchat',
    intent: 'chitchat',
    because: 'nothing else matched; a small-talk phrase',
    when: (s, given) => given.size === 0 && s.has('chitchat') && 0.6,
  },
  {
    id: 'fallback.out_of_scope',
    intent: 'out_of_scope',
    because: "nothing matched (0.9 when the scope classifier reads another domain's request)",
    when: (_s, given) => given.size === 0 && 0.6,
  },
];
