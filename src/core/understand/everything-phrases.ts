import type { LineDraft } from './build-lines.ts';
import { nearestLine, option } from './line-rules.ts';
import type { MenuIndex } from './menu-index.ts';
import { foldWord, normalize, type Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/**
 * Words that ask for every topping the shop puts on at no charge ("with everything", "the works",
 * "all the fixings"): generic ordering English, never from a venue. Matched on token keys.
 */
const EVERYTHING_WORDS: ReadonlySet<string> = new Set(['everything', 'work', 'fixing', 'fixin', 'trimming']);

/** Words in a group's name or aliases that mark it as the dish's toppings ("Veggies", "Toppings"). */
const TOPPING_GROUP_WORDS: ReadonlySet<string> = new Set(['topping', 'veggie', 'vegetable', 'veg', 'fixing']);

/** "all the veggies", "all of the toppings", "all veggies": words allowed between "all" and the group word. */
const ALL_GLUE: ReadonlySet<string> = new Set(['of', 'the']);

/** Where a customer asked for everything, and the groups the words named themselves ("all the veggies"). */
export interface EverythingMention {
  /** Segment index of the words. */
  seg: number;
  /** Groups the words name; empty for "everything" (the dish's toppings group is used). */
  groups: string[];
}

const keyAt = (tokens: readonly Token[], i: number) => (tokens[i] as Token | undefined)?.key ?? '';

/** True when the segment before `k` is "all", "all the", "all of the" (only glue words after "all"). */
export function allBefore(segs: readonly Segment[], tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const s = segs[j] as Segment;
    if (s.type !== 'word') return false;
    if (s.norm === 'all') return true;
    if (!ALL_GLUE.has(s.norm) || keyAt(tokens, s.start) !== s.norm) return false;
  }
  return false;
}

/**
 * Finds "everything" / "the works" / "all the fixings" (a word segment, or a group's alias such as
 * "the works"), "everything but …" (a negation starting with "everything"), and "all the <group word>"
 * ("all the veggies"). A menu phrase that is a choice or an item ("everything bagel", a pizza called
 * "the works") is not a mention: those segments are lexicon matches with such entries.
 */
export function everythingMentions(segs: readonly Segment[], tokens: readonly Token[]): EverythingMention[] {
  const out: EverythingMention[] = [];
  segs.forEach((s, k) => {
    const last = keyAt(tokens, s.end - 1);
    if (s.type === 'word' && EVERYTHING_WORDS.has(keyAt(tokens, s.start))) {
      // "the works" alone; "works" needs its article ("it works" is no order)
      if (last !== 'work' || keyAt(tokens, s.start - 1) === 'the') out.push({ seg: k, groups: [] });
    } else if (s.type === 'neg' && keyAt(tokens, s.start) === 'everything') out.push({ seg: k, groups: [] });
    else if (
      s.type === 'lex' &&
      s.entries.every((e) => e.kind === 'group' || e.kind === 'item' || e.kind === 'diet')
    ) {
      const groups = s.entries.flatMap((e) => (e.kind === 'group' ? [e.group] : []));
      if (groups.length === 0) return;
      if (
        allBefore(segs, tokens, k) ||
        (s.entries.every((e) => e.kind === 'group') && EVERYTHING_WORDS.has(last))
      )
        out.push({ seg: k, groups });
    }
  });
  return out;
}

/**
 * The dish's toppings group: the first of its multiple-choice groups whose name or aliases hold a
 * toppings word ("Veggies", "Toppings"); undefined when it has none.
 */
export function toppingsGroup(itemId: string, index: MenuIndex): string | undefined {
  const item = index.items.get(itemId);
  for (const g of item?.optionGroups ?? []) {
    const group = index.groups.get(g);
    if (group?.selection !== 'multiple') continue;
    const words = normalize([group.name, ...group.aliases].join(' ')).tokens.map((t) => foldWord(t.norm));
    if (words.some((w) => TOPPING_GROUP_WORDS.has(w))) return g;
  }
  return undefined;
}

/**
 * "with everything", "all the veggies", "the works": every free choice of the dish's toppings group
 * (or of the group the words name) that is not taken off, when the group has no defaults. A group
 * with defaults is the shop's standard build, so "everything" is already on the dish and nothing is
 * added ("everything but onions" only takes the onions off). Priced choices (avocado) are never added:
 * they are asked for by name. The line is the nearest one in the clause (`nearestLine`).
 */
export function applyEverything(
  mentions: readonly EverythingMention[],
  lines: LineDraft[],
  clauseOf: number[],
  index: MenuIndex,
): void {
  for (const m of mentions) {
    const line = nearestLine(lines, m.seg, clauseOf);
    if (!line) continue;
    const groupId =
      m.groups.find((g) => index.accepts(line.itemId, g)) ??
      (m.groups.length === 0 ? toppingsGroup(line.itemId, index) : undefined);
    const group = groupId ? index.groups.get(groupId) : undefined;
    if (group?.selection !== 'multiple' || group.choices.some((c) => c.default)) continue;
    for (const c of group.choices) {
      if (c.priceDelta !== 0) continue;
      const has = (o: { group: string; choice: string }) => o.group === group.id && o.choice === c.id;
      if (line.options.some(has) || line.without.some(has)) continue;
      line.options.push(option({ kind: 'choice', group: group.id, choice: c.id }, c.name, 1, undefined));
    }
  }
}
