import { asCartEdit } from './as-cart-edit.ts';
import { STOPWORDS } from './common-words.ts';
import { covers, itemWords } from './dish-words.ts';
import type { MenuIndex } from './menu-index.ts';
import { normalize, type Token } from './normalize.ts';
import type { ParsedLine, ParseResult } from './parse-result.ts';

/** Verbs of a swap: "swap the fries for onion rings", "sub the home fries for hash browns". */
const SWAP_VERBS = new Set(['swap', 'sub', 'substitute', 'switch', 'change', 'replace', 'trade', 'exchange']);
/** Words joining what goes to what comes: "for", "to", "with". */
const LINKS = new Set(['for', 'to', 'with', 'into', 'by']);
/** Modals of a request that a cart dish "be" something: "can my burger be well done". */
const MODALS = new Set(['can', 'could', 'would', 'will']);
/** Words before a dish that point at one already ordered. */
const POINTERS = new Set(['my', 'the', 'our', 'that', 'this', 'those', 'these', 'his', 'her', 'their']);
/** Pronouns standing for a cart dish: "can it be well done". */
const PRONOUNS = new Set(['it', 'that', 'this', 'they', 'them', 'those', 'these']);
/** Words closing the wanted option: "… instead", "… please", "… on it". */
const CLOSERS = new Set([
  'instead',
  'please',
  'thanks',
  'thank',
  'rather',
  'on',
  'in',
  'then',
  'now',
  'if',
  'as',
]);
/** Fillers before a dish or an option: "the", "a", "some". */
const FILLERS = new Set(['a', 'an', 'the', 'some', 'my', 'our', 'out', 'one']);

/** What a change request said: the dish pointed at, the option going, the option coming. */
interface ChangeSaid {
  /** Words naming the cart dish ("burger"), empty when none; a pronoun stands for any. */
  dish: string[];
  /** Words of what goes ("fries" of "swap the fries for onion rings"), empty when none. */
  gone: string[];
  /** Words of what comes ("onion rings"). */
  wanted: string[];
  /** What comes, as said ("egg whites"). */
  wantedText: string;
  /** Only a choice named by these words in full counts ("can my burger be well done"), not a part. */
  exact: boolean;
  /** Token offsets of the dish's words, for the line's span. */
  span: [number, number];
}

/**
 * "swap the fries for onion rings", "can my burger be well done instead", "switch the toast to rye",
 * "sub the home fries for hash browns", "can I get my omelet with egg whites instead": a change of an
 * option of a dish already in the cart, said with the option wanted and, maybe, the dish or what goes.
 * The wanted words are matched against the option groups of the cart's dishes (a choice's name or alias
 * holding them: "onion rings" is the side swap "Swap fries for onion rings", "rye" the "Rye Toast"); what
 * goes must be a word of that dish, of that group or of one of its choices, and never a cart dish itself
 * ("swap the fries for onion rings" with French Fries in the cart swaps that dish). Returns the `update`
 * line of the one cart dish and choice that fit, or undefined (no such request, or none or several fit).
 * Pure.
 */
export function cartOptionChange(
  tokens: readonly Token[],
  index: MenuIndex,
  cart: readonly string[],
): ParsedLine | undefined {
  if (cart.length === 0) return undefined;
  const words = tokens.filter((t) => !t.punct);
  const said = readChange(words);
  if (!said || said.wanted.length === 0) return undefined;
  const items = [...new Set(cart)];
  // what goes naming a cart dish itself: a swap of that dish, not of an option
  if (said.gone.length > 0 && items.some((id) => covers(itemWords(index, id, false), said.gone)))
    return undefined;
  const pointed =
    said.dish.length === 0 || said.dish.every((w) => PRONOUNS.has(w))
      ? items
      : pointedDishes(index, items, said.dish);
  const wanted = said.wanted.join(' ');
  const found: Array<{ itemId: string; group: string; choice: string; name: string; score: number }> = [];
  for (const itemId of pointed) {
    for (const gid of index.items.get(itemId)?.optionGroups ?? []) {
      const group = index.groups.get(gid);
      if (!group) continue;
      const groupWords = new Set([group.name, ...group.aliases].flatMap(keysOf));
      for (const c of group.choices) {
        const phrases = [c.name, ...c.aliases].map((p) => keysOf(p).join(' '));
        const exact = phrases.includes(wanted);
        // "wheat bread": a choice's words, with the group's ("Bread") around them
        const own = new Set(phrases.flatMap((p) => p.split(' ')));
        const partial =
          said.wanted.some((w) => own.has(w)) && covers(new Set([...own, ...groupWords]), said.wanted);
        if (!exact && (said.exact || !partial)) continue;
        if (said.gone.length > 0) {
          const around = new Set([
            ...groupWords,
            ...group.choices.flatMap((x) => [x.name, ...x.aliases].flatMap(keysOf)),
          ]);
          if (!covers(around, said.gone)) continue;
        }
        found.push({ itemId, group: gid, choice: c.id, name: c.name, score: exact ? 2 : 1 });
      }
    }
  }
  // "can I get my omelet with egg whites": a choice of the menu the dish pointed at has no place for
  const only = pointed.length === 1 && said.dish.length > 0 ? pointed[0] : undefined;
  if (found.length === 0 && only && menuChoiceNamed(index, wanted))
    return {
      ...updateLine(index, only, said.span),
      unresolved: [said.wantedText],
    };
  const best = Math.max(0, ...found.map((f) => f.score));
  const top = found.filter((f) => f.score === best);
  const pick = top[0];
  if (
    !pick ||
    top.some((f) => f.itemId !== pick.itemId || f.choice !== pick.choice || f.group !== pick.group)
  )
    return undefined;
  return {
    ...updateLine(index, pick.itemId, said.span),
    options: [{ group: pick.group, choice: pick.choice, choiceName: pick.name, quantity: 1 }],
  };
}

/** An `update` line of a cart dish, with no change yet. */
function updateLine(index: MenuIndex, itemId: string, span: [number, number]): ParsedLine {
  return {
    itemId,
    name: index.items.get(itemId)?.name ?? itemId,
    quantity: 1,
    quantityExplicit: false,
    options: [],
    without: [],
    unresolved: [],
    span,
    action: 'update',
  };
}

/** Some choice of the menu is named by exactly these folded words. */
function menuChoiceNamed(index: MenuIndex, wanted: string): boolean {
  for (const g of index.groups.values())
    for (const c of g.choices)
      if ([c.name, ...c.aliases].some((p) => keysOf(p).join(' ') === wanted)) return true;
  return false;
}

/**
 * The cart dishes the words name (by name, alias or category); when they name none ("my sandwich"
 * where no cart dish's name says sandwich), any cart dish may be meant: the option decides.
 */
function pointedDishes(index: MenuIndex, items: readonly string[], dish: readonly string[]): string[] {
  const named = items.filter((id) => covers(itemWords(index, id, true), dish));
  return named.length > 0 ? named : [...items];
}

/** The folded words of a phrase ("Onion Rings" → onion, ring). */
function keysOf(text: string): string[] {
  return normalize(text)
    .tokens.filter((t) => !t.punct)
    .map((t) => t.key);
}

/** The content words of a run, without fillers ("the home fries" → home, fry). */
function content(run: readonly Token[]): string[] {
  return run.filter((t) => !FILLERS.has(t.norm)).map((t) => t.key);
}

/** The words from `i` up to a closer or the end (at most 5). */
function runFrom(words: readonly Token[], i: number, stops: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  for (let j = i; j < words.length && out.length < 6; j++) {
    const w = words[j] as Token;
    if (stops.has(w.norm)) break;
    out.push(w);
  }
  return out;
}

/** The words of a run as said, without fillers. */
const asSaid = (run: readonly Token[]): string =>
  run
    .filter((t) => !FILLERS.has(t.norm))
    .map((t) => t.norm)
    .join(' ');

const spanOf = (run: readonly Token[]): [number, number] =>
  run.length > 0 ? [(run[0] as Token).start, (run.at(-1) as Token).end] : [0, 0];

/** Reads a swap ("swap A for B"), a "be" request ("can my X be B") or a "get my X with B" request. */
function readChange(words: readonly Token[]): ChangeSaid | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as Token).norm;
    if (SWAP_VERBS.has(w)) {
      const swap = readSwap(words, i + 1);
      if (swap) return swap;
    }
    if (MODALS.has(w)) {
      const be = readBe(words, i + 1) ?? readGetWith(words, i + 1);
      if (be) return be;
    }
  }
  return undefined;
}

/** "swap [out] the fries for onion rings", "switch to wheat bread", "change my eggs to scrambled". */
function readSwap(words: readonly Token[], from: number): ChangeSaid | undefined {
  const goneRun = runFrom(words, from, LINKS);
  const link = words[from + goneRun.length];
  if (!link || !LINKS.has(link.norm) || goneRun.length > 4) return undefined;
  const wantedRun = runFrom(words, from + goneRun.length + 1, new Set([...CLOSERS, ...LINKS]));
  const gone = content(goneRun);
  if (gone.some((w) => STOPWORDS.has(w) && !PRONOUNS.has(w))) return undefined;
  return {
    dish: [],
    gone: gone.filter((w) => !PRONOUNS.has(w)),
    wanted: content(wantedRun),
    wantedText: asSaid(wantedRun),
    exact: false,
    span: [0, 0],
  };
}

/** "can my burger be well done instead", "could the meat lovers be thin crust". */
function readBe(words: readonly Token[], from: number): ChangeSaid | undefined {
  const first = words[from];
  if (!first || !(POINTERS.has(first.norm) || PRONOUNS.has(first.norm))) return undefined;
  const dishRun = runFrom(words, PRONOUNS.has(first.norm) ? from : from + 1, new Set(['be']));
  const be = from + (PRONOUNS.has(first.norm) ? 0 : 1) + dishRun.length;
  if (words[be]?.norm !== 'be' || dishRun.length === 0 || dishRun.length > 4) return undefined;
  const wantedRun = runFrom(words, be + 1, new Set([...CLOSERS, 'of']));
  const instead = words.some((t) => t.norm === 'instead');
  return {
    dish: dishRun.map((t) => t.key),
    gone: [],
    wanted: content(wantedRun),
    wantedText: asSaid(wantedRun),
    exact: !instead,
    span: PRONOUNS.has(first.norm) ? [0, 0] : spanOf(dishRun),
  };
}

/** "can I get my omelet with egg whites instead", "could we have the pizza with thin crust". */
function readGetWith(words: readonly Token[], from: number): ChangeSaid | undefined {
  const [who, verb, pointer] = [words[from], words[from + 1], words[from + 2]];
  if (!who || !['i', 'we'].includes(who.norm) || !verb || !['get', 'have'].includes(verb.norm))
    return undefined;
  if (!pointer || !POINTERS.has(pointer.norm) || pointer.norm === 'the') {
    // "can I get the pizza with thin crust" may be an order of one more: only "my" points at the cart
    if (pointer?.norm !== 'the' || !words.some((t) => t.norm === 'instead')) return undefined;
  }
  const dishRun = runFrom(words, from + 3, new Set(['with']));
  const withAt = from + 3 + dishRun.length;
  if (words[withAt]?.norm !== 'with' || dishRun.length === 0 || dishRun.length > 4) return undefined;
  const wantedRun = runFrom(words, withAt + 1, new Set([...CLOSERS, 'of']));
  return {
    dish: dishRun.map((t) => t.key),
    gone: [],
    wanted: content(wantedRun),
    wantedText: asSaid(wantedRun),
    exact: false,
    span: spanOf(dishRun),
  };
}

/**
 * The reading with a cart dish's option change (`cartOptionChange`) in place of what the words read
 * otherwise (two dishes to add, a question about the dish, nothing): that change alone, an
 * `order_update`. A reading whose line of that dish carries the choice already keeps its lines; the
 * words naming the dish are never a dish the menu lacks ("my sandwich"). Pure.
 */
export function withCartOptionChange(
  reading: ParseResult,
  change: ParsedLine,
  normalized: string,
): ParseResult {
  const [o] = change.options;
  const read = reading.lines.some(
    (l) =>
      l.itemId === change.itemId && l.options.some((x) => x.group === o?.group && x.choice === o?.choice),
  );
  const dishWords = normalized.slice(change.span[0], change.span[1]);
  const unresolved = reading.unresolved.filter((u) => dishWords === '' || !dishWords.includes(u.text));
  if (read) return { ...reading, unresolved };
  return asCartEdit(reading, {
    lines: [change],
    unresolved,
    rule: 'cart.option_change',
    because: 'changes an option of a cart dish',
  });
}
