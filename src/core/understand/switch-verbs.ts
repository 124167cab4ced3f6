import type { LineDraft } from './build-lines.ts';
import type { MenuIndex } from './menu-index.ts';
import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/** Words that point a verb at its dish ("toast the bagel", "warm my muffin up"). */
const ARTICLES = new Set(['the', 'my', 'that', 'this', 'both', 'our']);

/**
 * "toast the bagel please", "warm my muffin": a one-choice switch of a dish (Toasted, Warmed) said as a
 * verb right before the dish pointed at ("<verb> the / my <dish>") is that switch on the dish, never a
 * dish of its own ("toast" is no Avocado Toast there). The verb is a word of the switch's name or
 * aliases ("toast it", "warm"), or its past form is ("toasted", "heated"). The line misread from the
 * verb is dropped. Returns the lines (the same array when nothing is read) and the lines given a switch,
 * which are edits of the dish when it is in the cart or waits on its option. Pure.
 */
export function readSwitchVerbs(
  lines: readonly LineDraft[],
  segs: readonly Segment[],
  tokens: readonly Token[],
  index: MenuIndex,
): { lines: LineDraft[]; switched: ReadonlySet<string> } {
  const switched = new Set<string>();
  const dropSegs = new Set<number>();
  let out = [...lines];
  out = out.map((line) => {
    const k = line.seg;
    const article = segs[k - 1];
    const verb = segs[k - 2];
    if (k < 2 || line.action === 'remove' || line.quantityExplicit || !article || !verb) return line;
    if (article.type !== 'word' || !ARTICLES.has(article.norm)) return line;
    if (verb.type !== 'word' && verb.type !== 'lex') return line;
    if (verb.end - verb.start !== 1) return line;
    // the verb opens its clause: "toast the bagel", "ok toast the bagel", never "a toast the bagel"
    const prior = segs[k - 3];
    if (prior && (prior.type === 'qty' || prior.type === 'lex' || prior.type === 'qual')) return line;
    const w = (tokens[verb.start] as Token).key;
    const found: Array<{ group: string; choice: string; choiceName: string }> = [];
    for (const g of index.items.get(line.itemId)?.optionGroups ?? []) {
      const choices = index.groups.get(g)?.choices ?? [];
      const only = choices[0];
      if (choices.length !== 1 || !only) continue;
      if ([w, `${w}ed`, `${w}d`].some((f) => index.choiceHoldsVerb(g, only.id, f)))
        found.push({ group: g, choice: only.id, choiceName: only.name });
    }
    if (found.length === 0) return line;
    dropSegs.add(k - 2);
    switched.add(`${line.seg}`);
    const fresh = found.filter((f) => !line.options.some((o) => o.group === f.group));
    return { ...line, options: [...line.options, ...fresh.map((f) => ({ ...f, quantity: 1 }))] };
  });
  if (switched.size === 0) return { lines: [...lines], switched };
  out = out.filter((l) => !dropSegs.has(l.seg));
  return { lines: out, switched };
}
