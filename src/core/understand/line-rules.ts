import type { Qualifier } from '../../domain/menu-schema.ts';
import type { LineDraft } from './build-lines.ts';
import type { LexEntry } from './lexicon-entry.ts';
import type { MenuIndex } from './menu-index.ts';
import { PUT_VERBS } from './modify-leads.ts';
import { REMOVAL_VERBS } from './negation-cues.ts';
import type { Token } from './normalize.ts';
import type { LineAction, ParsedOption } from './parse-result.ts';
import { OPTION_MEASURES } from './quantity.ts';
import type { Segment } from './segment.ts';
import { SPLIT_REMOVE_VERBS } from './split-removal.ts';

/** The small rules buildLines applies: which mention is an item, what a number counts, where an option goes. */

export type ChoiceEntry = Extract<LexEntry, { kind: 'choice' }>;

export const REMOVE_WORDS: ReadonlySet<string> = REMOVAL_VERBS;
export const UPDATE_WORDS = new Set([
  'make',
  'change',
  'switch',
  'update',
  'modify',
  'turn',
  'upgrade',
  'upsize',
]);
/** Words that point back at something already said or in the cart. */
const POINTERS = new Set(['that', 'it', 'those', 'them']);
/** Verbs that, with "to" right before a dish, change a dish into that one ("switch the curry to a korma"). */
const CHANGE_TO_DISH = new Set(['change', 'switch', 'swap']);
export const REPLACE_WORDS = new Set(['meant', 'instead', 'replace', 'swap', 'rather', 'sub', 'substitute']);
export const ARTICLE = new Set(['the', 'my', 'that', 'this', 'those', 'these']);
export const GLUE = new Set([
  'of',
  'a',
  'an',
  'the',
  'some',
  'in',
  'size',
  'sized',
  'please',
  'um',
  'uh',
  'each',
  'those',
  'these',
]);

export const items = (s: Segment | undefined): string[] =>
  s?.type === 'lex'
    ? [...new Set(s.entries.flatMap((e) => (e.kind === 'item' && !e.weak && !e.common ? [e.id] : [])))]
    : [];
export const commonItems = (s: Segment | undefined): string[] =>
  s?.type === 'lex'
    ? [...new Set(s.entries.flatMap((e) => (e.kind === 'item' && e.common ? [e.id] : [])))]
    : [];
export const DETERMINERS = new Set(['the', 'my', 'that', 'this', 'some', 'more', 'another']);
export const weakItems = (s: Segment | undefined): string[] =>
  s?.type === 'lex'
    ? [...new Set(s.entries.flatMap((e) => (e.kind === 'item' && e.weak ? [e.id] : [])))]
    : [];
export const choicesOf = (s: Segment | undefined): ChoiceEntry[] =>
  s?.type === 'lex' ? s.entries.filter((e): e is ChoiceEntry => e.kind === 'choice') : [];

export function option(
  ch: ChoiceEntry,
  choiceName: string,
  qty: number | undefined,
  qual: Qualifier | undefined,
): ParsedOption {
  const o: ParsedOption = { group: ch.group, choice: ch.choice, choiceName, quantity: Math.max(1, qty ?? 1) };
  if (qual) o.qualifier = qual;
  return o;
}

/** A phrase that is both an item and an option ("pepperoni") is an option when it follows "with"/"no"/"extra" after an item, or "add X to the Y". */
export function readAsChoice(
  segs: readonly Segment[],
  k: number,
  ch: ChoiceEntry[],
  index: MenuIndex,
  itemAt: Array<string | undefined>,
): boolean {
  const prev = segs[k - 1];
  if (onDish(segs, k, ch, index, itemAt)) return true;
  // "a kids meal with a quesadilla": "with a" before a dish the item before offers as a choice
  const withArticle = prev?.type === 'qty' && prev.article && segs[k - 2]?.type === 'with';
  if (prev?.type === 'qty' && !withArticle) return false;
  // "extra cheese please": a qualifier or negation right before a derived item word ("cheese" for
  // Cheese Pizza) makes it an option
  if ((prev?.type === 'qual' || prev?.type === 'neg') && items(segs[k]).length === 0) return true;
  // "add pepperoni to the pizza"
  const after = segs.slice(k + 1, k + 4);
  const toIdx = after.findIndex((s) => s.type === 'word' && (s.norm === 'to' || s.norm === 'on'));
  if (toIdx >= 0) {
    const target = after.slice(toIdx + 1).find((s) => s.type === 'lex' && items(s).length > 0);
    if (target && items(target).some((id) => ch.some((c) => index.accepts(id, c.group)))) return true;
  }
  if (listedRequiredChoice(segs, k, ch, index, itemAt)) return true;
  let sawMarker = false;
  /** Choices said before the marker with no dish ("medium deep dish with chicken"). */
  const opening: ChoiceEntry[][] = [];
  for (let j = k - 1; j >= 0; j--) {
    const p = segs[j] as Segment;
    if (p.type === 'neg' || p.type === 'qual' || p.type === 'with') sawMarker = true;
    if (p.type === 'break' && !p.comma) break;
    const id = itemAt[j];
    if (id) return sawMarker && ch.some((c) => index.accepts(id, c.group));
    const own = choicesOf(p);
    if (sawMarker && p.type === 'lex' && own.length > 0 && items(p).length === 0) opening.push(own);
  }
  // "medium deep dish with chicken": after "with", choices that opened the clause with no dish named
  // imply a dish; the word is its option when some dish on the menu takes all of them
  return (
    sawMarker &&
    opening.length > 0 &&
    index.menu.items.some(
      (i) =>
        ch.some((c) => index.accepts(i.id, c.group)) &&
        opening.every((o) => o.some((c) => index.accepts(i.id, c.group))),
    )
  );
}

/**
 * "two eggs scrambled, sausage, home fries, wheat": a phrase that is both a dish and a choice, listed
 * (commas, "and", other choices) right after a dish that must choose in that choice's group (a
 * required group: eggs' potatoes, a plate's toast), fills that choice, as a cashier rings it up; so it
 * does in any group of the dish when it goes on a list of that group's choices ("tuna, lettuce tomato
 * pickles"). Never after a number or article ("…, and a side of home fries") nor across a sentence
 * break.
 */
function listedRequiredChoice(
  segs: readonly Segment[],
  k: number,
  ch: ChoiceEntry[],
  index: MenuIndex,
  itemAt: Array<string | undefined>,
): boolean {
  const required = (id: string) =>
    ch.some((c) => index.accepts(id, c.group) && (index.groups.get(c.group)?.min ?? 0) >= 1);
  // "lettuce tomato pickles": listed right after a choice of the same group, it goes on with that list
  let sameGroupListed = false;
  let first = true;
  for (let j = k - 1; j >= 0; j--) {
    const p = segs[j] as Segment;
    const id = itemAt[j];
    if (id) return required(id) || (sameGroupListed && ch.some((c) => index.accepts(id, c.group)));
    if (first && p.type === 'lex') {
      first = false;
      sameGroupListed = choicesOf(p).some((c) => ch.some((x) => x.group === c.group));
    }
    if (p.type === 'break' && p.comma) continue;
    if (p.type === 'and' || p.type === 'with' || p.type === 'qual') continue;
    if (p.type === 'lex' && choicesOf(p).length > 0) continue;
    if (p.type === 'word' && GLUE.has(p.norm) && !['a', 'an', 'some'].includes(p.norm)) continue;
    // "tuna on a garlic roll, …": an article inside an earlier choice phrase, not before this one
    if (p.type === 'qty' && p.article && j < k - 1 && choicesOf(segs[j + 1]).length > 0) continue;
    if (p.type === 'word' && ['on', 'in', 'as'].includes(p.norm) && j < k - 1) continue;
    return false;
  }
  return false;
}

/**
 * "egg and cheese on a bagel", "turkey on rye": "on" (with an article) right after a dish and its
 * options names what the dish is served on, one of its choices, not a second dish.
 */
function onDish(
  segs: readonly Segment[],
  k: number,
  ch: ChoiceEntry[],
  index: MenuIndex,
  itemAt: Array<string | undefined>,
): boolean {
  const prev = segs[k - 1];
  const onAt = prev?.type === 'qty' && prev.article ? k - 2 : k - 1;
  const on = segs[onAt];
  if (on?.type !== 'word' || on.norm !== 'on') return false;
  for (let j = onAt - 1; j >= 0; j--) {
    const p = segs[j] as Segment;
    const id = itemAt[j];
    if (id) return ch.some((c) => index.accepts(id, c.group));
    if (p.type === 'lex' && choicesOf(p).length > 0) continue;
    if (p.type === 'qual' || p.type === 'with' || (p.type === 'word' && GLUE.has(p.norm))) continue;
    return false;
  }
  return false;
}

/** Words that point a put verb's thing at the dish after them ("add honey to my pancakes"). */
const PUT_POINTERS = new Set(['to', 'on', 'onto', 'in', 'into', 'over']);

/** Conjunctions that join one more dish to an order ("and a coke", "plus 2 naan"). */
const ADDING_CONJUNCTIONS = new Set(['and', 'plus', 'also']);

/** Stands for a negation among the words before an item. */
const NEGATED = '<not>';

export function actionFor(
  segs: readonly Segment[],
  k: number,
  itemAt: Array<string | undefined>,
  tokens: readonly Token[],
): LineAction {
  const words: string[] = [];
  // a dish read from a choice said after its count ("an horchata") has its mention at the count
  let counted = segs[k]?.type === 'qty';
  for (let j = k - 1; j >= 0; j--) {
    const p = segs[j] as Segment;
    if (p.type === 'break' && !p.comma) break;
    if (itemAt[j] !== undefined) break;
    // "make it mild, and a plain rice": a dish with its own article or count after "and" is a new one,
    // the verb before the "and" was another dish's
    if (p.type === 'qty' || (p.type === 'word' && (p.norm === 'a' || p.norm === 'an'))) counted = true;
    if (counted && (p.type === 'and' || (p.type === 'word' && ADDING_CONJUNCTIONS.has(p.norm)))) break;
    if (p.type === 'word') words.push(p.norm);
    if (p.type === 'neg') words.push(negationWord(tokens, p.start));
    // "add cheese to my burger": a menu phrase that opens with a put verb ("Add cheese") still says it
    const opening = tokens[p.start]?.norm ?? '';
    if (p.type === 'lex' && PUT_VERBS.has(opening)) words.push(opening);
    // "swap the fries for onion rings" where "swap" is also a menu word (a "Side swap" group): still the verb
    if (p.type === 'lex' && p.end - p.start === 1 && REPLACE_WORDS.has(opening)) words.push(opening);
  }
  // "never mind (on) the lassi", "nvm the lassi": the dish is taken back, as "forget the lassi" does;
  // "never mind, add a coke" is no removal of the coke (a verb stands between)
  const mind = words.findIndex((w, i) => w === 'mind' && words[i + 1] === 'never');
  if (mind >= 0 && words.slice(0, mind).every((w) => NEVER_MIND_GLUE.has(w))) words.push('nevermind');
  const after = segs[k + 1];
  // "don't forget the garlic knots" keeps them: a negated removal verb is no removal
  const removes = words.some((w, i) => REMOVE_WORDS.has(w) && words[i + 1] !== NEGATED);
  // "take the naan off", "cross the lassi off", "leave the raita out": a split removal verb whose
  // particle comes right after the dish
  const particleAfter = after?.type === 'word' && (after.norm === 'off' || after.norm === 'out');
  const splitVerb = words.some((w) => SPLIT_REMOVE_VERBS.has(w)) && particleAfter;
  if (removes || splitVerb || (words.includes('take') && (words.includes('off') || words.includes('out'))))
    return 'remove';
  if (words.some((w) => REPLACE_WORDS.has(w)) || (after?.type === 'word' && after.norm === 'instead'))
    return 'replace';
  // "change the chicken tacos to steak": the dish's own option words stand between the article and it
  let p = k - 1;
  while (p > 0 && choicesOf(segs[p]).length > 0) p--;
  const prev = segs[p];
  const hasArticle = prev?.type === 'word' && ARTICLE.has(prev.norm) && prev.norm !== 'this';
  if (words.some((w) => UPDATE_WORDS.has(w)) && hasArticle) return 'update';
  // "make that three chana masala", "change it to 2 cokes": a pointer word before the quantity
  if (words.some((w) => UPDATE_WORDS.has(w)) && words.some((w) => POINTERS.has(w))) return 'update';
  // "change the biryani to a vegetable biryani": a change verb, then "to" right before the new dish
  const nearest = words.filter((w) => w !== 'a' && w !== 'an')[0];
  if (nearest === 'to' && words.some((w) => CHANGE_TO_DISH.has(w))) return 'replace';
  // "add bacon to the burger", "put honey on my pancakes", "drizzle syrup over the waffle"
  if (hasArticle && words.some((w) => PUT_VERBS.has(w)) && words.some((w) => PUT_POINTERS.has(w)))
    return 'update';
  return 'add';
}

/** Words between "never mind" and the dish it takes back ("never mind on the lassi"). */
const NEVER_MIND_GLUE = new Set(['the', 'on', 'about', 'that', 'those', 'these', 'a', 'an', 'my']);

/** The word a negation segment at token `i` stands for in a line's verb words. */
function negationWord(tokens: readonly Token[], i: number): string {
  const w = tokens[i]?.norm;
  if (w === 'minus') return 'minus';
  return w === 'never' && tokens[i + 1]?.norm === 'mind' ? 'nevermind' : NEGATED;
}

export function quantityTargetsOption(
  segs: readonly Segment[],
  k: number,
  itemAt: Array<string | undefined>,
): boolean {
  // "one large with …" where the number stands for an implied dish, "one with oat milk" (a share)
  if (itemAt[k] !== undefined) return false;
  for (let j = k + 1; j < segs.length; j++) {
    const s = segs[j] as Segment;
    if (itemAt[j] !== undefined) return false;
    if (s.type === 'lex' && choicesOf(s).length > 0) {
      // an option right after the number: the number is the option's, unless an item follows ("3 bottles of
      // sprite") or a category word ("three ham and pineapple pizzas", "2 large pizzas")
      for (let m = j + 1; m < segs.length; m++) {
        const t = segs[m] as Segment;
        if (itemAt[m] !== undefined) return false;
        if (t.type === 'lex' && choicesOf(t).length > 0) continue;
        if (t.type === 'lex' && t.entries.some((e) => e.kind === 'category')) return false;
        if (t.type === 'qual' || (t.type === 'word' && GLUE.has(t.norm))) continue;
        if ((t.type === 'and' || t.type === 'or') && choicesOf(segs[m + 1]).length > 0) continue;
        return true;
      }
      return true;
    }
    if (s.type === 'qual' || (s.type === 'word' && (GLUE.has(s.norm) || OPTION_MEASURES.has(s.norm))))
      continue;
    return false;
  }
  return false;
}

/** Words between a share's number and its options that point back at the counted dish ("one of them"). */
export const PARTITIVE = new Set(['of', 'them', 'those', 'these', 'em']);

/** The segment after a share's number, over "of them" ("one of them with …"). */
function afterPartitive(segs: readonly Segment[], j: number): Segment | undefined {
  let n = j + 1;
  while (segs[n]?.type === 'word' && PARTITIVE.has((segs[n] as Extract<Segment, { type: 'word' }>).norm)) n++;
  return segs[n];
}

export function attachTarget(
  segs: readonly Segment[],
  k: number,
  choices: ChoiceEntry[],
  itemAt: Array<string | undefined>,
  lineAtSeg: Map<number, LineDraft>,
  lines: LineDraft[],
  clauseOf: number[],
  index: MenuIndex,
): LineDraft | undefined {
  const ok = (l: LineDraft | undefined) =>
    l !== undefined && choices.some((c) => index.accepts(l.itemId, c.group));
  // directly in front of an item ("large pepperoni pizza", "20 fl oz coke", "bottles of sprite")
  for (let j = k + 1; j < segs.length; j++) {
    const s = segs[j] as Segment;
    if (itemAt[j] !== undefined) {
      const l = lineAtSeg.get(j);
      // "one with skim one with oat": a share's number starts its own options, it takes none before it
      if (
        ok(l) &&
        !(s.type === 'qty' && afterPartitive(segs, j)?.type === 'with') &&
        !(s.type === 'qty' && afterMention(segs, k, itemAt))
      )
        return l;
      break;
    }
    if (
      (s.type === 'lex' && choicesOf(s).length > 0) ||
      s.type === 'qual' ||
      (s.type === 'word' && GLUE.has(s.norm))
    )
      continue;
    break;
  }
  const before = lines.filter((l) => l.seg < k);
  for (let i = before.length - 1; i >= 0; i--) {
    const l = before[i] as LineDraft;
    if (clauseOf[l.seg] === clauseOf[k] && ok(l)) return l;
  }
  // "…, and make the biryani extra spicy": the clause names its own target (a category word), not an earlier item
  for (let j = k - 1; j >= 0 && clauseOf[j] === clauseOf[k]; j--) {
    const s = segs[j] as Segment;
    if (s.type === 'lex' && itemAt[j] === undefined && s.entries.some((e) => e.kind === 'category'))
      return undefined;
  }
  for (let i = before.length - 1; i >= 0; i--) if (ok(before[i])) return before[i];
  return lines.find((l) => l.seg > k && ok(l));
}

/**
 * "2 choc chip 1 oatmeal raisin": the options run right after an item mention (here a share's number);
 * a share's number after them starts its own options and takes none of these.
 */
function afterMention(segs: readonly Segment[], k: number, itemAt: Array<string | undefined>): boolean {
  for (let j = k - 1; j >= 0; j--) {
    if (itemAt[j] !== undefined) return true;
    const s = segs[j] as Segment;
    if ((s.type === 'lex' && choicesOf(s).length > 0) || s.type === 'qual') continue;
    // "one on wheat one on white"
    if (s.type === 'word' && (['on', 'in', 'as'].includes(s.norm) || GLUE.has(s.norm))) continue;
    return false;
  }
  return false;
}

export function nearestLine(lines: LineDraft[], k: number, clauseOf: number[]): LineDraft | undefined {
  const before = lines.filter((l) => l.seg < k && clauseOf[l.seg] === clauseOf[k]);
  return before[before.length - 1] ?? lines.find((l) => l.seg > k && clauseOf[l.seg] === clauseOf[k]);
}

export function clauseHasCategory(
  segs: readonly Segment[],
  k: number,
  clauseOf: number[],
  itemAt: Array<string | undefined>,
): boolean {
  for (let j = k - 1; j >= 0 && clauseOf[j] === clauseOf[k]; j--) {
    const s = segs[j] as Segment;
    if (s.type === 'lex' && itemAt[j] === undefined && s.entries.some((e) => e.kind === 'category'))
      return true;
  }
  return false;
}
