import type { Menu } from '../../domain/menu-schema.ts';
import { LEXICON_STOPWORDS } from './common-words.ts';
import { menuSuperlativeAt } from './menu-superlative-question.ts';
import { normalize, type Token } from './normalize.ts';
import { nameKeysOf } from './plural-noun-browse.ts';
import type { Segment } from './segment.ts';

/** Words between "which"/"what" and the kind: "which kind of pizza is the cheapest". */
const KIND_WORDS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts', 'of']);

/** The kind a superlative is said of, and the dishes of that kind (menu order). */
export interface SuperlativeKind {
  /** The kind as said ("pie", "hot hero"). */
  noun: string;
  /** Ids of the dishes of the kind: the superlative ranks these only. */
  items: string[];
}

/**
 * "what's your cheapest pie", "which pizza is the most expensive", "the least expensive hot hero": the
 * kind a menu superlative is said of (the menu words right after it, else those right after the "which"
 * or "what" before it) and the dishes of that kind, so the extreme is one of them, not the dish whose
 * alias the kind noun also is ("pie" for the Build Your Own Pizza) nor the whole menu. A phrase naming
 * only categories ("hot heroes") is those categories' dishes; otherwise the kind is the phrase's last word
 * (`dishesOfKind`), else the categories the phrase names. Undefined without a superlative, a kind, or with fewer than two dishes of it. Pure.
 */
export function superlativeKind(
  tokens: readonly Token[],
  segs: readonly Segment[],
  menu: Menu,
): SuperlativeKind | undefined {
  const at = menuSuperlativeAt(tokens);
  if (!at) return undefined;
  const lexAt = (i: number) => segs.find((s) => s.type === 'lex' && s.start === i);
  let seg = lexAt(at.end);
  if (!seg) {
    const wh = tokens.findIndex((t, i) => i < at.start && (t.norm === 'which' || t.norm === 'what'));
    if (wh < 0) return undefined;
    let i = wh + 1;
    while (KIND_WORDS.has(tokens[i]?.norm ?? '')) i++;
    seg = lexAt(i);
    if (!seg || seg.end > at.start) return undefined;
  }
  if (seg.type !== 'lex') return undefined;
  const head = tokens[seg.end - 1];
  if (!head || LEXICON_STOPWORDS.has(head.key)) return undefined;
  const noun = tokens
    .slice(seg.start, seg.end)
    .map((t) => t.norm)
    .join(' ');
  const cats = new Set(seg.entries.flatMap((e) => (e.kind === 'category' ? [e.id] : [])));
  const namesDish = seg.entries.some((e) => e.kind === 'item');
  const ofCats = menu.items.filter((i) => cats.has(i.category)).map((i) => i.id);
  // "hot heroes": a phrase naming categories only is theirs; one word ("biryani", an alias of the rice
  // bowls) is the kind of the dishes holding it, else its categories
  const byWord = seg.end - seg.start > 1 && cats.size > 0 && !namesDish ? [] : dishesOfKind(menu, head.key);
  const items = byWord.length >= 2 ? byWord : ofCats;
  return items.length >= 2 ? { noun, items } : undefined;
}

/**
 * The dishes of the kind the word `key` names: those whose own name holds it, or whose aliases do among
 * dishes most of which hold it, and every dish
 * of a category whose name is the word alone ("Burgers" for "burger"), or whose name or aliases hold it
 * while most of its dishes do too ("specialty pies" where most specialty pizzas are called pies; not
 * "lattes" for the espresso drinks, most of which are no latte, nor "Burritos, Bowls & More" for
 * "burrito"). Menu order. Pure.
 */
export function dishesOfKind(menu: Menu, key: string): string[] {
  const { categories, items } = nameKeysOf(menu);
  const own = new Set(items.filter((i) => i.keys.has(key)).map((i) => i.id));
  const mostlyOwn = (category: string) => {
    const inCat = items.filter((i) => i.category === category);
    return inCat.filter((i) => own.has(i.id)).length * 2 > inCat.length;
  };
  const cats = new Set<string>();
  for (const c of categories) {
    if (!c.keys.has(key)) continue;
    const name = menu.categories.find((x) => x.id === c.id)?.name ?? '';
    if (phraseKeys(name).join(' ') === key || mostlyOwn(c.id)) cats.add(c.id);
  }
  // a dish called so only by an alias is of the kind where most dishes beside it are too ("pie" for the
  // Build Your Own Pizza; not "pizza cookie" among the desserts)
  const named = (id: string) => phraseKeys(menu.items.find((i) => i.id === id)?.name ?? '').includes(key);
  return items
    .filter((i) => cats.has(i.category) || (own.has(i.id) && (named(i.id) || mostlyOwn(i.category))))
    .map((i) => i.id);
}

function phraseKeys(phrase: string): string[] {
  return normalize(phrase)
    .tokens.filter((t) => !t.punct)
    .map((t) => t.key);
}
