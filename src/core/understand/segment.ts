import type { Qualifier } from '../../domain/menu-schema.ts';
import { STOPWORDS } from './common-words.ts';
import { reachesDishFrom } from './count-reach.ts';
import type { Lexicon, LexMatch } from './lexicon.ts';
import type { LexEntry } from './lexicon-entry.ts';
import { NEGATION_PHRASES } from './negation-cues.ts';
import type { Token } from './normalize.ts';
import { productNameAt } from './product-names.ts';
import { type MisspeltNumbers, type QuantityMatch, readQuantity } from './quantity.ts';
import { shorthandVariants } from './shorthand.ts';
import { urgencyPhraseAt } from './urgency-phrases.ts';

/** One meaningful piece of an utterance, in order. */
export type Segment =
  | { type: 'lex'; start: number; end: number; entries: readonly LexEntry[]; typos: number }
  /** `more`: "another", "two more" (adds to the cart's line). */
  | { type: 'qty'; start: number; end: number; value: number; article: boolean; more?: true }
  | { type: 'neg'; start: number; end: number }
  | { type: 'qual'; start: number; end: number; qualifier: Qualifier }
  /** "with", "add", "plus": what follows attaches positively. */
  | { type: 'with'; start: number; end: number }
  | { type: 'and'; start: number; end: number }
  | { type: 'or'; start: number; end: number }
  /** Clause break: punctuation, "then", "also". */
  | { type: 'break'; start: number; end: number; comma?: boolean }
  | { type: 'word'; start: number; end: number; norm: string };

type Marker =
  | { type: 'neg' }
  | { type: 'qual'; qualifier: Qualifier }
  | { type: 'with' }
  | { type: 'and' }
  | { type: 'or' }
  | { type: 'break' };

const MARKERS: ReadonlyArray<[string, Marker]> = [
  ...NEGATION_PHRASES.map((p): [string, Marker] => [p, { type: 'neg' }]),
  ['extra', { type: 'qual', qualifier: 'extra' }],
  ['double', { type: 'qual', qualifier: 'extra' }],
  ['a lot of', { type: 'qual', qualifier: 'extra' }],
  ['lots of', { type: 'qual', qualifier: 'extra' }],
  ['loads of', { type: 'qual', qualifier: 'extra' }],
  ['plenty of', { type: 'qual', qualifier: 'extra' }],
  ['more', { type: 'qual', qualifier: 'extra' }],
  ['heavy', { type: 'qual', qualifier: 'extra' }],
  ['light', { type: 'qual', qualifier: 'light' }],
  ['a little', { type: 'qual', qualifier: 'light' }],
  ['a little bit of', { type: 'qual', qualifier: 'light' }],
  ['a bit of', { type: 'qual', qualifier: 'light' }],
  ['a little of', { type: 'qual', qualifier: 'light' }],
  ['easy on the', { type: 'qual', qualifier: 'light' }],
  ['easy on', { type: 'qual', qualifier: 'light' }],
  ['go easy on the', { type: 'qual', qualifier: 'light' }],
  ['go easy on', { type: 'qual', qualifier: 'light' }],
  ['light on the', { type: 'qual', qualifier: 'light' }],
  ['less', { type: 'qual', qualifier: 'light' }],
  // "not much cheese" is less of it, not none
  ['not much', { type: 'qual', qualifier: 'light' }],
  ['not too much', { type: 'qual', qualifier: 'light' }],
  ['not too much of', { type: 'qual', qualifier: 'light' }],
  ['not a lot of', { type: 'qual', qualifier: 'light' }],
  ['not so much', { type: 'qual', qualifier: 'light' }],
  ['not too heavy on the', { type: 'qual', qualifier: 'light' }],
  ['not too heavy on', { type: 'qual', qualifier: 'light' }],
  ['go light on the', { type: 'qual', qualifier: 'light' }],
  ['go light on', { type: 'qual', qualifier: 'light' }],
  ['light on', { type: 'qual', qualifier: 'light' }],
  ['just a little', { type: 'qual', qualifier: 'light' }],
  ['only a little', { type: 'qual', qualifier: 'light' }],
  ['a small amount of', { type: 'qual', qualifier: 'light' }],
  ['with', { type: 'with' }],
  ['plus', { type: 'and' }],
  ['and', { type: 'and' }],
  ['or', { type: 'or' }],
  ['nor', { type: 'or' }],
  ['then', { type: 'break' }],
  ['also', { type: 'break' }],
];

interface MarkerNode {
  next: Map<string, MarkerNode>;
  marker?: Marker;
}
const MARKER_ROOT: MarkerNode = { next: new Map() };
// each marker also in its ordering shorthand: "xtra cheese", "dbl chicken"
const MARKER_FORMS = MARKERS.flatMap(([phrase, marker]) => [
  [phrase, marker] as const,
  ...shorthandVariants(phrase.split(' '))
    .map((v) => [v.join(' '), marker] as const)
    .filter(([form]) => !MARKERS.some(([p]) => p === form)),
]);
for (const [phrase, marker] of MARKER_FORMS) {
  let node = MARKER_ROOT;
  for (const w of phrase.split(' ')) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map() };
      node.next.set(w, child);
    }
    node = child;
  }
  node.marker = marker;
}

function readMarker(tokens: readonly Token[], i: number): { marker: Marker; length: number } | undefined {
  let node: MarkerNode | undefined = MARKER_ROOT;
  let best: { marker: Marker; length: number } | undefined;
  for (let j = i; j < tokens.length && node; j++) {
    node = node.next.get((tokens[j] as Token).norm);
    if (node?.marker) best = { marker: node.marker, length: j - i + 1 };
  }
  return best;
}

const weakOrUnsure = (e: LexEntry) => e.kind !== 'item' || e.weak === true || e.common === true;
const strongItem = (entries: readonly LexEntry[]) => entries.some((e) => e.kind === 'item');
const strongLex = (entries: readonly LexEntry[]) =>
  entries.some((e) => e.kind === 'item' || e.kind === 'choice');

/**
 * Whether a phrase that is both an option's name and a count before a dish ("another naan": the
 * add-on Extra Naan, or one more naan) reads as the count and the dish. Given the dish's match, the
 * option's, and whether a count was said ("another", "two more") or only "more".
 */
export type CountsDish = (dish: LexMatch, option: LexMatch, counted: boolean) => boolean;

/**
 * Splits tokens into lexicon matches, quantities and markers; the longest reading wins at each point,
 * except that an option named by "another"/"N more" and a dish ("another naan") is the count and the
 * dish where `countsDish` says so.
 */
export function segment(tokens: readonly Token[], lexicon: Lexicon, countsDish?: CountsDish): Segment[] {
  const out: Segment[] = [];
  // a method, not an arrow property: under tsx (keepNames) a named arrow costs a defineProperty per call
  const misspelt: MisspeltNumbers = {
    isMenuWord(w) {
      return lexicon.hasWord(w);
    },
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.punct) {
      out.push({ type: 'break', start: i, end: i + 1, comma: t.norm === ',' });
      i++;
      continue;
    }
    let lex = lexicon.match(tokens, i);
    // "a red bull", "dr pepper" where the menu has none: a common product's name the menu does not
    // carry whole is one unknown word, never its parts read as the menu's ("red" salsa, "pepper" jack)
    const product = productNameAt(tokens, i);
    if (product && !productOnMenu(tokens, i, product.length, lexicon)) {
      out.push({ type: 'word', start: i, end: i + product.length, norm: product.name });
      i += product.length;
      continue;
    }
    // "a blt super fast", "two tacos right away": a phrase of manner or urgency names no dish, whatever
    // menu word it holds ("super"), unless the menu names the phrase whole (urgency-phrases.ts)
    const hurry = urgencyPhraseAt(tokens, i);
    if (hurry > 0 && !(lex && lex.typos === 0 && lex.end >= i + hurry)) {
      for (let j = i; j < i + hurry; j++)
        out.push({ type: 'word', start: j, end: j + 1, norm: (tokens[j] as Token).norm });
      i += hurry;
      continue;
    }
    if (lex?.stopOnly) lex = stopOnlyReading(lex, out[out.length - 1], lexicon);
    let mk = readMarker(tokens, i);
    let qty = quantityAt(tokens, i, lexicon, misspelt);
    if (lex && lex.end - lex.start > 1 && !strongLex(lex.entries)) {
      // "can I have a cold brew": the mood "have a cold" must not swallow the item "cold brew"
      for (let j = i + 1; j < lex.end; j++) {
        const inner = lexicon.match(tokens, j);
        if (inner && inner.end > lex.end && strongLex(inner.entries)) {
          lex = undefined;
          break;
        }
      }
    }
    const count = lex && countsDish ? countBeforeDish(tokens, lex, qty, lexicon, countsDish) : undefined;
    if (count) {
      lex = undefined;
      qty = count;
      mk = undefined;
    }
    const lexLen = lex ? lex.end - lex.start : 0;
    const mkLen = mk?.length ?? 0;
    const qtyLen = qty?.length ?? 0;
    let useMarker = mk !== undefined && mkLen > lexLen && mkLen >= qtyLen;
    if (mk && lex && mkLen === lexLen && !strongLex(lex.entries)) {
      // "light" is a tag and a qualifier, "extra" a category ("Extras") and a qualifier: a qualifier when
      // an option or an option group's word ("extra beans") follows
      const after = lexicon.match(tokens, i + mkLen);
      useMarker = after?.entries.some((e) => e.kind === 'choice' || e.kind === 'group') === true;
    }
    if (mk?.marker.type === 'neg' && lex && mkLen >= lexLen && lex.entries.every(weakOrUnsure)) {
      // "zero onions": a word some items share ("zero" of "coke zero") negates the option after it
      const after = lexicon.match(tokens, i + mkLen);
      if (after?.entries.some((e) => e.kind === 'choice')) useMarker = true;
    }
    if (useMarker && mk) {
      out.push({ ...mk.marker, start: i, end: i + mkLen } as Segment);
      i += mkLen;
    } else if (lex && lexLen >= qtyLen) {
      const split = choiceThenItem(tokens, lex, lexicon, out);
      if (split) out.push(...split);
      else out.push({ type: 'lex', start: lex.start, end: lex.end, entries: lex.entries, typos: lex.typos });
      i = lex.end;
    } else if (qty) {
      out.push({
        type: 'qty',
        start: i,
        end: i + qtyLen,
        value: qty.value,
        article: qty.article,
        ...(qty.more ? { more: qty.more } : {}),
      });
      i += qtyLen;
    } else {
      out.push({ type: 'word', start: i, end: i + 1, norm: t.norm });
      i++;
    }
  }
  return partsBesideDish(out, tokens);
}

/**
 * Whether the menu reads a product name said at token `i` (`length` tokens) itself: menu matches from `i`
 * cover every word of it ("root beer" a soda flavour, "iced latte" a latte and its iced choice), or one
 * starting inside it reaches past its end ("a hot dog bun" were "dog bun" a menu name).
 */
function productOnMenu(tokens: readonly Token[], i: number, length: number, lexicon: Lexicon): boolean {
  const end = i + length;
  let j = i;
  while (j < end) {
    const m = lexicon.match(tokens, j);
    // a fixed food phrase ("mac and cheese") stands for nothing on the menu
    if (!m || m.typos > 0 || m.end <= j || m.entries.every((e) => e.kind === 'phrase')) break;
    j = m.end;
  }
  if (j >= end) return true;
  for (let k = i + 1; k < end; k++) {
    const m = lexicon.match(tokens, k);
    if (m && m.typos === 0 && m.end > end) return true;
  }
  return false;
}

/** "more" said alone before a dish ("more naan please"): one more. */
const BARE_MORE: QuantityMatch = { value: 1, length: 1, article: true, more: true };

/**
 * The count that opens an option's name when the rest of the name is a dish ("another naan", "two more
 * naans", "more naan": the add-on Extra Naan, or one more naan) and `countsDish` reads the count and the
 * dish; undefined otherwise.
 */
function countBeforeDish(
  tokens: readonly Token[],
  lex: LexMatch,
  qty: QuantityMatch | undefined,
  lexicon: Lexicon,
  countsDish: CountsDish,
): QuantityMatch | undefined {
  const count = qty?.more ? qty : tokens[lex.start]?.norm === 'more' ? BARE_MORE : undefined;
  if (!count || count.length >= lex.end - lex.start || strongItem(lex.entries)) return undefined;
  const dish = lexicon.match(tokens, lex.start + count.length);
  if (!dish || dish.end !== lex.end || !strongItem(dish.entries)) return undefined;
  return countsDish(dish, lex, count !== BARE_MORE) ? count : undefined;
}

/** Vessels a dish is counted in when the menu does not name them: "two bowls of ramen", "3 cups of chai". */
const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  'bowl',
  'cup',
  'glass',
  'bottle',
  'can',
  'mug',
  'pint',
  'jar',
]);

/**
 * "two bowls of tonkotsu": a count followed by a vessel and "of", where the vessel is no word of the
 * menu and a menu word follows, counts the dish (as "two orders of" does); a vessel the menu names (a
 * Can container, a Bowl size) stays the menu's. Returns `qty` lengthened over the vessel and "of".
 */
function withVessel(
  tokens: readonly Token[],
  i: number,
  qty: QuantityMatch,
  lexicon: Lexicon,
): QuantityMatch {
  const at = i + qty.length;
  const noun = tokens[at];
  if (qty.article || !noun || !VESSEL_NOUNS.has(noun.key) || tokens[at + 1]?.norm !== 'of') return qty;
  if (lexicon.match(tokens, at) || !lexicon.match(tokens, at + 2)) return qty;
  return { ...qty, length: qty.length + 2 };
}

/**
 * The quantity at token `i`, a misspelt number word included ("thre mango lassis", "fourty two") where it
 * stands in a quantity position: before a menu word, or (a misspelling, not a word that only sounds
 * like a number) followed by nothing but stopwords up to the end of its clause ("sevn", "thre please": the
 * answer to "how many?") or up to a menu word ("thre of the samosas"), or across the describing words a
 * written count reaches across ("fuor of your famous samosas"). The venue's menu words are never read as
 * numbers.
 */
function quantityAt(
  tokens: readonly Token[],
  i: number,
  lexicon: Lexicon,
  misspelt: MisspeltNumbers,
): QuantityMatch | undefined {
  const qty = readQuantity(tokens, i, misspelt);
  if (!qty?.misspelt) return qty && withVessel(tokens, i, qty, lexicon);
  const after = i + qty.length;
  if (lexicon.match(tokens, after)) return qty;
  if (qty.misspelt === 'typo') {
    let j = after;
    while (j < tokens.length && !(tokens[j] as Token).punct && STOPWORDS.has((tokens[j] as Token).norm)) j++;
    if (j === tokens.length || (tokens[j] as Token).punct) return qty;
    // "thre of the samosas", "thre more of them samosas": stopwords, then a menu word
    if (j > after && lexicon.match(tokens, j)) return qty;
    // "fuor of your famous samosas": as far as a written count reaches its dish
    if (reachesDishFrom(tokens, after, lexicon)) return qty;
  }
  return readQuantity(tokens, i);
}

/**
 * A part of a two-part condiment name ("oil" of Oil & Vinegar) is a choice only in a message that names
 * a dish: "light oil" on a hero, never "change my oil".
 */
function partsBesideDish(segs: Segment[], tokens: readonly Token[]): Segment[] {
  const dish = segs.some((s) => s.type === 'lex' && s.entries.some((e) => e.kind === 'item'));
  if (dish) return segs;
  return segs.map((s) => {
    if (s.type !== 'lex' || !s.entries.some((e) => e.kind === 'choice' && e.part)) return s;
    const entries = s.entries.filter((e) => !(e.kind === 'choice' && e.part));
    if (entries.length > 0) return { ...s, entries };
    return { type: 'word', start: s.start, end: s.end, norm: tokens[s.start]?.norm ?? '' };
  });
}

/**
 * A phrase said only in stopwords ("can") is kept only where it cannot be "can I": a choice right after
 * a number or an item ("a coke, can"), a dish right after a number or article ("a can of coke") or
 * right after a choice it offers ("a coke can").
 */
function stopOnlyReading(lex: LexMatch, prev: Segment | undefined, lexicon: Lexicon): LexMatch | undefined {
  const afterNumber = prev?.type === 'qty';
  const afterItem = prev?.type === 'lex' && prev.entries.some((e) => e.kind === 'item');
  const prevChoiceGroups =
    prev?.type === 'lex'
      ? new Set(prev.entries.flatMap((e) => (e.kind === 'choice' ? [e.group] : [])))
      : new Set();
  const entries = lex.entries.filter((e) =>
    e.kind === 'choice'
      ? afterNumber || afterItem
      : e.kind === 'item' &&
        (afterNumber || [...(lexicon.itemGroups.get(e.id) ?? [])].some((g) => prevChoiceGroups.has(g))),
  );
  return entries.length > 0 ? { ...lex, entries } : undefined;
}

/**
 * "everything bagel", "chamomile tea", "plain bagel": a choice phrase whose last words name an item
 * offering that choice is the choice and then the item ("Everything" of the bagel's kinds, then the
 * Bagel), not a choice with no dish. Only for phrases that name no item themselves.
 */
function choiceThenItem(
  tokens: readonly Token[],
  lex: NonNullable<ReturnType<Lexicon['match']>>,
  lexicon: Lexicon,
  before: readonly Segment[],
): Segment[] | undefined {
  if (lex.end - lex.start < 2 || lex.entries.some((e) => e.kind === 'item')) return undefined;
  const choices = lex.entries.filter((e) => e.kind === 'choice');
  if (choices.length === 0) return undefined;
  const upTo = tokens.slice(0, lex.end);
  for (let j = lex.start + 1; j < lex.end; j++) {
    const tail = lexicon.match(upTo, j);
    if (tail?.end !== lex.end) continue;
    const ids = tail.entries.flatMap((e) => (e.kind === 'item' && !e.weak && !e.common ? [e.id] : []));
    // "thin crust pizza": a choice then the category word of the dishes that take it
    const cats = tail.entries.flatMap((e) => (e.kind === 'category' ? [e.id] : []));
    // (only when the words before it already say the same choice: "chocolate chip" is no "chocolate")
    const head = lexicon.match(tokens.slice(0, j), lex.start);
    const sameHead = (c: LexEntry) =>
      c.kind === 'choice' &&
      head?.end === j &&
      head.entries.some((e) => e.kind === 'choice' && e.group === c.group && e.choice === c.choice);
    const own = choices.filter(
      (c) =>
        ids.some((id) => lexicon.itemGroups.get(id)?.has(c.group)) ||
        (sameHead(c) && cats.some((cat) => lexicon.categoryGroups.get(cat)?.has(c.group))),
    );
    if (own.length === 0) continue;
    // (any reading of the whole phrase the dish before takes: "on an everything bagel" is its bread)
    if (listedAfterDishTaking(before, choices, ids, lexicon)) return undefined;
    return [
      { type: 'lex', start: lex.start, end: j, entries: own, typos: lex.typos },
      { type: 'lex', start: j, end: lex.end, entries: tail.entries, typos: tail.typos },
    ];
  }
  return undefined;
}

/**
 * "2 eggs with bacon, hash browns and rye toast": the whole phrase is a choice of the dish it is listed
 * after (the plate's toast), not a choice of a second dish ("rye" on a Side of Toast). Only when that
 * dish is another than the one the phrase's last words name, with no number or article in front
 * (except after "on": "bec on an everything bagel" is the sandwich's bread).
 */
function listedAfterDishTaking(
  before: readonly Segment[],
  choices: readonly LexEntry[],
  tailIds: readonly string[],
  lexicon: Lexicon,
): boolean {
  const last = before[before.length - 1];
  // "bec on an everything bagel": what the dish is served on, with its article, is listed after it too
  const on = before[before.length - 2];
  const servedOn = on?.type === 'word' && ['on', 'in', 'as'].includes(on.norm);
  if (last?.type === 'qty' && !(last.article && servedOn)) return false;
  const takes = (ids: readonly string[]) =>
    !ids.some((id) => tailIds.includes(id)) &&
    ids.some((id) => choices.some((c) => c.kind === 'choice' && lexicon.itemGroups.get(id)?.has(c.group)));
  /** A phrase that is a dish and a choice ("hash browns"), the dish when no dish is said before it. */
  let dishAndChoice: string[] | undefined;
  for (let j = before.length - 1; j >= 0; j--) {
    const p = before[j] as Segment;
    if (p.type === 'break' && !p.comma) break;
    if (p.type !== 'lex') continue;
    const ids = p.entries.flatMap((e) => (e.kind === 'item' && !e.weak && !e.common ? [e.id] : []));
    if (ids.length === 0) continue;
    // a phrase that is a dish and a choice may itself be an option of a dish before it
    if (p.entries.some((e) => e.kind === 'choice')) {
      dishAndChoice ??= ids;
      continue;
    }
    return takes(ids);
  }
  // "cheeseburger combo w/ cajun fries": a dish that is also a kids meal's choice, with no dish before it
  return dishAndChoice !== undefined && takes(dishAndChoice);
}
