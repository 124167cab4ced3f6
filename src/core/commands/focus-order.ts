import type { Menu } from '../../domain/menu-schema.ts';
import { alternation, COURTESY } from '../understand/courtesy-words.ts';
import { PUT_VERBS } from '../understand/modify-leads.ts';
import { normalize } from '../understand/normalize.ts';
import { countWord, type MisspeltNumbers } from '../understand/quantity.ts';
import { foldCueText } from './fold-cue-text.ts';

/**
 * An order for the dish the conversation is about, said without naming it: "add one", "ok add it",
 * "sure, I'll take two", "perfect, get me 3", "one of those please", "add one with tofu".
 * `quantity` is the count said (1 when none); `pronoun` is true when the dish was pointed at by a
 * pronoun ("it", "that", "this one") rather than counted ("one", "two", "a couple"): with the dish
 * already in the cart, a pronoun and options ("have it with tofu") edit that line instead.
 */
export interface FocusOrder {
  quantity: number;
  pronoun: boolean;
  /** What was said after the dish ("with tofu", ", mild", "large"): where its options are read. */
  rest: string;
  /**
   * The rest came without "with", "in" or a comma ("I'll take it mild", "get me two large"): it must
   * be only the dish's choices (`choicesSaid` covers every word), else the message is no such order.
   */
  bare: boolean;
}

/** Words that open a reply without changing it: "ok", "yes please", "sure", "great, then". */
const OPENERS =
  '(?:ok|okay|k|kk|yes|yeah|yea|yep|yup|ya|sure|great|cool|perfect|nice|lovely|awesome|fine|alright|all right|right|then|so|please|pls|sounds good|that sounds good|in that case|oh|ah|hmm|mm|well|and)';
/** Who asks and how: "I'll", "can I", "let me", "we'd like to". */
const ASKER =
  "(?:i'?ll|i will|i'?d|i would|i'?d like to|i want to|i wanna|let me|lemme|can i|could i|may i|can we|could we|we'?ll|we will|we'?d like to|please|i|we)";
/** Verbs of ordering (a customer's, not a question's). */
const VERB =
  '(?:(?:add|get|have|take|order|want|need|grab|do|try|give|bring|pass|send|put in|throw in)(?:\\s+(?:me|us))?|gimme|go with|go for)';
const COUNT = '(?:\\d{1,2}|[a-z]+)';
/** The dish pointed at: a pronoun, a count, or a count of "those". */
const OBJECT = `(?<pronoun>it|that|this|those|them|these|this one|that one)|(?<count>one|a couple|a pair|${COUNT})(?:\\s+(?:of\\s+(?:those|them|these|it|that)|more))?`;
/** Words that may close it: "please", "too", "as well", "then". */
const CLOSERS = `(?:thank you|${alternation(COURTESY)}|too|as well|also|then|for me|for us|now)`;

/** "ok, I'll take two please", with options after "with" or a comma ("add one with tofu", "get one, large"). */
const ORDER = new RegExp(
  `^(?:${OPENERS}[\\s,.!]+)*(?:${ASKER}\\s+)?${VERB}\\s+(?:${OBJECT})(?:[\\s,]+${CLOSERS})*(?:(?<rest>\\s+(?:with|in)\\s+\\S.*|\\s*,\\s*\\S.*)|\\s+(?<bare>\\S.*))?$`,
);
/** "one of those please", "two of them": a count of the dish and nothing else. */
const COUNT_OF = new RegExp(
  `^(?:${OPENERS}[\\s,.!]+)*(?<count>one|a couple|a pair|${COUNT})\\s+of\\s+(?:those|them|these)(?:[\\s,]+${CLOSERS})*$`,
);

/**
 * Reads an order for the dish in focus from `text` (the caller checks that a dish is in focus, that the
 * message names none and answers no pending question). Undefined when the message is not such an
 * order: a question, a count that is no count ("I'll take a minute"), anything said beyond the dish's
 * options. `misspelt` guards misspelt number words with the venue's menu words.
 */
export function readFocusOrder(text: string, misspelt?: MisspeltNumbers): FocusOrder | undefined {
  const t = foldCueText(text);
  if (t === '' || /\?/.test(text)) return undefined;
  const m = ORDER.exec(t) ?? COUNT_OF.exec(t);
  if (!m?.groups) return undefined;
  const bare = m.groups.bare !== undefined;
  const rest = (m.groups.rest ?? m.groups.bare ?? '').trim();
  if (m.groups.pronoun) return { quantity: 1, pronoun: true, rest, bare };
  const said = m.groups.count as string;
  const quantity =
    said === 'a couple' || said === 'a pair' ? 2 : said === 'one' ? 1 : countWord(said, misspelt);
  return quantity !== undefined && quantity >= 1 && quantity <= 99
    ? { quantity, pronoun: false, rest, bare }
    : undefined;
}

/** An option put on a dish: "add bacon", "can you put extra cheese", "throw on some jalapeños". */
const PUT_LEAD = new RegExp(
  `^(?:${OPENERS}[\\s,.!]+)*(?:${ASKER}\\s+|can you\\s+|could you\\s+)?(?:${alternation(PUT_VERBS)})\\b`,
);

/** "one blueberry", "a large please", "I'll take the blueberry": a count or article, then the rest. */
const CHOICE_ORDER = new RegExp(
  `^(?:${OPENERS}[\\s,.!]+)*(?:(?:${ASKER}\\s+)?${VERB}\\s+)?(?:(?<count>one|a couple|a pair|a|an|the|\\d{1,2}|[a-z]+)\\s+)?(?<rest>\\S.*?)(?:[\\s,]+${CLOSERS})*$`,
);

/**
 * "one blueberry", "blueberry please", "I'll take a blueberry" right after the muffins' flavours were
 * shown: an order for the dish in focus named by one of its choices alone. `rest` holds the words the
 * caller must find to be only that dish's choices (`choicesSaid` with nothing uncovered), so the order
 * is always `bare`. A first word that is no count ("blueberry please") is part of the rest. Undefined
 * for a question or an empty message.
 */
export function readChoiceOrder(text: string, misspelt?: MisspeltNumbers): FocusOrder | undefined {
  const t = foldCueText(text);
  if (t === '' || /\?/.test(text)) return undefined;
  const m = CHOICE_ORDER.exec(t);
  if (!m?.groups) return undefined;
  // "add bacon", "put extra cheese": an option put on a dish, no order of one
  if (PUT_LEAD.test(t)) return undefined;
  const said = m.groups.count;
  const rest = (m.groups.rest ?? '').trim();
  if (said === undefined) return { quantity: 1, pronoun: false, rest, bare: true };
  const article = said === 'a' || said === 'an' || said === 'the';
  const quantity = article ? 1 : said === 'a couple' || said === 'a pair' ? 2 : countWord(said, misspelt);
  // "blueberry muffin please": the first word is no count, it belongs to the rest
  if (quantity === undefined) return { quantity: 1, pronoun: false, rest: `${said} ${rest}`, bare: true };
  return quantity >= 1 && quantity <= 99 ? { quantity, pronoun: false, rest, bare: true } : undefined;
}

/**
 * The choices of the dish `itemId` said in `rest` ("with tofu", ", mild", "in a large"): each choice of
 * its option groups whose name or an alias is said as whole words (lexicon keys, so plurals and
 * spellings fold as the parser folds them). Read against that dish alone, so a word that is a filter
 * when no dish is named ("mild") is its choice here. One choice per group: the longest said.
 * `uncovered`: how many words of `rest` are neither a choice said nor a filler ("please", "and").
 */
export function choicesSaid(
  rest: string,
  itemId: string,
  menu: Menu,
): { picks: Array<{ group: string; choice: string; quantity: number }>; uncovered: number } {
  const said = normalize(rest)
    .tokens.filter((t) => !t.punct)
    .map((t) => t.key);
  if (said.length === 0) return { picks: [], uncovered: 0 };
  const covered = new Set<number>();
  const groups = menu.items.find((i) => i.id === itemId)?.optionGroups ?? [];
  const out: Array<{ group: string; choice: string; quantity: number }> = [];
  for (const g of menu.optionGroups) {
    if (!groups.includes(g.id)) continue;
    let best: { choice: string; words: number; at: number } | undefined;
    for (const ch of g.choices)
      for (const phrase of [ch.name, ...ch.aliases]) {
        const keys = normalize(phrase)
          .tokens.filter((t) => !t.punct)
          .map((t) => t.key);
        const at = keys.length > 0 && keys.length > (best?.words ?? 0) ? runAt(said, keys) : -1;
        if (at >= 0) best = { choice: ch.id, words: keys.length, at };
      }
    if (!best) continue;
    out.push({ group: g.id, choice: best.choice, quantity: 1 });
    for (let k = 0; k < best.words; k++) covered.add(best.at + k);
  }
  const uncovered = said.filter((w, i) => !covered.has(i) && !FILLERS.has(w)).length;
  return { picks: out, uncovered };
}

/** Words around choices that say nothing more: "a large and mild please", "spicy one then". */
const FILLERS = new Set(['a', 'an', 'and', ...COURTESY, 'too', 'then', 'one', 'ones', 'both']);

/** Where `words` holds `run` as consecutive words, or -1. */
function runAt(words: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return i;
  return -1;
}

/**
 * The message orders the dish in focus `focusId` by its choices alone ("one blueberry" after the
 * muffins' flavours: `readChoiceOrder`, every word one of that dish's choices or a filler), while
 * another dish waits on its option question. Such a message answers no question of the waiting dish.
 */
export function ordersFocusByChoice(
  text: string,
  focusId: string | undefined,
  waitingId: string | undefined,
  menu: Menu,
  misspelt?: MisspeltNumbers,
): boolean {
  if (!focusId || focusId === waitingId) return false;
  const order = readChoiceOrder(text, misspelt);
  if (!order) return false;
  const { picks, uncovered } = choicesSaid(order.rest, focusId, menu);
  return picks.length > 0 && uncovered === 0;
}
