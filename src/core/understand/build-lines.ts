import type { Qualifier } from '../../domain/menu-schema.ts';
import { markImpliedItems, markUnitShares, resolveImpliedItems } from './implied-items.ts';
import {
  ARTICLE,
  actionFor,
  attachTarget,
  choicesOf,
  clauseHasCategory,
  commonItems,
  DETERMINERS,
  GLUE,
  items,
  nearestLine,
  option,
  quantityTargetsOption,
  readAsChoice,
  weakItems,
} from './line-rules.ts';
import type { MenuIndex } from './menu-index.ts';
import type { Token } from './normalize.ts';
import { applyOptionSwaps } from './option-swaps.ts';
import type { LineAction, ParsedLine, ParsedOption } from './parse-result.ts';
import type { Segment } from './segment.ts';

export interface LineDraft extends ParsedLine {
  action: LineAction;
  /** Segment index of the item mention. */
  seg: number;
}

export interface BuiltLines {
  lines: LineDraft[];
  /** Options said with no item they could attach to ("make it large"). */
  freeOptions: ParsedOption[];
  freeWithout: Array<{ group: string; choice: string; choiceName: string }>;
  /** A quantity with no item ("make that two"). */
  bareQuantity?: number;
  /** Items named ambiguously (a head noun several items share): their ids. */
  ambiguous: Array<{ text: string; ids: string[] }>;
}

/**
 * Builds order lines from the segments: each item mention becomes a line; each option word attaches to
 * the nearest item that can take it (the item it precedes when directly in front of it, else the item
 * before it in the same clause, else any item), with negation spread over coordinated lists.
 */
export function buildLines(
  segs: readonly Segment[],
  tokens: readonly Token[],
  index: MenuIndex,
  cart: readonly string[] = [],
): BuiltLines {
  const n = segs.length;
  // 1. decide which lex segments are item mentions
  const itemAt: Array<string | undefined> = new Array(n);
  const ambiguous: BuiltLines['ambiguous'] = [];
  const text = (s: Segment) =>
    tokens
      .slice(s.start, s.end)
      .map((t) => t.norm)
      .join(' ');
  markImpliedItems(segs, itemAt, index);
  for (let k = 0; k < n; k++) {
    const s = segs[k] as Segment;
    let ids = items(s);
    const prevSeg = segs[k - 1];
    const determined = prevSeg?.type === 'qty' || (prevSeg?.type === 'word' && DETERMINERS.has(prevSeg.norm));
    if (ids.length === 0 && determined) ids = commonItems(s);
    // "veggie" is a diet word and a pizza's alias: the pizza only with a number or article before it
    if (s.type === 'lex' && !determined && s.entries.some((e) => e.kind === 'diet' || e.kind === 'allergen'))
      continue;
    if (ids.length === 0) {
      const weak = weakItems(s);
      if (weak.length === 1) ids = weak;
      else if (weak.length > 1) {
        const inCart = weak.filter((id) => cart.includes(id));
        if (inCart.length === 1) ids = inCart;
        else if (choicesOf(s).length === 0) {
          ambiguous.push({ text: text(s), ids: weak });
          continue;
        }
      }
    }
    if (
      ids.length === 0 &&
      s.type === 'lex' &&
      prevSeg?.type === 'word' &&
      ARTICLE.has(prevSeg.norm) &&
      cart.length > 0
    ) {
      // "change the pizza to large": a category word names the cart item of that category
      const cats = new Set(s.entries.flatMap((e) => (e.kind === 'category' ? [e.id] : [])));
      const inCart = [...new Set(cart)].filter((id) => cats.has(index.items.get(id)?.category ?? ''));
      const word = text(s);
      const named = inCart.filter((id) => index.items.get(id)?.name.toLowerCase().includes(word));
      if (named.length === 1) ids = named;
      else if (inCart.length === 1) ids = inCart;
    }
    if (ids.length === 0) continue;
    const id = ids.find((x) => cart.includes(x)) ?? (ids[0] as string);
    const ch = choicesOf(s);
    if (ch.length > 0 && readAsChoice(segs, k, ch, index, itemAt)) continue;
    itemAt[k] = id;
  }
  const shares = markUnitShares(segs, itemAt);
  // "pepperoni pizzas": a category word right after an item of that category belongs to the mention
  const absorbed = new Set<number>();
  for (let k = 0; k < n; k++) {
    const id = itemAt[k];
    const next = segs[k + 1];
    if (!id || next?.type !== 'lex') continue;
    const cat = index.items.get(id)?.category;
    if (next.entries.some((e) => e.kind === 'category' && e.id === cat) && itemAt[k + 1] === undefined)
      absorbed.add(k + 1);
  }

  const lines: LineDraft[] = [];
  const lineAtSeg = new Map<number, LineDraft>();
  const clauseOf: number[] = new Array(n);
  let clause = 0;
  for (let k = 0; k < n; k++) {
    const s = segs[k] as Segment;
    if (s.type === 'break' && !s.comma) clause++;
    if (s.type === 'break' && s.comma && segs[k + 1]?.type === 'and') clause++;
    clauseOf[k] = clause;
  }

  // 2. item lines, with their quantity and action
  for (let k = 0; k < n; k++) {
    const id = itemAt[k];
    if (!id) continue;
    const s = segs[k] as Segment;
    const endSeg = absorbed.has(k + 1) ? (segs[k + 1] as Segment) : s;
    const item = index.items.get(id);
    const line: LineDraft = {
      itemId: id,
      name: item?.name ?? id,
      quantity: 1,
      quantityExplicit: false,
      options: [],
      without: [],
      unresolved: [],
      span: [(tokens[s.start] as Token).start, (tokens[endSeg.end - 1] as Token).end],
      action: actionFor(segs, k, itemAt, tokens),
      seg: k,
    };
    // quantity: the nearest qty before, separated only by options, qualifiers and glue words
    for (let j = k - 1; j >= 0; j--) {
      const p = segs[j] as Segment;
      if (p.type === 'qty') {
        line.quantity = Math.max(1, p.value);
        line.quantityExplicit = true;
        break;
      }
      if (p.type === 'lex' && itemAt[j] === undefined && choicesOf(p).length > 0) continue;
      if (p.type === 'qual' || (p.type === 'word' && GLUE.has(p.norm))) continue;
      // "two pizzas margherita"
      if (p.type === 'lex' && itemAt[j] === undefined && p.entries.every((e) => e.kind === 'category'))
        continue;
      break;
    }
    lines.push(line);
    lineAtSeg.set(k, line);
  }

  // 3. options
  const freeOptions: ParsedOption[] = [];
  const freeWithout: BuiltLines['freeWithout'] = [];
  let neg = false;
  let qual: Qualifier | undefined;
  let optQty: number | undefined;
  for (let k = 0; k < n; k++) {
    const s = segs[k] as Segment;
    if (s.type === 'neg') {
      neg = true;
      continue;
    }
    if (s.type === 'qual') {
      qual = s.qualifier;
      neg = false;
      continue;
    }
    if (s.type === 'with') {
      neg = false;
      continue;
    }
    if (s.type === 'qty') {
      neg = false;
      optQty = quantityTargetsOption(segs, k, itemAt) ? s.value : undefined;
      continue;
    }
    if (s.type === 'and' || s.type === 'or') {
      const next = segs[k + 1];
      if (!(next?.type === 'lex' && itemAt[k + 1] === undefined && choicesOf(next).length > 0)) neg = false;
      continue;
    }
    if (s.type === 'break') {
      if (!s.comma) neg = false;
      continue;
    }
    if (s.type === 'word') {
      if (!ARTICLE.has(s.norm) && s.norm !== 'on') neg = false;
      continue;
    }
    if (itemAt[k] !== undefined || absorbed.has(k)) {
      neg = false;
      qual = undefined;
      optQty = undefined;
      continue;
    }
    const choices = choicesOf(s);
    if (choices.length === 0) {
      if (neg || qual) {
        const target = nearestLine(lines, k, clauseOf);
        if (target && s.entries.every((e) => e.kind !== 'category'))
          target.unresolved.push(`${neg ? 'no ' : ''}${text(s)}`);
      }
      qual = undefined;
      continue;
    }
    const target = attachTarget(segs, k, choices, itemAt, lineAtSeg, lines, clauseOf, index);
    const ch = target ? choices.find((c) => index.accepts(target.itemId, c.group)) : choices[0];
    if (!ch) continue;
    const choice = index.choice(ch.group, ch.choice);
    const choiceName = choice?.name ?? ch.choice;
    if (!target) {
      const ownTarget = clauseHasCategory(segs, k, clauseOf, itemAt);
      if (lines.length > 0 && !ownTarget) {
        nearestLine(lines, k, clauseOf)?.unresolved.push(text(s));
      } else if (neg) freeWithout.push({ group: ch.group, choice: ch.choice, choiceName });
      else freeOptions.push(option(ch, choiceName, optQty, qual));
    } else if (neg) {
      if (!target.without.some((w) => w.group === ch.group && w.choice === ch.choice))
        target.without.push({ group: ch.group, choice: ch.choice, choiceName });
    } else {
      target.options.push(option(ch, choiceName, optQty, qual));
    }
    qual = undefined;
    optQty = undefined;
  }

  const result: BuiltLines = { lines, freeOptions, freeWithout, ambiguous };
  applyOptionSwaps(result, segs, tokens);
  resolveImpliedItems(result, segs, tokens, index, shares);
  if (result.lines.length === 0) {
    const q = segs.find((s) => s.type === 'qty' && !s.article);
    if (q?.type === 'qty') result.bareQuantity = q.value;
  }
  return result;
}
