import type { BuiltLines, LineDraft } from './build-lines.ts';
import { choicesBeforeWith, nameCarriesChoice, type SaidChoice } from './choice-named-dish.ts';
import { freeOptionSeg } from './free-option-seg.ts';
import { choicesOf, GLUE, items, PARTITIVE, weakItems } from './line-rules.ts';
import { type MenuIndex, PLACEHOLDER_PREFIX } from './menu-index.ts';
import type { Token } from './normalize.ts';
import type { ParsedOption } from './parse-result.ts';
import type { Segment } from './segment.ts';

/**
 * Items the customer implies rather than names, and per-unit option splits:
 *
 * - "a large **pizza** with mushrooms": a category word after a number or article, with no dish after it,
 *   stands for a dish of that category still to be chosen (a placeholder line, id `@<category>`).
 * - "**one** large with pepperoni and mushrooms": a number followed by options and "with", with no item
 *   said anywhere before, stands for a dish of any category (`@*`).
 * - "2 lattes, **one** with oat milk and **one** with almond milk": a number followed by "with"/"without"
 *   after an item with a larger count is a share of that line (the same item, its own options).
 *
 * After options are attached, {@link resolveImpliedItems} picks the dish for each placeholder by a rule
 * derived from the menu only (see `resolvePlaceholder`), or drops the placeholder when the options do not
 * say which dish (then the options stay free and the category is asked about, as before).
 */

const isChoiceOnly = (s: Segment) =>
  s.type === 'lex' && choicesOf(s).length > 0 && items(s).length === 0 && weakItems(s).length === 0;
const isFiller = (s: Segment) => s.type === 'qual' || (s.type === 'word' && GLUE.has(s.norm));
const isCategory = (s: Segment | undefined) =>
  s?.type === 'lex' && s.entries.some((e) => e.kind === 'category');
const namesItem = (s: Segment | undefined) => s?.type === 'lex' && s.entries.some((e) => e.kind === 'item');

/** Prepositions before what a dish comes on or in ("on a hero", "in a wrap", "as a bowl"). */
const CONTAINER_PREPOSITIONS = new Set(['on', 'in', 'as']);

/** Words right before a bare category word that make it a request ("I want pizza with olives"). */
const ORDER_WORDS = new Set(['want', 'need', 'get', 'order', 'take', 'like', 'love', 'me', 'us', 'please']);

/** Marks placeholder item mentions in `itemAt` before items are read (so "with cheese" reads as an option). */
export function markImpliedItems(
  segs: readonly Segment[],
  itemAt: Array<string | undefined>,
  index: MenuIndex,
): void {
  let itemBefore = false;
  /** The category of a counted placeholder earlier in the sentence ("three large pizzas: …"). */
  let countedCategory: string | undefined;
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k] as Segment;
    if (s.type === 'break' && !s.comma) countedCategory = undefined;
    if (namesItem(s) && !isChoiceOnly(s) && !isCategory(s) && !weakChoiceAfterWith(segs, k))
      itemBefore = true;
    // (c) "three large pizzas: 1 cheese, 1 pepperoni, 1 sausage": a number and options alone after a
    // counted category word is one more dish of that category
    if (s.type === 'qty' && !s.article && countedCategory && itemAt[k] === undefined) {
      let m = k + 1;
      while (m < segs.length && isChoiceOnly(segs[m] as Segment)) m++;
      const end = segs[m];
      if (
        m > k + 1 &&
        (end === undefined || end.type === 'break' || end.type === 'and' || end.type === 'qty')
      ) {
        itemAt[k] = `${PLACEHOLDER_PREFIX}${countedCategory}`;
        continue;
      }
    }
    // (a) "a large pizza with …"
    if (s.type === 'lex' && isCategory(s) && items(s).length === 0 && weakItems(s).length === 0) {
      let j = k - 1;
      // "a large mushroom and onion pizza": options, glue words and "and" between options
      const optionAnd = (m: number) =>
        segs[m]?.type === 'and' && segs[m - 1] !== undefined && isChoiceOnly(segs[m - 1] as Segment);
      while (j >= 0 && (isChoiceOnly(segs[j] as Segment) || isFiller(segs[j] as Segment) || optionAnd(j)))
        j--;
      const before = segs[j];
      // after a number or article, at the start ("large pie with pineapple"), or after an order word
      if (!(j < 0 || before?.type === 'qty' || (before?.type === 'word' && ORDER_WORDS.has(before.norm))))
        continue;
      // "a turkey on a hero", "the chicken in a wrap": after a dish, a category word that is also a
      // choice, put after "on"/"in"/"as", is what the dish comes on, not another dish
      const lead = segs[j - 1];
      if (
        itemBefore &&
        before?.type === 'qty' &&
        before.article &&
        lead?.type === 'word' &&
        CONTAINER_PREPOSITIONS.has(lead.norm) &&
        s.entries.some((e) => e.kind === 'choice')
      )
        continue;
      let m = k + 1;
      while (m < segs.length && isFiller(segs[m] as Segment)) m++;
      const next = segs[m];
      // "two pizzas margherita": the category word goes with the dish after it
      if (
        next?.type === 'lex' &&
        (items(next).length > 0 || weakItems(next).length > 0) &&
        !isChoiceOnly(next)
      )
        continue;
      const cat = s.entries.find((e) => e.kind === 'category');
      if (cat?.kind === 'category' && index.itemsInCategory(cat.id).length > 0) {
        itemAt[k] = `${PLACEHOLDER_PREFIX}${cat.id}`;
        if (before?.type === 'qty' && before.value > 1) countedCategory = cat.id;
      }
      continue;
    }
    // (e) "two mediums, one cheese and one meat lovers": a count and choices alone, then after a comma
    // counted dishes: a dish to be split into those (see splitIntoNamedDishes)
    if (s.type === 'qty' && !s.article && s.value > 1 && !itemBefore && itemAt[k] === undefined) {
      let m = k + 1;
      while (m < segs.length && isChoiceOnly(segs[m] as Segment)) m++;
      const brk = segs[m];
      const after = segs[m + 1];
      if (
        m > k + 1 &&
        brk?.type === 'break' &&
        brk.comma &&
        after?.type === 'qty' &&
        namesItem(segs[m + 2]) &&
        !isChoiceOnly(segs[m + 2] as Segment)
      ) {
        itemAt[k] = `${PLACEHOLDER_PREFIX}*`;
        continue;
      }
    }
    // (f) "a large pepperoni, a large sausage, …": after a dish, a new counted phrase of a size-like
    // (single) choice and a topping-like (multiple) choice alone is one more dish those choices imply
    if (
      s.type === 'qty' &&
      itemBefore &&
      itemAt[k] === undefined &&
      // "…, a large sausage", "1 lg pep 1 lg sausage": listed, or a bare number right after the dish
      (listed(segs[k - 1]) || (!s.article && segs[k - 1]?.type === 'lex')) &&
      !partOfCountBefore(segs, k, itemAt)
    ) {
      let m = k + 1;
      while (m < segs.length && isChoiceOnly(segs[m] as Segment)) m++;
      const end = segs[m];
      const run = segs.slice(k + 1, m).flatMap((x) => choicesOf(x));
      const selection = (c: (typeof run)[number]) => index.groups.get(c.group)?.selection;
      if (
        m > k + 2 &&
        (end === undefined || end.type === 'break' || end.type === 'and') &&
        run.some((c) => selection(c) === 'single') &&
        run.some((c) => selection(c) === 'multiple')
      ) {
        itemAt[k] = `${PLACEHOLDER_PREFIX}*`;
        continue;
      }
    }
    // (f') "small cheese, small pepperoni, small sausage": the same without a number, when the size-like
    // choice repeats one said earlier in the sentence (a list of parallel dishes)
    if (s.type === 'lex' && isChoiceOnly(s) && itemBefore && itemAt[k] === undefined && listed(segs[k - 1])) {
      let m = k;
      while (m < segs.length && isChoiceOnly(segs[m] as Segment)) m++;
      const end = segs[m];
      const run = segs.slice(k, m).flatMap((x) => choicesOf(x));
      const selection = (c: (typeof run)[number]) => index.groups.get(c.group)?.selection;
      const singles = new Set(run.filter((c) => selection(c) === 'single').map((c) => c.group));
      const repeated = segs.slice(0, k).some((x) => choicesOf(x).some((c) => singles.has(c.group)));
      if (
        m > k + 1 &&
        repeated &&
        (end === undefined || end.type === 'break' || end.type === 'and') &&
        run.some((c) => selection(c) === 'multiple')
      ) {
        itemAt[k] = `${PLACEHOLDER_PREFIX}*`;
        continue;
      }
    }
    // (b) "one large with pepperoni and mushrooms"
    if (s.type === 'qty' && !itemBefore) {
      let m = k + 1;
      while (m < segs.length && (isChoiceOnly(segs[m] as Segment) || isFiller(segs[m] as Segment))) m++;
      const marker = segs[m];
      if (m > k + 1 && (marker?.type === 'with' || marker?.type === 'neg') && !clauseNamesItem(segs, m))
        itemAt[k] = `${PLACEHOLDER_PREFIX}*`;
    }
  }
}

/**
 * "a large with pepperoni and …": a choice that is only a weak name of a dish (the Pepperoni Pizza's
 * "pepperoni"), said after "with" (over other choices and "and"), is a choice, no dish said before.
 */
function weakChoiceAfterWith(segs: readonly Segment[], k: number): boolean {
  const s = segs[k];
  if (choicesOf(s).length === 0 || items(s).length > 0) return false;
  for (let j = k - 1; j >= 0; j--) {
    const p = segs[j] as Segment;
    if (p.type === 'with') return true;
    if (
      p.type === 'and' ||
      isFiller(p) ||
      (p.type === 'lex' && choicesOf(p).length > 0 && items(p).length === 0)
    )
      continue;
    return false;
  }
  return false;
}

/** "2 lattes, one …": the number is a part of the count of the dish before it. */
function partOfCountBefore(
  segs: readonly Segment[],
  k: number,
  itemAt: ReadonlyArray<string | undefined>,
): boolean {
  const q = segs[k];
  // "two cheese pizzas and a large pepperoni": "a" starts a dish of its own, never a part of the two
  if (q?.type !== 'qty' || q.article) return false;
  for (let j = k - 1; j >= 0; j--) {
    const p = segs[j] as Segment;
    if (itemAt[j] === undefined && !(namesItem(p) && !isChoiceOnly(p))) continue;
    const counted = countBefore(segs, j, itemAt);
    return counted !== undefined && counted > q.value;
  }
  return false;
}

/** A comma or "and" that lists one more thing. */
const listed = (s: Segment | undefined) => (s?.type === 'break' && s.comma) || s?.type === 'and';

/** An item or category word after position `m` in the same clause (then the number counts that). */
function clauseNamesItem(segs: readonly Segment[], m: number): boolean {
  for (let j = m + 1; j < segs.length; j++) {
    const s = segs[j] as Segment;
    if (s.type === 'break' && !s.comma) return false;
    if (isCategory(s)) return true;
    if (s.type === 'lex' && items(s).length > 0 && !isChoiceOnly(s) && choicesOf(s).length === 0) return true;
  }
  return false;
}

/** Share segment → parent segment; sibling segment ("and one with …" after "one …") → first segment. */
export interface UnitShares {
  parentOf: ReadonlyMap<number, number>;
  siblingOf: ReadonlyMap<number, number>;
}

/**
 * Marks "one with oat milk" after "2 lattes" as a share of that line: the number's segment becomes a
 * mention of the same item. Returns share segment → parent segment.
 */
export function markUnitShares(
  segs: readonly Segment[],
  itemAt: Array<string | undefined>,
  index?: MenuIndex,
  /** Shares found before (`markArticleShares`): share segment → parent segment. */
  articleShares: ReadonlyMap<number, number> = new Map(),
): UnitShares {
  const parentOf = new Map<number, number>(articleShares);
  const siblingOf = new Map<number, number>();
  for (let k = 1; k < segs.length; k++) {
    const s = segs[k] as Segment;
    if (s.type !== 'qty' || s.article || itemAt[k] !== undefined) continue;
    if (!startsShare(segs, k, itemAt)) continue;
    // the nearest earlier item mention in the same sentence, through earlier shares
    let parent: number | undefined;
    for (let j = k - 1; j >= 0; j--) {
      const p = segs[j] as Segment;
      if (p.type === 'break' && !p.comma) break;
      if (itemAt[j] !== undefined) {
        parent = parentOf.get(j) ?? siblingOf.get(j) ?? j;
        break;
      }
    }
    if (parent === undefined) continue;
    // only a part of a larger count ("2 lattes, one with …"; not "a latte with two extra shots")
    const counted = countBefore(segs, parent, itemAt);
    const prev = segs[k - 1];
    const joined = prev?.type === 'and' || (prev?.type === 'break' && prev.comma === true);
    // "one pizza with ham and one with bacon": as many again, not a part
    if (counted === s.value && joined && segs[k + 1]?.type === 'with') {
      itemAt[k] = itemAt[parent];
      siblingOf.set(k, parent);
      continue;
    }
    if (counted === undefined || counted <= s.value) continue;
    if (index && contradictsWhole(segs, k, parent, index)) {
      // a dish of its own: the same item with its own count and choices
      itemAt[k] = itemAt[parent];
      siblingOf.set(k, parent);
      continue;
    }
    itemAt[k] = itemAt[parent];
    parentOf.set(k, parent);
  }
  return { parentOf, siblingOf };
}

/**
 * "three shakes: a strawberry, a cookies and cream and a pb": right after a counted dish, as many "a <choice>"
 * as its count, each with choices the dish takes, are its shares (fewer or more are not: "2 lattes and a
 * large" stays as it was read). Marks them on `itemAt`; returns share segment → parent segment.
 */
export function markArticleShares(
  segs: readonly Segment[],
  itemAt: Array<string | undefined>,
  index: MenuIndex,
): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (let j = 0; j < segs.length; j++) {
    const id = itemAt[j];
    if (id === undefined) continue;
    const counted = countBefore(segs, j, itemAt);
    if (counted === undefined || counted < 2) continue;
    const shares: number[] = [];
    let m = j + 1;
    if (segs[m]?.type === 'break') m++;
    for (;;) {
      const q = segs[m];
      if (q?.type !== 'qty' || !q.article || q.value !== 1 || itemAt[m] !== undefined) break;
      let c = m + 1;
      while (
        segs[c]?.type === 'lex' &&
        itemAt[c] === undefined &&
        isChoiceOnly(segs[c] as Segment) &&
        choicesOf(segs[c]).some((x) => index.accepts(id, x.group))
      )
        c++;
      if (c === m + 1) break;
      shares.push(m);
      const sep = segs[c];
      m = sep?.type === 'and' || (sep?.type === 'break' && sep.comma) ? c + 1 : c;
    }
    if (shares.length !== counted) continue;
    for (const a of shares) {
      itemAt[a] = id;
      parentOf.set(a, j);
    }
  }
  return parentOf;
}

/**
 * "2 vanilla shakes and 1 cookies n cream": a number whose choice replaces a single choice said for the
 * whole count (another flavor, another size) is a dish of its own, not a part of that count.
 */
function contradictsWhole(segs: readonly Segment[], k: number, parent: number, index: MenuIndex): boolean {
  const next = segs[k + 1];
  const optionSeg =
    next?.type === 'word' && (next.norm === 'in' || next.norm === 'as' || next.norm === 'on')
      ? segs[k + 2]
      : next;
  const own = choicesOf(optionSeg);
  if (own.length === 0) return false;
  const whole: ReturnType<typeof choicesOf> = [];
  for (let m = parent - 1; m >= 0; m--) {
    const p = segs[m] as Segment;
    if (p.type === 'qty') break;
    if (isChoiceOnly(p)) whole.push(...choicesOf(p));
    else if (!isFiller(p)) break;
  }
  // "3 tacos al pastor and 2 carne asada": the whole's choices said after its dish word count too
  for (let m = parent + 1; m < k; m++) {
    const p = segs[m] as Segment;
    if (isChoiceOnly(p)) whole.push(...choicesOf(p));
    else if (p.type !== 'and' && !(p.type === 'break' && p.comma === true) && !isFiller(p)) break;
  }
  const single = (group: string) => index.groups.get(group)?.selection === 'single';
  return whole.some(
    (w) =>
      single(w.group) &&
      own.some((o) => o.group === w.group && o.choice !== w.choice) &&
      !own.some((o) => o.group === w.group && o.choice === w.choice),
  );
}

/** The number said before an item mention, over options and glue words ("3 large pepperoni pizzas"). */
function countBefore(
  segs: readonly Segment[],
  j: number,
  itemAt: ReadonlyArray<string | undefined> = [],
): number | undefined {
  for (let m = j - 1; m >= 0; m--) {
    const p = segs[m] as Segment;
    if (p.type === 'qty') return p.value;
    // "2 large hot coffees": a word read as an option, not as a dish, may stand between too
    const readAsOption = itemAt[m] === undefined && choicesOf(p).length > 0;
    if (!isChoiceOnly(p) && !isFiller(p) && !readAsOption) return undefined;
  }
  return undefined;
}

/** "one with …", "one without …", "one extra …", "two in cans", "one on wheat", "one large": a share's own options follow. */
function startsShare(
  segs: readonly Segment[],
  k: number,
  itemAt: ReadonlyArray<string | undefined> = [],
): boolean {
  // "one of them with extra cheese": the partitive words point back at the count
  let n = k + 1;
  while (segs[n]?.type === 'word' && PARTITIVE.has((segs[n] as Extract<Segment, { type: 'word' }>).norm)) n++;
  // only a pronoun closes it ("one of them"; not "one of the large")
  if (n > k + 1 && (segs[n - 1] as Extract<Segment, { type: 'word' }>).norm === 'of') return false;
  const next = segs[n];
  if (next?.type === 'with' || next?.type === 'neg' || next?.type === 'qual') return true;
  // "one in a can", "one as a wrap", "one on wheat"
  const at =
    next?.type === 'word' && (next.norm === 'in' || next.norm === 'as' || next.norm === 'on') ? n + 1 : n;
  const option = segs[at];
  // a phrase that is also a dish counts when it was read as the choice ("one oat")
  const readAsOption = option !== undefined && itemAt[at] === undefined && choicesOf(option).length > 0;
  if (option === undefined || !(isChoiceOnly(option) || readAsOption)) return false;
  // "2 cokes, one large": not when the option goes on an item said right after ("one large pizza"), also
  // over glue words ("and two cans of sprite", "two 2 liters of pepsi")
  let m = at + 1;
  while (segs[m]?.type === 'word' && GLUE.has((segs[m] as Extract<Segment, { type: 'word' }>).norm)) m++;
  const after = segs[m];
  return !(
    after?.type === 'lex' &&
    (items(after).length > 0 || weakItems(after).length > 0 || isCategory(after))
  );
}

/**
 * Applies shares (the parent keeps the units no share took, shares inherit its options) and resolves
 * placeholders to menu items, in place on `built`.
 */
export function resolveImpliedItems(
  built: BuiltLines,
  segs: readonly Segment[],
  tokens: readonly Token[],
  index: MenuIndex,
  { parentOf, siblingOf }: UnitShares,
): void {
  applyShares(built, segs, index, parentOf);
  applySiblings(built, segs, index, siblingOf);
  splitIntoNamedDishes(built, segs, index);
  mergeNamedDishes(built, segs, index);
  nameWordDishes(built, segs, tokens, index);
  const keep: LineDraft[] = [];
  for (const line of built.lines) {
    const counted = segs[line.seg];
    if (counted?.type === 'qty' && !parentOf.has(line.seg)) {
      // "one large with …": the number is the implied dish's count
      line.quantity = Math.max(1, counted.value);
      line.quantityExplicit = true;
    }
    if (!line.itemId.startsWith(PLACEHOLDER_PREFIX)) {
      keep.push(line);
      continue;
    }
    // "3 medium pizzas, one with extra cheese": the units without options of their own are the plain dish
    const plain = [...parentOf.values()].includes(line.seg);
    const picked = resolvePlaceholder(
      line,
      index,
      plain,
      withAfter(segs, line.seg),
      choicesBeforeWith(segs, line.seg),
    );
    if (picked && 'tied' in picked) {
      // several different dishes fit equally: ask which; the one picked takes the options said ("a side
      // of ranch": the side chosen comes with ranch)
      const s = segs[line.seg];
      const text = s
        ? tokens
            .slice(s.start, s.end)
            .map((t) => t.norm)
            .join(' ')
        : '';
      const choices = [
        ...new Set(
          line.options
            .filter((o) => picked.tied.some((id) => index.sameChoiceOn(id, o.group, o.choice)))
            .map((o) => o.choice),
        ),
      ];
      built.ambiguous.push({ text, ids: picked.tied, ...(choices.length > 0 ? { choices } : {}) });
      continue;
    }
    if (picked) {
      keep.push(picked);
      continue;
    }
    built.freeOptions.push(...line.options);
    built.freeWithout.push(...line.without);
  }
  built.lines = keep;
}

/** A "with" after segment `k` before the next dish, number or sentence break: options added to it. */
function withAfter(segs: readonly Segment[], k: number): boolean {
  let saidChoice = false;
  for (let j = k + 1; j < segs.length; j++) {
    const s = segs[j] as Segment;
    if (s.type === 'with') return true;
    if (
      (s.type === 'break' && !s.comma) ||
      (s.type === 'qty' && saidChoice) ||
      (namesItem(s) && !isChoiceOnly(s))
    )
      return false;
    if (isChoiceOnly(s)) saidChoice = true;
  }
  return false;
}

/** "and one with bacon": its own count and options, with the first one's single-choice options (size). */
function applySiblings(
  built: BuiltLines,
  segs: readonly Segment[],
  index: MenuIndex,
  siblingOf: ReadonlyMap<number, number>,
): void {
  const bySeg = new Map(built.lines.map((l) => [l.seg, l]));
  for (const [seg, firstSeg] of siblingOf) {
    const line = bySeg.get(seg);
    const first = bySeg.get(firstSeg);
    const qty = segs[seg];
    if (!line || !first || qty?.type !== 'qty') continue;
    line.quantity = qty.value;
    line.quantityExplicit = true;
    const single = first.options.filter(
      (o) =>
        index.groups.get(o.group)?.selection === 'single' && !line.options.some((x) => x.group === o.group),
    );
    line.options = [...single.map((o) => ({ ...o })), ...line.options];
  }
}

function applyShares(
  built: BuiltLines,
  segs: readonly Segment[],
  index: MenuIndex,
  parentOf: ReadonlyMap<number, number>,
): void {
  if (parentOf.size === 0) return;
  const bySeg = new Map(built.lines.map((l) => [l.seg, l]));
  const drop = new Set<LineDraft>();
  for (const [shareSeg, parentSeg] of parentOf) {
    const share = bySeg.get(shareSeg);
    const parent = bySeg.get(parentSeg);
    const qty = segs[shareSeg];
    if (!share || !parent || qty?.type !== 'qty') continue;
    share.quantity = qty.value;
    share.quantityExplicit = true;
    const single = (g: string) => index.groups.get(g)?.selection === 'single';
    const inherited = parent.options.filter(
      (o) => !share.options.some((s) => s.group === o.group && (single(o.group) || s.choice === o.choice)),
    );
    share.options = [...inherited.map((o) => ({ ...o })), ...share.options];
    const without = parent.without.filter(
      (w) => !share.without.some((s) => s.group === w.group && s.choice === w.choice),
    );
    share.without = [...without.map((w) => ({ ...w })), ...share.without];
    if (parent.quantityExplicit && parent.quantity > share.quantity) parent.quantity -= share.quantity;
    else if (parent.quantityExplicit && parent.quantity === share.quantity) drop.add(parent);
    else {
      // "a latte, one with oat milk": no units to share; the options were the line's own
      parent.options.push(...share.options.filter((o) => !parent.options.includes(o)));
      drop.add(share);
    }
  }
  built.lines = built.lines.filter((l) => !drop.has(l));
}

/**
 * "two pizzas, one large pepperoni and one small cheese": a counted placeholder followed in the same
 * sentence by counted dishes of its category that add up to its count is those dishes (they take its
 * options where they have none of the group).
 */
function splitIntoNamedDishes(built: BuiltLines, segs: readonly Segment[], index: MenuIndex): void {
  const drop = new Set<LineDraft>();
  built.lines.forEach((p, i) => {
    const scope = p.itemId.slice(PLACEHOLDER_PREFIX.length);
    // "two mediums, …": a number that is itself the mention is the placeholder's count
    const own = segs[p.seg];
    const whole = own?.type === 'qty' ? own.value : p.quantityExplicit ? p.quantity : 0;
    if (!p.itemId.startsWith(PLACEHOLDER_PREFIX) || whole < 2) return;
    const parts: LineDraft[] = [];
    let sum = 0;
    for (const l of built.lines.slice(i + 1)) {
      if (segs.slice(p.seg, l.seg).some((s) => s.type === 'break' && !s.comma)) break;
      const cat = l.itemId.startsWith(PLACEHOLDER_PREFIX)
        ? l.itemId.slice(PLACEHOLDER_PREFIX.length)
        : index.items.get(l.itemId)?.category;
      // a number that is itself the mention ("1 sausage") is the line's count
      const said = segs[l.seg];
      const count = said?.type === 'qty' ? said.value : l.quantityExplicit ? l.quantity : undefined;
      if (count === undefined || (scope !== '*' && cat !== scope) || sum + count > whole) break;
      parts.push(l);
      sum += count;
      if (sum === whole) break;
    }
    if (sum !== whole) return;
    for (const l of parts)
      l.options = [...p.options.filter((o) => !l.options.some((x) => x.group === o.group)), ...l.options];
    drop.add(p);
  });
  built.lines = built.lines.filter((l) => !drop.has(l));
}

/**
 * "two medium pies with ham and pineapple" where "ham and pineapple" names a dish of that category: the
 * placeholder is that dish (the dish line takes its count and options).
 */
function mergeNamedDishes(built: BuiltLines, segs: readonly Segment[], index: MenuIndex): void {
  const drop = new Set<LineDraft>();
  for (let i = 0; i + 1 < built.lines.length; i++) {
    const p = built.lines[i] as LineDraft;
    const dish = built.lines[i + 1] as LineDraft;
    if (!p.itemId.startsWith(PLACEHOLDER_PREFIX) || dish.itemId.startsWith(PLACEHOLDER_PREFIX)) continue;
    const scope = p.itemId.slice(PLACEHOLDER_PREFIX.length);
    if (scope !== '*' && index.items.get(dish.itemId)?.category !== scope) continue;
    const between = segs.slice(p.seg + 1, dish.seg);
    const viaWith =
      between.some((s) => s.type === 'with') && between.every((s) => s.type === 'with' || isFiller(s));
    // "2 large pizzas, both pepperoni": "both"/"all"/"each" then the dish they all are
    const every = (s: Segment) => s.type === 'word' && ['both', 'all', 'each'].includes(s.norm);
    const viaEvery =
      between.some(every) && between.every((s) => every(s) || isFiller(s) || (s.type === 'break' && s.comma));
    if (!viaWith && !viaEvery) continue;
    if (!dish.quantityExplicit && p.quantityExplicit) {
      dish.quantity = p.quantity;
      dish.quantityExplicit = true;
    }
    dish.options = [...p.options, ...dish.options];
    dish.without = [...p.without, ...dish.without];
    drop.add(p);
  }
  built.lines = built.lines.filter((l) => !drop.has(l));
}

/**
 * "a bbq pizza", "a chicken pizza": option words said before the category word that are also words of
 * dish names in that category name those dishes (BBQ Chicken Pizza; BBQ and Buffalo Chicken Pizza).
 * One dish: the line is that dish, without the name's words as options. Several: the customer is asked
 * which (an ambiguous mention). Words no dish name has ("large") stay options.
 */
function nameWordDishes(
  built: BuiltLines,
  segs: readonly Segment[],
  tokens: readonly Token[],
  index: MenuIndex,
): void {
  const drop = new Set<LineDraft>();
  for (const line of built.lines) {
    const scope = line.itemId.slice(PLACEHOLDER_PREFIX.length);
    if (!line.itemId.startsWith(PLACEHOLDER_PREFIX) || scope === '*' || segs[line.seg]?.type !== 'lex')
      continue;
    const dishes = index.itemsInCategory(scope).filter((i) => i.available);
    let named = dishes;
    const nameChoices = new Set<string>();
    const said: string[] = [];
    for (let j = line.seg - 1; j >= 0 && isChoiceOnly(segs[j] as Segment); j--) {
      const s = segs[j] as Segment;
      const words = tokens.slice(s.start, s.end).map((t) => t.key);
      const having = named.filter((i) => words.every((w) => index.dishWords(i.id).has(w)));
      if (having.length === 0) continue;
      named = having;
      said.unshift(words.join(' '));
      for (const c of choicesOf(s)) nameChoices.add(c.choice);
    }
    if (nameChoices.size === 0 || named.length === dishes.length) continue;
    const options = line.options.filter((o) => !nameChoices.has(o.choice));
    if (named.length === 1) {
      const dish = named[0] as (typeof named)[number];
      Object.assign(line, { itemId: dish.id, name: dish.name, options });
      continue;
    }
    built.ambiguous.push({ text: said.join(' '), ids: named.map((i) => i.id) });
    built.freeOptions.push(...options);
    drop.add(line);
  }
  built.lines = built.lines.filter((l) => !drop.has(l));
}

interface Fit {
  itemId: string;
  score: number;
  options: ParsedOption[];
  without: LineDraft['without'];
  /** Defaults of its multiple-choice groups the customer did not name. */
  unasked: number;
  /** Some option was of a multiple-choice group (a topping, an add-on): it says which dish. */
  telling: boolean;
}

/**
 * The dish a placeholder stands for: among the items of its category (any item for `@*`) that accept
 * every option said, the one that needs the fewest changes: options said that it does not include
 * (additions), plus defaults of its multiple-choice groups not said (what the customer did not ask
 * for), plus defaults said away. "a pizza with mushrooms and onions" is a cheese pizza with two
 * additions rather than a veggie pizza with four unasked toppings; "a pizza with ham and pineapple" is
 * the Hawaiian. Ties between equivalent items (same option groups and price) go to the first on the
 * menu; other ties, or options that only say size or crust, leave the dish to be asked.
 */
function resolvePlaceholder(
  line: LineDraft,
  index: MenuIndex,
  plain = false,
  /** The options were said after "with" ("a large with pepperoni"): additions to the dish unnamed. */
  withAdditions = false,
  /** The choices said before that "with" ("a large pepperoni with …"): they may name the dish. */
  opening: readonly SaidChoice[] = [],
): LineDraft | { tied: string[] } | undefined {
  const scope = line.itemId.slice(PLACEHOLDER_PREFIX.length);
  const candidates = index.menu.items.filter((i) => i.available && (scope === '*' || i.category === scope));
  const fits: Fit[] = [];
  for (const item of candidates) {
    const fit = fitOf(item.id, line, index);
    if (fit) fits.push(fit);
  }
  if (fits.length === 0) return undefined;
  // fewest changes; then fewest things not asked for
  const best = Math.min(...fits.map((f) => f.score));
  const fewestUnasked = Math.min(...fits.filter((f) => f.score === best).map((f) => f.unasked));
  let top = fits.filter((f) => f.score === best && f.unasked === fewestUnasked);
  if (!(top[0] as Fit).telling && !plain) return undefined;
  // "a large with pepperoni" on a menu where the bare noun ("pizza") is a dish of its own: the dish
  // the customer left unnamed is the one that noun names, with the options as additions
  // ("a large pepperoni with mushrooms": unless a choice said before "with" is a word of the name of a
  // dish that fits best, the Pepperoni Pizza: that word named the dish, the rest are its additions)
  const named = top.some((f) => nameCarriesChoice(index, f.itemId, opening));
  const generic = withAdditions && !named ? genericDish(fits, index) : undefined;
  if (generic) top = [generic];
  const first = top[0] as Fit;
  const a = index.items.get(first.itemId);
  const equivalent = top.every((f) => {
    const b = index.items.get(f.itemId);
    return (
      b !== undefined &&
      a !== undefined &&
      b.price.amount === a.price.amount &&
      b.optionGroups.join() === a.optionGroups.join()
    );
  });
  if (!equivalent) return { tied: top.map((f) => f.itemId) };
  return {
    ...line,
    itemId: first.itemId,
    name: a?.name ?? first.itemId,
    options: first.options,
    without: first.without,
  };
}

/**
 * Among the dishes that fit, the one named by a bare head noun the others' names end with: "Pizza"
 * (alias "pizza", "pie") when "Pepperoni Pizza", "Margherita Pizza" and "Hawaiian Pie" fit too.
 * Undefined when no such dish, or fewer than two others carry its noun.
 */
function genericDish(fits: readonly Fit[], index: MenuIndex): Fit | undefined {
  const phrases = (id: string) => {
    const item = index.items.get(id);
    return item ? [item.name, ...item.aliases].map((a) => a.toLowerCase().trim()) : [];
  };
  for (const f of fits) {
    const nouns = phrases(f.itemId).filter((a) => /^[a-z]+$/.test(a));
    for (const noun of nouns) {
      const others = fits.filter(
        (o) => o.itemId !== f.itemId && phrases(o.itemId).some((a) => a.endsWith(` ${noun}`)),
      );
      if (others.length >= 2) return f;
    }
  }
  return undefined;
}

function fitOf(itemId: string, line: LineDraft, index: MenuIndex): Fit | undefined {
  const item = index.items.get(itemId);
  if (!item) return undefined;
  const options: ParsedOption[] = [];
  const without: LineDraft['without'] = [];
  const said = new Set<string>();
  let score = 0;
  let telling = false;
  for (const o of line.options) {
    const at = index.sameChoiceOn(itemId, o.group, o.choice);
    if (!at) return undefined;
    said.add(`${at.group}/${at.choice}`);
    const group = index.groups.get(at.group);
    if (group?.selection === 'multiple') telling = true;
    const isDefault = index.choice(at.group, at.choice)?.default === true;
    if (isDefault && !o.qualifier && o.quantity <= 1) continue;
    if (!isDefault) score++;
    options.push({ ...o, group: at.group, choice: at.choice });
  }
  for (const w of line.without) {
    const at = index.sameChoiceOn(itemId, w.group, w.choice);
    if (!at) return undefined;
    said.add(`${at.group}/${at.choice}`);
    if (index.groups.get(at.group)?.selection === 'multiple') telling = true;
    if (index.choice(at.group, at.choice)?.default === true) score++;
    without.push({ ...w, group: at.group, choice: at.choice });
  }
  let unasked = 0;
  for (const g of item.optionGroups) {
    const group = index.groups.get(g);
    if (group?.selection !== 'multiple') continue;
    for (const c of group.choices) if (c.default && !said.has(`${g}/${c.id}`)) unasked++;
  }
  // a topping the customer did not ask for weighs twice an addition: a cashier rings "ham, bacon and
  // sausage" as a plain pie with three toppings, not a Meat Lovers with two more meats
  return { itemId, score: score + 2 * unasked, unasked, options, without, telling };
}

/**
 * "large mushroom and onion", "medium thin crust with sausage and mushrooms": options no dish named in
 * the message takes (a message of options alone, or options besides other dishes), with nothing in the
 * cart and no question pending, are a dish still to be chosen, like "one
 * large with …" (rule (b) of `markImpliedItems`). Only when at least two options were said, one of
 * them a choice of a required group (a size: a dish's own question), no group twice, nothing taken
 * off; the dish is picked from the menu as for any placeholder (`resolvePlaceholder`). In place on
 * `built`; the caller checks the cart and the pending question.
 */
export function impliedFromOptionsAlone(
  built: BuiltLines,
  index: MenuIndex,
  segs: readonly Segment[] = [],
): void {
  const stray = built.lines.length > 0 ? (built.stray ?? []) : [];
  const opts =
    built.lines.length > 0 ? stray.flatMap((x) => (x.option ? [x.option] : [])) : built.freeOptions;
  const without =
    built.lines.length > 0 ? stray.flatMap((x) => (x.without ? [x.without] : [])) : built.freeWithout;
  if (built.ambiguous.length > 0 || opts.length < 2 || (built.lines.length === 0 && without.length > 0))
    return;
  if (!oneDishOfOptions(opts, index)) {
    // "a large pepperoni and a small cheese": a group said twice, each time in a clause of its own
    // opened by a count after "and" or a comma, is two dishes, each picked from its own options
    if (built.lines.length === 0) dishesOfCountedClauses(built, opts, index, segs);
    return;
  }
  const line: LineDraft = {
    itemId: `${PLACEHOLDER_PREFIX}*`,
    name: '',
    quantity: 1,
    quantityExplicit: false,
    options: [...opts],
    without: [...without],
    unresolved: [],
    span: [0, 0],
    action: 'add',
    seg: -1,
  };
  const picked = resolvePlaceholder(line, index, false, withAfter(segs, -1), choicesBeforeWith(segs, -1));
  if (!picked || 'tied' in picked) return;
  // "large thin crust with spinach and a 20 oz dr pepper": the other dishes named take none of these
  // options (else they would not be free), so the options are one more dish of their own
  for (const x of stray) {
    const at = x.line.unresolved.indexOf(x.text);
    if (at >= 0) x.line.unresolved.splice(at, 1);
  }
  built.lines = [picked, ...built.lines];
  if (stray.length === 0) built.freeOptions = [];
}

/**
 * With dishes in the cart: "a medium mushroom and a large sausage" names a group twice, each in a
 * clause of its own opened by a count, so the options are new dishes (no one cart line takes two
 * sizes), read as `impliedFromOptionsAlone` reads them with nothing in the cart. Otherwise nothing
 * changes. In place on `built`.
 */
export function impliedFromCountedClauses(
  built: BuiltLines,
  index: MenuIndex,
  segs: readonly Segment[],
): void {
  const opts = built.freeOptions;
  if (built.lines.length > 0 || built.ambiguous.length > 0 || built.freeWithout.length > 0) return;
  if (opts.length < 4 || oneDishOfOptions(opts, index)) return;
  dishesOfCountedClauses(built, opts, index, segs);
}

/** Options that can be one dish's: no single-choice group twice, one of them a required group's. */
function oneDishOfOptions(opts: readonly ParsedOption[], index: MenuIndex): boolean {
  const single = opts.filter((o) => index.groups.get(o.group)?.selection === 'single').map((o) => o.group);
  if (new Set(single).size !== single.length) return false;
  return opts.some((o) => (index.groups.get(o.group)?.min ?? 0) >= 1);
}

/**
 * "a large pepperoni and a small cheese", nothing else named: the options split into clauses, each
 * opened by a count right after "and" or a comma; when every clause holds at least two options that can
 * be one dish's and each picks one dish (`resolvePlaceholder`, no tie), each is a line of its own, in
 * order. Otherwise nothing changes (the options stay free). In place on `built`.
 */
function dishesOfCountedClauses(
  built: BuiltLines,
  opts: readonly ParsedOption[],
  index: MenuIndex,
  segs: readonly Segment[],
): void {
  const at = opts.map((o) => freeOptionSeg(o));
  if (at.some((k) => k === undefined)) return;
  const clauses: ParsedOption[][] = [];
  let last = -1;
  opts.forEach((o, i) => {
    const k = at[i] as number;
    if (clauses.length === 0 || opensCountedClause(segs, last, k)) clauses.push([]);
    (clauses.at(-1) as ParsedOption[]).push(o);
    last = k;
  });
  if (clauses.length < 2 || clauses.some((c) => c.length < 2 || !oneDishOfOptions(c, index))) return;
  const lines: LineDraft[] = [];
  for (const clause of clauses) {
    const line: LineDraft = {
      itemId: `${PLACEHOLDER_PREFIX}*`,
      name: '',
      quantity: 1,
      quantityExplicit: false,
      options: [...clause],
      without: [],
      unresolved: [],
      span: [0, 0],
      action: 'add',
      seg: -1,
    };
    const picked = resolvePlaceholder(line, index, false, false);
    if (!picked || 'tied' in picked) return;
    lines.push(picked);
  }
  built.lines = lines;
  built.freeOptions = [];
}

/** Between segments `from` and `to`: "and" or a comma, then a count (glue words aside). */
function opensCountedClause(segs: readonly Segment[], from: number, to: number): boolean {
  let joined = false;
  for (let k = from + 1; k < to; k++) {
    const s = segs[k] as Segment;
    if (s.type === 'and' || (s.type === 'break' && s.comma === true)) joined = true;
    else if (s.type === 'qty') return joined;
    else if (!(s.type === 'word' && GLUE.has(s.norm))) return false;
  }
  return false;
}
