import type { Token } from './normalize.ts';

/** Question words that ask for a choice among dishes ("which burgers …", "what …"). */
const WH = new Set(['which', 'what']);
/** Modals that turn "i have" into a request ("can i have") or a question ("which … can i have"). */
const MODALS = new Set(['can', 'could', 'may', 'should']);
const SUBJECTS = new Set(['i', 'we']);
/** Verbs of ordering or eating after the modal. */
const VERBS = new Set(['have', 'get', 'order', 'eat', 'try']);
/**
 * Words that may follow the verb while its object is still the wh-word ("which pizzas can i get
 * without dairy", "what can i have if i am vegan", "what can i have on it").
 */
const AFTER_VERB = new Set([
  'if',
  'without',
  'with',
  'since',
  'because',
  'as',
  'given',
  'when',
  'then',
  'for',
  'on',
  'in',
  'here',
  'there',
  'today',
  'tonight',
  'now',
  'please',
  'safely',
  'from',
  'at',
  'that',
  'instead',
]);
/** Most words between the wh-word and the modal ("which of the smash burgers can i have"). */
const MAX_HEAD = 5;

/** One "which X can i have" question: the wh-word, the head words (X) and the order-verb words. */
export interface WhOrderQuestion {
  /** Index of the wh-word. */
  readonly wh: number;
  /** Indices of the modal, subject and verb ("can i have"). */
  readonly verb: readonly [number, number, number];
}

/**
 * Finds "which burgers can i have", "what can i get if i'm vegan", "which pizzas could i order without
 * dairy": an order-verb phrase whose object is the wh-word before it, so the phrase asks which dishes
 * the customer may have, and orders nothing. The verb must close its clause or be followed by a
 * condition ("if", "without", …): "what can i get a burger with" is not read. Returns each such question
 * in token order. Pure.
 */
export function whOrderQuestions(tokens: readonly Token[]): WhOrderQuestion[] {
  const found: WhOrderQuestion[] = [];
  for (let m = 1; m + 2 < tokens.length; m++) {
    const modal = tokens[m] as Token;
    const subject = tokens[m + 1] as Token;
    const verb = tokens[m + 2] as Token;
    if (!MODALS.has(modal.norm) || !SUBJECTS.has(subject.norm) || !VERBS.has(verb.norm)) continue;
    const next = tokens[m + 3];
    if (next !== undefined && !next.punct && !AFTER_VERB.has(next.norm)) continue;
    let wh = -1;
    for (let i = m - 1; i >= 0 && i >= m - 1 - MAX_HEAD; i--) {
      const t = tokens[i] as Token;
      if (t.punct) break;
      if (WH.has(t.norm)) {
        wh = i;
        break;
      }
    }
    if (wh >= 0) found.push({ wh, verb: [m, m + 1, m + 2] });
  }
  return found;
}

/** Token indices from the wh-word to the verb of each question: the words that ask, not order. Pure. */
export function whOrderQuestionSpan(tokens: readonly Token[]): Set<number> {
  const span = new Set<number>();
  for (const q of whOrderQuestions(tokens)) {
    // "which burger can i have? the classic please": a sentence after the question answers it, and the
    // question's dish words are read as the order they always were
    const answered = tokens.some(
      (t, i) => i > q.verb[2] && t.punct && tokens.slice(i + 1).some((u) => !u.punct),
    );
    if (answered) continue;
    for (let i = q.wh; i <= q.verb[2]; i++) span.add(i);
  }
  return span;
}
