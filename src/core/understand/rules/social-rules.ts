import type { Intent } from '../parse-result.ts';
import type { ScopeClass } from '../scope/scope-model.ts';
import type { IntentRule } from './intent-rule.ts';

/** Scope classes that are an intent of the same name (chitchat included). */
export const SOCIAL_CLASSES: ReadonlySet<ScopeClass & Intent> = new Set([
  'greet',
  'goodbye',
  'thanks',
  'affirm',
  'deny',
  'cancel',
  'repeat',
  'bot_challenge',
  'capabilities',
  'chitchat',
] as const);

/** Score of the scope classifier from which its social reading counts on its own. */
export const SOCIAL_MIN = 0.6;
/** Other small talk and other domains' requests are close neighbours: small talk needs a clearer reading. */
export const CHITCHAT_MIN = 0.8;

/**
 * Social and control talk: the cue rules (short, general phrases in cues.ts) and, as the mechanism that
 * generalises to other wordings, the trained scope classifier (scope/).
 */
export const SOCIAL_RULES: readonly IntentRule[] = [
  {
    id: 'social.greet',
    intent: 'greet',
    because: 'opens with a greeting',
    when: (s) => s.startsWith('greet') && (s.n <= 4 ? 0.95 : 0.6),
  },
  {
    id: 'social.greet_question',
    intent: 'greet',
    because: 'a short "how are you" or "nice to see you" that orders nothing',
    when: (s) => s.has('howAreYou') && s.n <= 8 && s.lines.length === 0 && 0.85,
  },
  {
    id: 'social.goodbye',
    intent: 'goodbye',
    because: 'a goodbye phrase in a short message or first',
    // "good to see you" holds "see you" and greets
    when: (s) => s.has('goodbye') && !s.has('howAreYou') && (s.n <= 6 || s.startsWith('goodbye')) && 0.9,
  },
  {
    id: 'social.thanks',
    intent: 'thanks',
    because:
      'a thanks phrase (weaker after a yes or no, beside a goodbye or in a long message; after a bare "ok" with no question pending it is the message)',
    when: (s) =>
      s.has('thanks') &&
      (s.has('goodbye') && !s.has('howAreYou')
        ? 0.7
        : s.startsWith('acknowledge') && !s.expecting && s.n <= 5
          ? 0.9
          : s.startsWith('deny') || s.startsWith('affirm')
            ? 0.7
            : s.n <= 5
              ? 0.95
              : 0.7),
  },
  {
    id: 'social.bot_challenge',
    intent: 'bot_challenge',
    because: 'asks whether it is a bot or a person',
    when: (s) => s.has('botChallenge') && 0.95,
  },
  {
    id: 'social.capabilities',
    intent: 'capabilities',
    because: 'asks what the assistant can do',
    when: (s) => s.has('capabilities') && 0.9,
  },
  {
    id: 'social.chitchat',
    intent: 'chitchat',
    because: 'a small-talk phrase ("how are you", "tell me a joke")',
    when: (s, given) => s.has('chitchat') && !given.has('bot_challenge') && 0.8,
  },
  {
    id: 'social.help',
    intent: 'help',
    because: 'opens with a help word and orders nothing',
    when: (s) => s.startsWith('help') && !s.has('capabilities') && s.lines.length === 0 && 0.8,
  },
  {
    id: 'social.handoff',
    intent: 'human_handoff',
    because: 'asks to talk to, call or be connected with a person (cues, or handoff-request.ts)',
    when: (s, given) =>
      ((s.has('handoff') && s.has('handoffVerb')) || s.personAsked) &&
      s.lines.length === 0 &&
      !given.has('bot_challenge') &&
      0.9,
  },
  {
    id: 'social.frustration',
    intent: 'chitchat',
    because:
      'impatience or frustration with the conversation, ordering nothing (an apology, then the question again)',
    when: (s) => s.frustrated && s.lines.length === 0 && !s.question && 0.85,
  },
  {
    id: 'social.repeat',
    intent: 'repeat',
    because: 'asks to hear the last reply again',
    when: (s) =>
      !s.startsWith('affirm') &&
      (s.startsWith('repeat') || (s.has('repeat') && s.n <= 12 && s.lines.length === 0)) &&
      0.9,
  },
  {
    id: 'social.cancel',
    intent: 'cancel',
    because: 'opens with a cancel phrase and names no item',
    when: (s) => s.startsWith('cancel') && s.lines.length === 0 && 0.9,
  },
  {
    id: 'social.affirm',
    intent: 'affirm',
    because: 'a short message that opens with a yes word and orders nothing',
    when: (s) =>
      s.expecting !== 'confirmation' &&
      s.n <= 8 &&
      s.lines.length === 0 &&
      !s.question &&
      s.startsWith('affirm') &&
      !s.has('deny') &&
      !s.negated &&
      0.85,
  },
  {
    id: 'social.deny',
    intent: 'deny',
    because: 'a short message that opens with a no word (or a yes taken back) and orders nothing',
    when: (s) =>
      s.expecting !== 'confirmation' &&
      s.n <= 8 &&
      s.lines.length === 0 &&
      !s.question &&
      (s.startsWith('affirm') ? s.negated : s.startsWith('deny')) &&
      !s.has('cancel') &&
      // "no dairy for me please": an allergy stated, not a no
      s.f.result.constraints.allergies.length === 0 &&
      // "no onions": an option taken off, not a no
      s.f.built.freeWithout.length === 0 &&
      (s.f.result.guestConstraints?.length ?? 0) === 0 &&
      0.85,
  },
  // "helo", "thnaks", "byee": a lone word one typo from a one-word greeting, thanks or goodbye, when
  // nothing else read the message (no pending question's answer, no other cue)
  ...(['greet', 'thanks', 'goodbye'] as const).map(
    (intent): IntentRule => ({
      id: `social.${intent}_typo`,
      intent,
      because: `a lone word one typo from a one-word ${intent} cue`,
      when: (s, given) => s.typoSocial === intent && given.size === 0 && s.expecting === undefined && 0.8,
    }),
  ),
];

/** The scope classifier's social reading, for wordings no cue covers ("catch you on the flip side"). */
export const CLASSIFIER_SOCIAL_RULES: readonly IntentRule[] = [...SOCIAL_CLASSES].map((cls) => ({
  id: `scope.${cls}`,
  intent: cls,
  because: `the scope classifier reads ${cls} and nothing is ordered`,
  when: (s) =>
    s.scopeTop.cls === cls &&
    s.scopeTop.score >= (cls === 'chitchat' ? CHITCHAT_MIN : SOCIAL_MIN) &&
    // "one more please", "two more": a count for the item in focus, not "one more time"
    !s.f.built.bareMore &&
    // "no onions": an option taken off, not a no
    !(cls === 'deny' && s.f.built.freeWithout.length > 0) &&
    // small talk about a dish ("tell me a joke about pepperoni pizza") still is small talk
    ((s.lines.length === 0 && !s.exactItem) ||
      (cls === 'chitchat' && s.scopeTop.score >= 0.85 && !s.orderVerb)) &&
    (s.scopeTop.score >= 0.85 ? 0.78 : 0.7),
}));
