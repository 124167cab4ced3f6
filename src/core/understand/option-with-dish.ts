import type { LineDraft } from './build-lines.ts';
import { DISH_TIES } from './filler-words.ts';
import { type MenuIndex, phraseKey } from './menu-index.ts';
import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

const ARTICLES = new Set(['the', 'my', 'that', 'this']);

/**
 * "rye toast with the omelet" while a Western Omelet waits on its option: a phrase that is both a dish
 * (Side of Toast) and a choice of a dish pointed at right after it ("with / on / for the / my <dish>")
 * is that dish's choice, not a dish of its own, when the dish pointed at is in the cart or waits on its
 * option (`dishes`), named by itself or by another dish of its category ("the omelet"). The two lines
 * become one line of that dish carrying the choice, whose segment index joins the returned `pointed`
 * (an edit of that dish, `pointedEdits`). Returns the lines unchanged when nothing is so. Pure.
 */
export function readOptionWithDish(
  lines: readonly LineDraft[],
  segs: readonly Segment[],
  tokens: readonly Token[],
  dishes: readonly string[],
  index: MenuIndex,
): { lines: LineDraft[]; pointed: ReadonlySet<string> } {
  const pointed = new Set<string>();
  if (dishes.length === 0 || lines.length < 2) return { lines: [...lines], pointed };
  const out: LineDraft[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i] as LineDraft;
    const b = lines[i + 1];
    const merged = b ? mergeAt(a, b, segs, tokens, dishes, index) : undefined;
    if (!merged) {
      out.push(a);
      continue;
    }
    out.push(merged);
    pointed.add(`${merged.seg}`);
    i++;
  }
  return { lines: out, pointed };
}

function mergeAt(
  a: LineDraft,
  b: LineDraft,
  segs: readonly Segment[],
  tokens: readonly Token[],
  dishes: readonly string[],
  index: MenuIndex,
): LineDraft | undefined {
  if (a.action !== 'add' || b.action !== 'add' || a.quantityExplicit || b.quantityExplicit) return undefined;
  if (a.seg < 0 || b.seg !== a.seg + 3) return undefined;
  const tie = segs[a.seg + 1];
  const article = segs[a.seg + 2];
  const word = (s: Segment | undefined) =>
    s
      ? tokens
          .slice(s.start, s.end)
          .map((t) => t.key)
          .join(' ')
      : '';
  if (!tie || !DISH_TIES.has(word(tie)) || !article || !ARTICLES.has(word(article))) return undefined;
  const category = index.items.get(b.itemId)?.category;
  const target = dishes.includes(b.itemId)
    ? [b.itemId]
    : [...new Set(dishes)].filter((id) => index.items.get(id)?.category === category);
  if (target.length !== 1) return undefined;
  const itemId = target[0] as string;
  const lex = segs[a.seg];
  if (lex?.type !== 'lex') return undefined;
  const said = phraseKey(word(lex));
  const options = lex.entries.flatMap((e) => {
    if (e.kind !== 'choice') return [];
    const at = index.sameChoiceOn(itemId, e.group, e.choice, said);
    const choice = at ? index.choice(at.group, at.choice) : undefined;
    return at && choice ? [{ group: at.group, choice: at.choice, choiceName: choice.name, quantity: 1 }] : [];
  });
  // "rye toast": the choice read from words before the dish's own ("rye") goes along
  for (const o of a.options) {
    const at = index.sameChoiceOn(itemId, o.group, o.choice);
    const choice = at ? index.choice(at.group, at.choice) : undefined;
    if (at && choice)
      options.push({ group: at.group, choice: at.choice, choiceName: choice.name, quantity: 1 });
  }
  if (options.length === 0) return undefined;
  const kept = [...b.options, ...options].filter(
    (o, k, all) => all.findIndex((x) => x.group === o.group && x.choice === o.choice) === k,
  );
  return {
    ...b,
    itemId,
    name: index.items.get(itemId)?.name ?? itemId,
    options: kept,
    without: [...b.without, ...a.without],
    unresolved: [...b.unresolved, ...a.unresolved],
  };
}
