import { STOPWORDS } from './common-words.ts';
import type { Token } from './normalize.ts';
import { expandPhrases } from './phrase-grammar.ts';
import { PhraseSet } from './phrase-set.ts';
import type { Segment } from './segment.ts';

const p = (phrases: readonly string[]) => new PhraseSet(phrases);

/** Asking what the order costs in all, in words that need no cart to mean the order ("what do i owe"). */
const TOTAL_OF_ORDER = p(
  [
    'what do i owe|what do we owe|how much do i owe|how much do we owe|what i owe|how much i owe|what is owed',
    'what is the damage|how bad is the damage|what is my total|what is our total|what is the total',
    'what is the grand total|the grand total|grand total|total cost|total price|total amount|total due|amount due',
    'what is the bill|what is my bill|what is our bill|how much is the bill|how much is my bill',
    'how much is everything|how much for everything|how much is all of it|how much is all of this',
    'how much is it all|how much is the lot|how much in total|how much total|how much altogether',
    'how much all together|how much all in|how much is my order|how much is our order|how much is the order',
    'what does everything come to|what does it all come to|what does that all come to|what does this all come to',
    'what is it all come to|what is that all come to|what does my order come to|what does the order come to',
    'how much does my order come to|how much does it all come to|how much does everything come to',
    'how much do i need to pay|how much do i have to pay|how much do we need to pay|how much do we have to pay',
    'how much do i pay|how much do we pay|how much am i paying|how much are we paying|what am i paying',
    'how much will i pay|how much will i be paying|how much will it cost me|how much is it going to cost me',
    'ring it up|ring me up|tot it up|add it up|add it all up|tally it up',
  ]
    .join('|')
    .split('|')
    .concat(
      // "what's my running total", "our current tab": a total word with a word for which total it is
      expandPhrases(
        '(what is|what are|how much is) (my|our|the) (running|current|final|overall|full|whole|new|updated|estimated) (total|subtotal|tab|bill)',
      ),
      expandPhrases('(what is|how much is) (my|our|the) (subtotal|tab)'),
      expandPhrases('(my|our|the) (running|current) (total|subtotal|tab)'),
      // "how much have I spent", "what have we racked up": the customer's spending is the order's total
      expandPhrases('how much (have i|have we|did i|did we) (spent|spend|racked up|run up)'),
      expandPhrases('(what|how much) (am i|are we) (spending|in for)'),
      expandPhrases('what (have i|have we) (spent|racked up|run up)'),
    ),
);

/**
 * The same with a pronoun for the order ("what does that come to"): the order only while one is under
 * way (a cart line, or a dish waiting on its option); else "that" is rather the dish last talked about.
 */
const TOTAL_OF_THAT = p(
  [
    'what does that come to|what does it come to|what does this come to|what is that come to|what is it come to',
    'how much does that come to|how much does it come to|how much does this come to',
    'how much will that come to|how much will it come to|how much would that come to',
    'what will that come to|what will it come to|what would that come to|what would it come to',
    'how much will that be|how much will it be|how much would that be|how much would it be',
    'how much is that going to be|how much is it going to be|what is that going to be|what will that be',
    'how much is that altogether|how much is it altogether|how much is that all together',
    'how much is that in total|how much is it in total|how much is that all|how much is this all',
    'that comes to|it comes to|what is that total|what does that total',
  ]
    .join('|')
    .split('|')
    .concat(
      // "how much am I at", "what are we up to", "where am I at money-wise": where the running amount stands
      expandPhrases('(what|how much) (am i|are we) (at|up to)'),
      expandPhrases(
        'where (am i|are we|do i stand|do we stand) (at|) (money wise|price wise|cost wise|moneywise|pricewise|costwise)',
      ),
      // "what's that going to run me", "how much will all this set us back": a cost verb with the payer
      expandPhrases(
        '(what|how much) (will|would|does|is) (that|it|this|all that|all this|all of it|all of that|everything) (going to|) (run|set) (me|us) (back|)',
      ),
      // "how much are those", "what does all that come to": a plural or "all" pronoun for the order
      expandPhrases(
        'how much (is|are|was|for) (all that|all this|all of that|all of it|all of this|those|these|them all|both)',
      ),
      expandPhrases(
        '(what|how much) (does|do|will|would|is) (all that|all this|all of that|all of it|all of this|those|these) (going to|) (come to|cost|cost me|cost us|be|add up to|total)',
      ),
      expandPhrases(
        'what does (all that|all this|all of that|all of it|that|it|this|everything) (add up to|total up to|total)',
      ),
    ),
);

/** Words that may follow a total question and leave it one ("what's the damage then", "... so far?"). */
const TAIL = new Set([
  'altogether',
  'together',
  'total',
  'everything',
  'tax',
  'taxes',
  'including',
  'included',
  'tip',
  'far',
  'guys',
  'mate',
  'ya',
  'exactly',
  'roughly',
  'approximately',
  'order',
  'cart',
  'bill',
  'lol',
  'currently',
  'moment',
  'point',
]);

/** From token `from` to the end of its clause, only stop words and words of {@link TAIL}. */
function onlyTail(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.punct) return true;
    if (!STOPWORDS.has(t.norm) && !TAIL.has(t.norm)) return false;
  }
  return true;
}

/**
 * The message asks what the order comes to ("what's the damage", "what do I owe you", "what does that
 * come to?", "how much is everything"): a total or bill phrase with nothing after it in its clause but
 * stop words and total words, so "how much do I pay for delivery" stays a question about the fee. The
 * phrases with a pronoun count only when `ordering` (a cart line, or a dish waiting on its option). Pure.
 */
export function asksForTotal(tokens: readonly Token[], ordering: boolean): boolean {
  return totalQuestionAt(tokens, ordering) !== undefined;
}

/** The token range [start, end) of the total question {@link asksForTotal} reads; undefined without one. */
export function totalQuestionAt(
  tokens: readonly Token[],
  ordering: boolean,
): { start: number; end: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const own = TOTAL_OF_ORDER.matchAt(tokens, i);
    const that = ordering ? TOTAL_OF_THAT.matchAt(tokens, i) : 0;
    const len = Math.max(own, that);
    if (len > 0 && onlyTail(tokens, i + len)) return { start: i, end: i + len };
  }
  return undefined;
}

/**
 * The menu readings inside a total question dropped, each of their words a plain word: "grand" of
 * "what's the grand total" is no misspelt "grande" size. Segments unchanged without a total question.
 */
export function withoutMenuWordsInTotal(
  segs: Segment[],
  tokens: readonly Token[],
  ordering: boolean,
): Segment[] {
  const span = totalQuestionAt(tokens, ordering);
  if (!span) return segs;
  return segs.flatMap((s): Segment[] =>
    s.type === 'lex' && s.start >= span.start && s.end <= span.end
      ? tokens
          .slice(s.start, s.end)
          .map((t, k) => ({ type: 'word', start: s.start + k, end: s.start + k + 1, norm: t.norm }))
      : [s],
  );
}
