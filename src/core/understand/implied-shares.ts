import type { Lexicon } from './lexicon.ts';
import type { Token } from './normalize.ts';
import type { ParsedLine, ParseResult } from './parse-result.ts';
import { countWord, readQuantity } from './quantity.ts';

/** Words that close a share's words before the next share ("…with pepperoni and one with…"). */
const JOINERS = new Set(['and', 'plus', 'then', 'also', '&']);

/**
 * "two mediums one with pepperoni and one with mushrooms": a count of a dish named by its options alone
 * (no dish named; `first` read it as one implied dish or none), split into shares that each say their own
 * options ("one with …", "one …", "the other …"). Each share is read as a message of its own: the
 * options said before the first share (the size) and the share's own words ("mediums with pepperoni"),
 * one unit each; units no share takes are the options before the shares alone. Undefined when the
 * message is not of that shape or a part does not read as exactly one dish: the caller keeps `first`.
 * With `lexicon`, the count may be a misspelt number word that is no menu word, before a menu word
 * ("thre larges, one with ham, one with bacon"), as segment.ts reads a quantity.
 */
export function readImpliedShares(
  text: string,
  tokens: readonly Token[],
  first: ParseResult,
  read: (text: string) => ParseResult,
  lexicon?: Lexicon,
): ParseResult | undefined {
  const words = tokens.map((t, i) => ({ t, i })).filter(({ t }) => !t.punct);
  const lead = words[0];
  if (!lead) return undefined;
  const count = leadCount(tokens, lead.i, lexicon);
  if (!count || count.article || count.more || count.value < 2) return undefined;
  const afterCount = lead.i + count.length;
  // where each share starts: "one" (not the count itself), or "the other"
  const starts: number[] = [];
  for (let i = afterCount; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.norm === 'one' && tokens[i + 1] && !(tokens[i + 1] as Token).punct) starts.push(i);
    else if (t.norm === 'the' && tokens[i + 1]?.norm === 'other') starts.push(i);
  }
  // already split by the first reading ("2 lattes, one with oat milk and one with almond milk")
  if (starts.length < 2 || starts.length > count.value || first.lines.length >= starts.length)
    return undefined;
  // no dish named before the shares: the first reading implied one, or named one inside a share
  const shareAt = (tokens[starts[0] as number] as Token).start;
  if (first.lines.some((l) => l.span[1] !== 0 && l.span[0] < shareAt)) return undefined;
  const textOf = (from: number, to: number): string => {
    let end = to;
    while (end > from && ((tokens[end - 1] as Token).punct || JOINERS.has((tokens[end - 1] as Token).norm)))
      end--;
    if (end <= from) return '';
    return text.slice((tokens[from] as Token).oStart, (tokens[end - 1] as Token).oEnd);
  };
  const common = textOf(afterCount, starts[0] as number);
  if (!common) return undefined;
  const lines: ParsedLine[] = [];
  const one = (said: string, quantity: number): boolean => {
    const r = read(said);
    const line = r.lines[0];
    if (r.lines.length !== 1 || !line || line.action !== 'add') return false;
    lines.push({ ...line, quantity, quantityExplicit: true, span: [0, 0] });
    return true;
  };
  for (const [k, start] of starts.entries()) {
    const skip = (tokens[start] as Token).norm === 'the' ? 2 : 1;
    const own = textOf(start + skip, starts[k + 1] ?? tokens.length);
    if (!own || !one(`${common} ${own}`, 1)) return undefined;
  }
  const rest = count.value - starts.length;
  if (rest > 0 && !one(common, rest)) {
    // "3 larges, one with ham, one with bacon": the third is the shares' dish with the common options only
    const item = lines[0]?.itemId;
    if (!item || lines.some((l) => l.itemId !== item)) return undefined;
    const said = new Set((read(common).freeOptions ?? []).map((o) => o.choice));
    const options = (lines[0] as ParsedLine).options.filter((o) => said.has(o.choice));
    lines.push({ ...(lines[0] as ParsedLine), quantity: rest, options, without: [] });
  }
  const { freeOptions: _options, freeWithout: _without, ...rest_ } = first;
  return {
    ...rest_,
    lines,
    intents: [
      { intent: 'order_add', confidence: 0.85 },
      ...first.intents.filter((i) => i.intent !== 'order_add'),
    ],
  };
}

/** The count leading the message; a misspelt one (with `lexicon`) only before a menu word. */
function leadCount(tokens: readonly Token[], at: number, lexicon: Lexicon | undefined) {
  const count = readQuantity(tokens, at, lexicon && { isMenuWord: (w) => lexicon.hasWord(w) });
  if (!count?.misspelt) return count;
  return lexicon?.match(tokens, at + count.length) ? count : readQuantity(tokens, at);
}

/**
 * A cheap look before reading twice: a count of two or more first (with `lexicon`, a misspelt number
 * word that is no menu word too: "thre"), and two "one" or "other" words after it.
 */
export function mayHoldShares(tokens: readonly Token[], lexicon?: Lexicon): boolean {
  const first = tokens.find((t) => !t.punct);
  if (!first || tokens.filter((t) => t.norm === 'one' || t.norm === 'other').length < 2) return false;
  if (first.num !== undefined || /^(?:two|three|four|five|six|seven|eight|nine|ten)$/.test(first.norm))
    return true;
  const misspelt = lexicon && countWord(first.norm, { isMenuWord: (w) => lexicon.hasWord(w) });
  return misspelt !== undefined && misspelt >= 2;
}
