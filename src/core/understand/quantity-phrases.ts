import type { Choice } from '../../domain/menu-schema.ts';
import type { LineDraft } from './build-lines.ts';
import type { MenuIndex } from './menu-index.ts';
import type { Token } from './normalize.ts';
import { foldWord } from './normalize.ts';
import type { ParsedOption } from './parse-result.ts';
import type { Segment } from './segment.ts';

/** Quantity phrases around an item mention that the plain "number before the item" rule misses. */

/** Counts said without a number, before the item ("some samosas", "a few cokes", "several wings"). */
const VAGUE_COUNTS: ReadonlyArray<readonly string[]> = [
  ['a', 'few'],
  ['a', 'bunch', 'of'],
  ['a', 'handful', 'of'],
  ['a', 'number', 'of'],
  ['several'],
  ['some'],
  ['some', 'more'],
  ['few'],
  ['multiple'],
  ['many'],
  ['lots', 'of'],
  ['loads', 'of'],
  ['plenty', 'of'],
  ['a', 'lot', 'of'],
  ['tons', 'of'],
  ['a', 'ton', 'of'],
];
/** Always plural: the count is unknown even when the item word is singular ("a few coke"). */
const PLURAL_COUNTS = new Set(['few', 'several', 'multiple', 'many', 'bunch', 'handful', 'number']);

/**
 * "3 or 4 cokes", "two or three pizzas", "3-4 cokes": a range of counts right before the item (the
 * segment at `q` is the number next to it) is not one number: the quantity must be asked.
 */
export function rangeBefore(segs: readonly Segment[], q: number): boolean {
  const prev = segs[q - 1];
  if (prev?.type === 'qty' && !prev.article) return true;
  const link = segs[q - 1];
  const first = segs[q - 2];
  return (
    first?.type === 'qty' &&
    !first.article &&
    (link?.type === 'or' || (link?.type === 'word' && link.norm === 'to'))
  );
}

/**
 * A vague count right before the item mention at token `start` ("some samosas", "a few cokes"): the
 * quantity must be asked. "some" counts only before a plural ("some coke" is one drink).
 */
export function vagueCountBefore(tokens: readonly Token[], start: number, itemEnd: number): boolean {
  const plural = tokens
    .slice(start, itemEnd)
    .some((t) => !t.punct && (t.norm !== t.key || /[^su]s$/.test(t.norm)));
  for (const words of VAGUE_COUNTS) {
    const from = start - words.length;
    if (from < 0 || !words.every((w, o) => tokens[from + o]?.norm === w)) continue;
    if (plural || words.some((w) => PLURAL_COUNTS.has(w))) return true;
  }
  return false;
}

/** "garlic knots x2", "cokes x 3": a count after the item. Returns the count and the segments it used. */
export function trailingCount(
  segs: readonly Segment[],
  k: number,
): { value: number; segs: readonly number[] } | undefined {
  // "giant italian mikes way x2": the dish's own options may stand between it and the count
  let j = k + 1;
  while (j < segs.length && isOptionWord(segs[j] as Segment)) j++;
  const x = segs[j];
  const n = segs[j + 1];
  if (x?.type === 'word' && x.norm === 'x' && n?.type === 'qty' && !n.article)
    return { value: n.value, segs: [j + 1] };
  return undefined;
}

/** A choice-only word, a qualifier or "with": what may stand between a dish and its trailing "x2". */
function isOptionWord(s: Segment): boolean {
  if (s.type === 'qual' || s.type === 'with') return true;
  return (
    s.type === 'lex' &&
    s.entries.length > 0 &&
    s.entries.every((e) => e.kind === 'choice' || e.kind === 'group')
  );
}

const PIECE_NAME = /^(\d+)\s*-?\s*(?:pieces?|pcs?|count|ct)\b/i;
/** A count of the dish itself: "3 Tacos", "6 Wings". */
const DISH_COUNT = /^(\d+)\s+([a-z]+)/i;

/** The count a choice's name states in pieces ("10 pieces") or in the dish's own word ("3 Tacos"). */
function countInName(name: string, dish: ReadonlySet<string>): number {
  const piece = PIECE_NAME.exec(name);
  if (piece) return Number(piece[1]);
  const own = DISH_COUNT.exec(name);
  return own && dish.has(foldWord((own[2] as string).toLowerCase())) ? Number(own[1]) : Number.NaN;
}

/**
 * "10 wings" when wings are sold by piece count: the number picks the count choice ("10 pieces", or "3
 * Tacos" in the dish's own word) and the line is one order of it. Applies when the item has a
 * single-choice group whose choices are all such counts, the number matches one of them, and no choice
 * of that group was said.
 */
export function pieceCountChoice(
  line: LineDraft,
  index: MenuIndex,
  /** The dish word was said in the singular ("one taco"): a count of one may pick "1 Taco". */
  saidSingular = false,
): ParsedOption | undefined {
  if (!line.quantityExplicit || line.quantity < 1 || (line.quantity < 2 && !saidSingular)) return undefined;
  for (const g of countGroupsOf(index, line.itemId)) {
    if (line.options.some((o) => o.group === g.id)) continue;
    // "one taco" picks "1 Taco" only where the count names the dish; a piece count needs two or more
    if (line.quantity < 2 && !g.namesDish) continue;
    if (g.counts === undefined) continue;
    const at = g.counts.indexOf(line.quantity);
    const hit = g.choices[at];
    if (at >= 0 && hit) return { group: g.id, choice: hit.id, choiceName: hit.name, quantity: 1 };
  }
  return undefined;
}

/** A one-of group of an item, with the count each choice's name states (countInName). */
interface CountGroup {
  id: string;
  choices: readonly Choice[];
  /** The count of each choice; undefined when some choice states none. */
  counts: readonly number[] | undefined;
  /** Some choice counts the dish in its own word ("1 Taco"), not in pieces. */
  namesDish: boolean;
}

/** Each item's one-of groups read as counts, per menu index: they depend on the menu alone. */
const COUNT_GROUPS = new WeakMap<MenuIndex, Map<string, readonly CountGroup[]>>();

function countGroupsOf(index: MenuIndex, itemId: string): readonly CountGroup[] {
  let byItem = COUNT_GROUPS.get(index);
  if (!byItem) {
    byItem = new Map();
    COUNT_GROUPS.set(index, byItem);
  }
  let groups = byItem.get(itemId);
  if (groups === undefined) {
    const item = index.items.get(itemId);
    // (only the menu's own items are kept, so the memo is bounded by the menu)
    if (!item) return [];
    const dish = index.nameKeys.get(itemId) ?? new Set<string>();
    const read: CountGroup[] = [];
    for (const gid of item.optionGroups) {
      const group = index.groups.get(gid);
      if (group?.selection !== 'single') continue;
      const counts = group.choices.map((c) => countInName(c.name, dish));
      read.push({
        id: gid,
        choices: group.choices,
        counts: counts.some((n) => Number.isNaN(n)) ? undefined : counts,
        namesDish: group.choices.some((c) => !PIECE_NAME.test(c.name) && DISH_COUNT.test(c.name)),
      });
    }
    groups = read;
    byItem.set(itemId, groups);
  }
  return groups;
}

/**
 * "2 large pizzas one pepperoni one hawaiian", "two medium pizzas, a margherita and a meat lovers": a
 * counted category with options, then items of that category whose counts add up to the number. The
 * options said before the category belong to every one of those items.
 */
export function distributeHeadOptions(
  segs: readonly Segment[],
  lines: LineDraft[],
  itemAt: ReadonlyArray<string | undefined>,
  index: MenuIndex,
  /** The segment each attached option was read from. */
  optionSeg: ReadonlyMap<ParsedOption, number>,
): void {
  for (let h = 0; h < segs.length; h++) {
    const head = segs[h] as Segment;
    if (head.type !== 'qty' || head.article || head.value < 2) continue;
    // the head's options, then the category word
    const optionSegs: number[] = [];
    let c = h + 1;
    for (; c < segs.length; c++) {
      const s = segs[c] as Segment;
      if (itemAt[c] !== undefined) break;
      if (s.type === 'lex' && s.entries.some((e) => e.kind === 'choice')) optionSegs.push(c);
      else if (s.type !== 'qual') break;
    }
    const cat = segs[c];
    if (cat?.type !== 'lex' || itemAt[c] !== undefined) continue;
    const categories = new Set(cat.entries.flatMap((e) => (e.kind === 'category' ? [e.id] : [])));
    if (categories.size === 0 || optionSegs.length === 0) continue;
    const members: LineDraft[] = [];
    let count = 0;
    for (const l of lines) {
      if (l.seg <= c || count >= head.value) continue;
      if (!categories.has(index.items.get(l.itemId)?.category ?? '')) break;
      members.push(l);
      count += l.quantity;
    }
    if (members.length === 0 || count !== head.value) continue;
    const fromHead = (o: ParsedOption) => optionSegs.includes(optionSeg.get(o) ?? -1);
    // the options the head's words gave (to whichever line the general rule chose)
    const given = lines.flatMap((l) => l.options.filter(fromHead));
    for (const l of lines) l.options = l.options.filter((o) => !fromHead(o));
    for (const m of members)
      for (const o of given)
        if (index.accepts(m.itemId, o.group) && !m.options.some((x) => x.group === o.group))
          m.options.push({ ...o, quantity: 1 });
  }
}

const EVERY = new Set(['both', 'all', 'each']);

/**
 * "a diet pepsi and a root beer, both 20 oz", "two cokes and a sprite, all in cans": options after
 * "both" / "all" / "each" (and "of them") belong to every earlier line that can take them ("both on
 * wheat").
 */
export function distributeEveryOptions(
  segs: readonly Segment[],
  lines: LineDraft[],
  index: MenuIndex,
  optionSeg: ReadonlyMap<ParsedOption, number>,
): void {
  for (let e = 0; e < segs.length; e++) {
    const every = segs[e] as Segment;
    if (every.type !== 'word' || !EVERY.has(every.norm)) continue;
    const earlier = lines.filter((l) => l.seg < e);
    if (earlier.length < 2) continue;
    const after: number[] = [];
    for (let j = e + 1; j < segs.length; j++) {
      const s = segs[j] as Segment;
      // "both toasted", "both on wheat": a choice (also a group's word or an allergen), never a dish
      if (
        s.type === 'lex' &&
        s.entries.some((x) => x.kind === 'choice') &&
        s.entries.every((x) => x.kind !== 'item' && x.kind !== 'category')
      )
        after.push(j);
      else if (!(s.type === 'word' && ['of', 'them', 'those', 'in', 'on', 'with', 'please'].includes(s.norm)))
        if (s.type !== 'with' && s.type !== 'and' && s.type !== 'qual') break;
    }
    // "thin crust on both", "toasted for all of them": the choices said just before "on/for both"
    const prep = segs[e - 1];
    if (after.length === 0 && prep?.type === 'word' && ['on', 'for', 'to'].includes(prep.norm)) {
      for (let j = e - 2; j >= 0; j--) {
        const s = segs[j] as Segment;
        const choiceOnly =
          s.type === 'lex' &&
          s.entries.some((x) => x.kind === 'choice') &&
          s.entries.every((x) => x.kind !== 'item' && x.kind !== 'category');
        if (choiceOnly) after.push(j);
        else if (!(s.type === 'and' || s.type === 'qual' || s.type === 'with')) break;
      }
    }
    if (after.length === 0) continue;
    const first = Math.min(...after);
    const given = lines.flatMap((l) => l.options.filter((o) => after.includes(optionSeg.get(o) ?? -1)));
    for (const l of first < e ? lines.filter((x) => x.seg < first) : earlier)
      for (const o of given)
        if (index.accepts(l.itemId, o.group) && !l.options.some((x) => x.group === o.group))
          l.options.push({ ...o });
  }
}

const RESIZE_VERBS = new Set(['make', 'change', 'up', 'bump']);
const POINTER_WORDS = new Set(['it', 'that', 'them', 'those', 'this']);

/**
 * "a pepperoni pizza and make it two": a number after "make it" / "make that" with no item of its own
 * sets the quantity of the line said just before it in the same message.
 */
export function applyResizes(
  segs: readonly Segment[],
  lines: LineDraft[],
  itemAt: ReadonlyArray<string | undefined>,
): void {
  for (let q = 2; q < segs.length; q++) {
    const n = segs[q] as Segment;
    const ptr = segs[q - 1];
    const verb = segs[q - 2];
    if (n.type !== 'qty' || n.article || ptr?.type !== 'word' || verb?.type !== 'word') continue;
    if (!POINTER_WORDS.has(ptr.norm) || !RESIZE_VERBS.has(verb.norm)) continue;
    // the number counts no item of its own ("make it two cokes" names its item)
    const next = segs[q + 1];
    if (next && itemAt[q + 1] !== undefined) continue;
    const line = lines.filter((l) => l.seg < q).at(-1);
    if (!line) continue;
    line.quantity = Math.max(1, n.value);
    line.quantityExplicit = true;
  }
}

/** Words a bare "one more" may come with and still mean "one more of that" ("can I get two more please"). */
const MORE_COMPANIONS = new Set(
  'please thanks thank you of those them that the same i we would like can could get have give me us will take need want just ok okay and yes yeah actually also let make it'.split(
    ' ',
  ),
);

/** "one more please", "can we get two more of those": only a count that adds, and polite words. */
export function bareMoreCount(segs: readonly Segment[]): boolean {
  let more = false;
  for (const s of segs) {
    if (s.type === 'qty' && s.more) more = true;
    else if (s.type === 'break' || s.type === 'and' || s.type === 'qual') continue;
    else if (!(s.type === 'word' && MORE_COMPANIONS.has(s.norm))) return false;
  }
  return more;
}
