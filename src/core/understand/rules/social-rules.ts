import { STOPWORDS } from '../common-words.ts';
import { CUES, ORDER_TALK } from '../cues.ts';
import { HARD_VETO, type Signals } from '../intent-signals.ts';
import type { Intent } from '../parse-result.ts';
import { asksForSuggestion } from '../recommend-asks.ts';
import { retractsLastRequest } from '../retraction-cues.ts';
import type { ScopeClass } from '../scope/scope-model.ts';
import { PAUSE_WORDS } from './context-rules.ts';
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

/** Words for what is answering: asked alone, whether it is a bot. */
const BOT_WORDS = new Set([
  'bot',
  'robot',
  'chatbot',
  'ai',
  'human',
  'person',
  'real',
  'machine',
  'automated',
]);

/** Words said back alone with a question mark when a reply was not understood. */
const PUZZLED = new Set(['what', 'sorry', 'huh', 'eh', 'pardon', 'excuse', 'me', 'wait']);

/**
 * A greeting, thanks or goodbye phrase inside a longer request the scope classifier reads as another
 * assistant's task ("how do you say thank you in hindi"): quoted, not said to us.
 */
const insideForeignRequest = (s: Signals) => s.n > 5 && s.oosScore >= HARD_VETO;

/**
 * A control phrase whose object is another domain's ("reset my bank card pin", "cancel my flight"): the
 * classifier reads another assistant's task and a word after the phrase is neither a stop word nor
 * ordering talk ("cancel my order", "let's start over" keep their reading).
 */
function foreignObject(s: Signals, cue: 'cancel'): boolean {
  if (s.oosScore < HARD_VETO) return false;
  const at = CUES[cue].find(s.tokens);
  if (!at) return false;
  return s.tokens
    .slice(at.at + at.length)
    .some((t) => !t.punct && !STOPWORDS.has(t.norm) && !ORDER_TALK.has(t.norm));
}

/** The message only takes back the last request ("take that off", "oops remove it": retraction-cues.ts). */
function retracts(s: Signals): boolean {
  return s.lines.length === 0 && retractsLastRequest(s.words.map((t) => t.norm).join(' '));
}

/**
 * Social and control talk: the cue rules (short, general phrases in cues.ts) and, as the mechanism that
 * generalises to other wordings, the trained scope classifier (scope/).
 */
export const SOCIAL_RULES: readonly IntentRule[] = [
  {
    id: 'social.greet',
    intent: 'greet',
    because: 'opens with a greeting',
    when: (s) => s.startsWith('greet') && !insideForeignRequest(s) && (s.n <= 4 ? 0.95 : 0.6),
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
    when: (s) =>
      s.has('goodbye') &&
      !s.has('howAreYou') &&
      !insideForeignRequest(s) &&
      (s.n <= 6 || s.startsWith('goodbye')) &&
      0.9,
  },
  {
    id: 'social.thanks',
    intent: 'thanks',
    because:
      'a thanks phrase (weaker after a yes or no, beside a goodbye or in a long message; after a bare "ok" with no question pending it is the message)',
    when: (s) =>
      s.has('thanks') &&
      !insideForeignRequest(s) &&
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
    id: 'social.bot_word',
    intent: 'bot_challenge',
    because: 'one word for a bot or a person, asked ("bot?", "human?")',
    when: (s) => s.n === 1 && s.question && BOT_WORDS.has(s.words[0]?.norm ?? '') && 0.85,
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
    id: 'social.laugh',
    intent: 'chitchat',
    because: 'a laugh in a short message that orders nothing ("lol", "haha you are funny")',
    when: (s) => s.has('laugh') && s.n <= 4 && s.lines.length === 0 && 0.8,
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
    id: 'social.asks_for_time',
    intent: 'chitchat',
    because:
      'only asks for time to decide ("let me think", "give me a minute"): no order, no answer, no goodbye',
    when: (s) => s.asksForTime && s.lines.length === 0 && 0.9,
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
    id: 'social.puzzled',
    intent: 'repeat',
    because: 'a lone puzzled word asked back ("what?", "sorry?", "eh?"): say it again',
    when: (s) =>
      s.n > 0 &&
      s.n <= 2 &&
      s.tokens.some((t) => t.norm === '?') &&
      s.words.every((t) => PUZZLED.has(t.norm)) &&
      0.85,
  },
  {
    id: 'social.cancel',
    intent: 'cancel',
    because: 'opens with a cancel phrase and names no item (not another domain\'s: "cancel my flight")',
    when: (s) => s.startsWith('cancel') && s.lines.length === 0 && !foreignObject(s, 'cancel') && 0.9,
  },
  {
    id: 'social.retract',
    intent: 'cancel',
    because:
      'only takes back the last request, with a lead-in at most ("take that off", "oops remove it", "oh scratch that"): never a goodbye',
    when: (s) => retracts(s) && 0.97,
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
      // "no wait make it 2": the no opens a correction, it answers nothing
      !correctionFollows(s) &&
      0.85,
  },
  {
    id: 'social.no_need',
    intent: 'deny',
    because:
      'a short message that opens with "all good", "I\'m good" or "we\'re all set" and orders nothing: nothing more is needed',
    when: (s) =>
      s.expecting !== 'confirmation' &&
      s.n <= 8 &&
      s.lines.length === 0 &&
      !s.question &&
      s.startsWith('noNeed') &&
      !s.has('cancel') &&
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

/** Social classes said with set words, which an ask for a suggestion never is. */
const LEAVE_TAKING: ReadonlySet<string> = new Set(['greet', 'goodbye', 'thanks']);

/**
 * The classifier's greeting, thanks or goodbye reading of an ask for a suggestion or a referral
 * ("recommend a good plumber", "know a good dentist?"): the "good" in it is no "good night"; the ask
 * is read by the menu rules, or is another domain's request. Shared with the fallbacks (fact-rules.ts).
 */
export const suggestionNotSocial = (s: Signals, cls: string): boolean =>
  !(LEAVE_TAKING.has(cls) && asksForSuggestion(s.tokens));

/** The scope classifier's social reading, for wordings no cue covers ("catch you on the flip side"). */
export const CLASSIFIER_SOCIAL_RULES: readonly IntentRule[] = [...SOCIAL_CLASSES].map((cls) => ({
  id: `scope.${cls}`,
  intent: cls,
  because: `the scope classifier reads ${cls} and nothing is ordered`,
  when: (s) =>
    s.scopeTop.cls === cls &&
    s.scopeTop.score >= (cls === 'chitchat' ? CHITCHAT_MIN : SOCIAL_MIN) &&
    suggestionNotSocial(s, cls) &&
    // "take it off" right after an add: the last request taken back, no "take off" of a goodbye
    (cls === 'cancel' || !retracts(s)) &&
    // "one more please", "two more": a count for the item in focus, not "one more time"
    !s.f.built.bareMore &&
    // "what does that come to": the order's total, not "come again"
    !s.totalAsked &&
    // "no onions": an option taken off, not a no; "no dairy for my kid": a diet or allergy, not a no
    !(
      cls === 'deny' &&
      (s.f.built.freeWithout.length > 0 ||
        s.f.result.constraints.allergies.length > 0 ||
        s.f.result.constraints.diet !== undefined ||
        (s.f.result.guestConstraints?.length ?? 0) > 0)
    ) &&
    !(cls === 'deny' && correctionFollows(s)) &&
    // "anything that's not too hot?": the "not" caps the heat asked for, it says no to nothing
    !(cls === 'deny' && s.f.result.filters.maxSpice !== undefined) &&
    // at the summary only the context rules read a yes or a no
    !(s.expecting === 'confirmation' && (cls === 'affirm' || cls === 'deny')) &&
    // "what's the spiciest thing you have?": a question for the menu, not small talk
    !(cls === 'chitchat' && s.menuSuperlative) &&
    // "what's spicy?", "anything not cheesy?": a question for the menu's dishes, not small talk
    !s.propertyQuestion &&
    // "how is my food coming along?": a question about the order, no "how are you"
    !(cls === 'greet' && s.has('orderStatus')) &&
    // "what sides you got": a menu category or option group named is a browse, not "say it again"
    // "one peri-peri fries", "one blueberry": a menu choice named is no "say it again" either
    !(
      cls === 'repeat' &&
      (s.f.categoryMentioned || s.f.groupMentioned || s.f.built.freeOptions.length > 0)
    ) &&
    // "one sec", "i'll take a minute to decide": time asked for, not "say it again" or a goodbye
    !(s.asksForTime && cls !== 'chitchat') &&
    // "never mind. I want to see my cart": the request after the marker, not a cancel
    !(cls === 'cancel' && s.markerRequest) &&
    // small talk about a dish ("tell me a joke about pepperoni pizza") still is small talk
    ((s.lines.length === 0 && !s.exactItem) ||
      (cls === 'chitchat' && s.scopeTop.score >= 0.85 && !s.orderVerb)) &&
    (s.scopeTop.score >= 0.85 ? 0.78 : 0.7),
}));

/**
 * A change word with something to change ("no wait make it 2", "wait, make that a large"): a "no" or
 * "wait" opening it is a discourse marker before the correction, not a no to the question asked.
 */
function correctionFollows(s: Signals): boolean {
  return (
    (s.has('update') &&
      (s.f.built.bareQuantity !== undefined ||
        s.f.built.freeOptions.length > 0 ||
        s.f.built.freeWithout.length > 0)) ||
    // "wait my number is 512 555 0111", "no wait, the name is Leo": a pause before a checkout detail
    (s.slotCount > 0 && s.words.slice(0, 2).some((w) => PAUSE_WORDS.has(w.norm)))
  );
}
