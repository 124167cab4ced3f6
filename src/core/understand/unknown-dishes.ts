import { COMMON_WORDS, LEXICON_STOPWORDS } from './common-words.ts';
import { englishWord } from './english-words.ts';
import { FOOD_WORDS } from './food-words.ts';
import { choicesOf } from './line-rules.ts';
import type { Token } from './normalize.ts';
import { productKind } from './product-names.ts';
import type { Segment } from './segment.ts';
import { SERVING_VESSELS } from './serving-vessels.ts';

/**
 * Dishes the menu does not have: a run of words the lexicon did not match, at least one of them a
 * general food word ("lasagna"), with the option words just before it ("chicken burrito"). Returns
 * each mention's text (`dish`: without the option words), its offsets in the message as written (`span`, [start, end)) and whether an option word was part of it (those options belong to the unknown
 * dish, not to the order); the customer's own ("my own beer") is none. Segments in `readAsOption`
 * (segment indexes, "extra steak" read as the dish's Extra Meat) are skipped. Words of the menu's dish
 * names right before the food word (`dishWord`) are the unknown dish's too ("a chai frappuccino"): their
 * segments are returned (`dishSegs`), for their line to be dropped.
 */
export function unknownDishes(
  segs: readonly Segment[],
  tokens: readonly Token[],
  readAsOption: ReadonlySet<number> = new Set(),
  /** A segment that is a word of the menu's dish names ("chai", "mango"), said as the absent dish's first words. */
  dishWord: (seg: Segment) => boolean = () => false,
): UnknownDish[] {
  const out: UnknownDish[] = [];
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k] as Segment;
    // "a glass of milk": a choice word served in a measure of its own is asked for as a drink
    const served = servedChoice(s, tokens);
    // "a cobb salad" where the menu's salad is a Taco Salad: the menu's head noun, named by a word no dish holds
    const menuHead = !served && menuHeadNamed(segs, k, tokens, dishWord, readAsOption);
    if (!served && !menuHead && (!isFoodSeg(s, tokens) || readAsOption.has(k))) continue;
    let start = k;
    // "a chai frappuccino", "a mango smoothie": the menu's dish words right before the unknown head noun
    // are that dish's own words (the dish they name is not the one asked for)
    const dishSegs: number[] = menuHead ? [k] : [];
    // "a large birch beer": once a name word is taken, an option word before it is the order's, not the name's
    let named = false;
    while (start > 0) {
      const p = segs[start - 1] as Segment;
      if (p.type === 'lex' && choicesOf(p).length > 0 && p.entries.every((e) => e.kind === 'choice')) {
        // "a chicken cobb salad": a food word is still the name's ("large" in "a large birch beer" is not)
        if (named && !foodChoice(p, tokens)) break;
        start--;
      } else if (isFoodSeg(p, tokens)) start--;
      else if (nameWord(p, tokens)) {
        named = true;
        start--;
      }
      // "a chicken waldorf salad" where Chicken is a kind of the menu: the food word is the name's
      else if (
        named &&
        foodChoice(p, tokens) &&
        p.type === 'lex' &&
        p.entries.every((e) => e.kind === 'category' || e.kind === 'choice')
      )
        start--;
      else if (dishWord(p)) dishSegs.push(--start);
      else break;
    }
    let end = k + 1;
    while (end < segs.length) {
      const n = segs[end] as Segment;
      if (isFoodSeg(n, tokens)) end++;
      // "a chicken caesar salad": a name word between food words is the same dish's
      else if (nameWord(n, tokens) && segs[end + 1] && isFoodSeg(segs[end + 1] as Segment, tokens)) end++;
      // "turkey bacon", "veggie sausage": a choice word right after the unknown one is the phrase's head
      // noun (the menu's bacon is not the turkey bacon asked for), when the phrase ends there
      else if (isChoiceOnly(n) && !readAsOption.has(end) && !isChoiceOnly(segs[end + 1])) end++;
      else break;
    }
    const first = segs[start] as Segment;
    const last = segs[end - 1] as Segment;
    // "can I bring my own beer?": the customer's own food is no dish asked of the menu
    if (tokens[first.start - 1]?.norm === 'own') {
      k = end - 1;
      continue;
    }
    // "a horchata latte", "a bowl of split pea soup": the choice words said as the absent dish's own words,
    // or as its serving before "of", belong to it (no dish of the menu they would imply)
    const optionSegs: number[] = [];
    for (let j = start; j < k; j++) if (isChoiceOnly(segs[j])) optionSegs.push(j);
    const of = segs[start - 1];
    if (of?.type === 'word' && of.norm === 'of' && isChoiceOnly(segs[start - 2])) optionSegs.push(start - 2);
    out.push({
      optionSegs,
      text: tokens
        .slice(first.start, last.end)
        .map((t) => t.norm)
        .join(' '),
      // "large kombucha": the dish's own words, without the option words before them
      dish: tokens
        .slice((segs[k] as Segment).start, last.end)
        .map((t) => t.norm)
        .join(' '),
      tookOptions: start < k,
      dishSegs,
      span: [(tokens[first.start] as Token).oStart, (tokens[last.end - 1] as Token).oEnd],
    });
    k = end - 1;
  }
  return out;
}

/**
 * A dish the menu lacks: see {@link unknownDishes}; `dishSegs`, the segments of menu dish words it took;
 * `optionSegs`, the segments of choice words said as its own words or as its serving ("a bowl of").
 */
export interface UnknownDish {
  text: string;
  dish: string;
  tookOptions: boolean;
  span: [number, number];
  dishSegs: number[];
  optionSegs: number[];
}

const isFood = (t: Token) => FOOD_WORDS.has(t.key) || FOOD_WORDS.has(t.norm);
/** Measures a drink or a dish is served in, said before it: "a glass of", "a bowl of", "a carton of". */
const SERVINGS: ReadonlySet<string> = SERVING_VESSELS;

/**
 * "a glass of milk", "a mug of cream": a segment the menu reads only as option choices, right after a
 * serving measure and "of", and closing the message: the customer asks for the thing itself, which is
 * no dish here (only a choice of some), so it is a dish the menu lacks.
 */
function servedChoice(s: Segment, tokens: readonly Token[]): boolean {
  // "milk" is a choice of some drinks' Milk group and an allergen word, no dish
  const kinds = s.type === 'lex' ? s.entries.map((e) => e.kind) : [];
  if (!kinds.some((k) => k === 'choice' || k === 'allergen') || kinds.some((k) => !NOT_DISHES.has(k)))
    return false;
  if (tokens[s.start - 1]?.norm !== 'of' || !SERVINGS.has(tokens[s.start - 2]?.norm ?? '')) return false;
  return tokens.slice(s.end).every((t) => t.punct || CLOSING.has(t.norm));
}
/** Lexicon readings of a word that name no dish. */
const NOT_DISHES = new Set(['choice', 'allergen', 'group']);
const CLOSING = new Set(['please', 'pls', 'thanks', 'thank', 'you', 'too', 'as', 'well']);

/** A word segment naming food: a general food word, or a common product's name read whole ("red bull"). */
const isFoodSeg = (s: Segment, tokens: readonly Token[]) =>
  s.type === 'word' && (productKind(s.norm) !== undefined || isFood(tokens[s.start] as Token));

/** A segment of the menu's choice names only (no dish, no category): "bacon", "oat milk". */
function isChoiceOnly(seg: Segment | undefined): boolean {
  return (
    seg !== undefined &&
    seg.type === 'lex' &&
    choicesOf(seg).length > 0 &&
    seg.entries.every((e) => e.kind === 'choice')
  );
}

/** Words of praise or plain description said before a dish, never part of its name ("a tasty salad"). */
const DESCRIBING = new Set([
  'tasty',
  'fresh',
  'healthy',
  'yummy',
  'delicious',
  'decent',
  'awesome',
  'great',
  'proper',
  'homemade',
  'traditional',
  'authentic',
  'classic',
  'famous',
  'favorite',
  'favourite',
  'fave',
  'fav',
  'faves',
  'usual',
  'typical',
  'basic',
  'ordinary',
  'normal',
  'regular',
  'standard',
  'typical',
]);

/**
 * "a cobb salad", "a chicken waldorf salad" where the menu's only salad is a Taco Salad: a segment the
 * menu reads as a dish or a kind (no typo), closing its noun phrase, right after a distinctive word of a
 * dish's name ({@link nameWord}, no correctly spelt English word) that no dish of the menu holds. The
 * menu's dish of that head noun is not the one asked for: the whole phrase is a dish the menu lacks.
 */
function menuHeadNamed(
  segs: readonly Segment[],
  k: number,
  tokens: readonly Token[],
  dishWord: (seg: Segment) => boolean,
  readAsOption: ReadonlySet<number>,
): boolean {
  const s = segs[k] as Segment;
  const p = segs[k - 1];
  if (s.type !== 'lex' || s.typos > 0 || readAsOption.has(k) || !p || !nameWord(p, tokens) || dishWord(p))
    return false;
  if (!s.entries.some((e) => e.kind === 'item' || e.kind === 'category')) return false;
  if (englishWord((tokens[p.start] as Token).norm)) return false;
  // the head noun closes the phrase: no dish or food word follows it ("a cobb salad wrap" is another head)
  const n = segs[k + 1];
  return !n || !(isFoodSeg(n, tokens) || (n.type === 'lex' && n.entries.some((e) => e.kind === 'item')));
}

/** A segment whose (last) word is a general food word ("chicken", "grilled chicken"), not a size or a style. */
function foodChoice(s: Segment, tokens: readonly Token[]): boolean {
  return s.end - s.start <= 2 && isFood(tokens[s.end - 1] as Token);
}

/**
 * "a caesar salad", "a cobb salad": a word the lexicon did not read, no everyday English word nor a
 * describing one, right before a food word is a word of the absent dish's name.
 */
function nameWord(s: Segment, tokens: readonly Token[]): boolean {
  if (s.type !== 'word' || s.end - s.start !== 1) return false;
  const w = (tokens[s.start] as Token).norm;
  return /^[a-z]{3,}$/.test(w) && !COMMON_WORDS.has(w) && !LEXICON_STOPWORDS.has(w) && !DESCRIBING.has(w);
}

/**
 * The lines less those a choice word of the given segments implied (the line holds that choice, and no
 * segment names its dish): "a bowl of split pea soup" orders no Chicken Noodle Soup in a Bowl, "a
 * horchata latte" no Agua Fresca. Pure.
 */
export function withoutImpliedBy<
  L extends { itemId: string; options: readonly { group: string; choice: string }[] },
>(lines: readonly L[], choiceSegs: readonly number[], segs: readonly Segment[]): L[] {
  const said = (id: string) =>
    segs.some((s) => s.type === 'lex' && s.entries.some((e) => e.kind === 'item' && e.id === id));
  const implied = new Set(
    choiceSegs.flatMap((k) => {
      const s = segs[k];
      return s?.type === 'lex'
        ? s.entries.flatMap((e) => (e.kind === 'choice' ? [`${e.group}/${e.choice}`] : []))
        : [];
    }),
  );
  return lines.filter((l) => said(l.itemId) || !l.options.some((o) => implied.has(`${o.group}/${o.choice}`)));
}
