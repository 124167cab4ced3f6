import type { LineDraft } from './build-lines.ts';
import { definedDish } from './defined-dish.ts';
import { type MenuIndex, phraseKey } from './menu-index.ts';

/**
 * "a single cheeseburger with a coke" where the burger's drinks are its combo's (a group offered only
 * with the combo, `offeredWith`): a choice of a group the line is not offered leaves it. The line holds
 * the gate when its own options do, or (a change of a cart dish) when a cart line of that dish does
 * (`gates`, `ParseContext.cartGates`). The choice becomes a line of its own of the one dish it defines
 * (in a required group the dish is offered: the fountain soda's Coke), one for each of the line's
 * count; a choice defining no dish ("large") goes on the nearest such new dish taking it ("with large
 * fries"); else it stays on the line as words the dish does not take, which the engine says back. A
 * gate named with its choice ("a large combo": a combo size whose name holds the Combo said) is put on
 * the line first. Lines without such a choice pass as they are.
 */
export function ungatedChoices(
  lines: readonly LineDraft[],
  index: MenuIndex,
  gates: readonly string[] = [],
  /** The message's folded words: a "large combo" said holds the combo its name holds. */
  said?: string,
): LineDraft[] {
  const out: LineDraft[] = [];
  for (const given of lines) {
    const line = given.action === 'remove' ? given : withNamedGates(given, index, gates, said);
    const held = heldOn(line.itemId, line.options, line.action === 'update' ? gates : []);
    const moved = line.options.filter((o) => !index.offered(o.group, held));
    if (moved.length === 0 || line.action === 'remove') {
      out.push(line);
      continue;
    }
    const kept: LineDraft = {
      ...line,
      options: line.options.filter((o) => !moved.includes(o)),
      unresolved: [...line.unresolved],
    };
    const own = moved.map((o) => dishOfChoice(o, line.itemId, index, said)?.(line));
    // "with large fries": a choice defining no dish ("large") goes on the nearest dish after it (else
    // before it) that the moved choices made and that takes it
    const near = (k: number) => [...own.slice(k + 1), ...own.slice(0, k).reverse()];
    moved.forEach((o, k) => {
      if (own[k]) return;
      const host = near(k).find((d) => d && index.sameChoiceOn(d.itemId, o.group, o.choice));
      const at = host && index.sameChoiceOn(host.itemId, o.group, o.choice);
      if (host && at)
        host.options.push({
          ...o,
          ...at,
          choiceName: index.choice(at.group, at.choice)?.name ?? o.choiceName,
        });
      else kept.unresolved.push(o.choiceName.toLowerCase());
    });
    out.push(kept, ...own.filter((d): d is LineDraft => d !== undefined));
  }
  return out;
}

/** The dish a choice defines on its own (another dish's required, offered group holding the same choice). */
function dishOfChoice(
  o: LineDraft['options'][number],
  from: string,
  index: MenuIndex,
  said?: string,
): ((line: LineDraft) => LineDraft) | undefined {
  const on = new Map<string, { group: string; choice: string }>();
  for (const item of index.menu.items) {
    if (item.id === from || !item.available) continue;
    const at = index.sameChoiceOn(item.id, o.group, o.choice);
    const group = at && index.groups.get(at.group);
    if (at && group && group.min > 0 && !group.offeredWith) on.set(item.id, at);
  }
  const dish = definedDish([[...on.values()]], [...on.keys()], index);
  const at = dish ? on.get(dish) : undefined;
  // "a burger with a lemonade": the dish named with the choice (Fresh Lemonade) before a bundle the
  // choice only partly defines (the kids meal's drink, one of its main, side and drink)
  const named = namedDish(o, from, index, said);
  if (!dish || !at || (named && requiredCount(dish, index) > 1)) return named;
  const count = saidCount(said, choiceKeys(o, index));
  return (line) => ({
    itemId: dish,
    name: index.items.get(dish)?.name ?? dish,
    // "2 hamburgers with cokes": a drink for each; "… and a coke": one
    quantity: count ?? line.quantity,
    quantityExplicit: false,
    options: [
      {
        ...o,
        group: at.group,
        choice: at.choice,
        choiceName: index.choice(at.group, at.choice)?.name ?? o.choiceName,
      },
    ],
    without: [],
    unresolved: [],
    span: line.span,
    action: 'add',
    seg: -1,
  });
}

/**
 * What a line of `itemId` holds for its gates: the `options` said and the gates its cart lines hold
 * (`gates`, `itemId/group/choice`).
 */
export function heldOn(
  itemId: string,
  options: readonly { group: string; choice: string }[],
  gates: readonly string[],
): { group: string; choice: string }[] {
  const held = [...options];
  for (const key of gates) {
    const [item, group, choice] = key.split('/');
    if (item === itemId && group && choice) held.push({ group, choice });
  }
  return held;
}

/**
 * "make it a large combo": a choice of a gated group whose name holds the gate said (`MenuIndex.offered`
 * with the message's words) brings the gate's one choice onto the line when the line lacks it, so the
 * combo is charged, never only its size.
 */
function withNamedGates(
  line: LineDraft,
  index: MenuIndex,
  gates: readonly string[],
  said?: string,
): LineDraft {
  if (said === undefined) return line;
  const held = heldOn(line.itemId, line.options, line.action === 'update' ? gates : []);
  const added: LineDraft['options'] = [];
  for (const o of line.options) {
    const gate = index.groups.get(o.group)?.offeredWith;
    if (!gate || index.offered(o.group, [...held, ...added]) || !index.offered(o.group, held, said)) continue;
    const choices = (index.groups.get(gate.group)?.choices ?? []).filter(
      (c) => gate.choices?.includes(c.id) ?? true,
    );
    const only = choices.length === 1 ? choices[0] : undefined;
    if (only && index.accepts(line.itemId, gate.group))
      added.push({ group: gate.group, choice: only.id, choiceName: only.name, quantity: 1 });
  }
  return added.length === 0 ? line : { ...line, options: [...added, ...line.options] };
}

/** How many of the dish's option groups are required (min ≥ 1). */
function requiredCount(itemId: string, index: MenuIndex): number {
  return (index.items.get(itemId)?.optionGroups ?? []).filter((g) => (index.groups.get(g)?.min ?? 0) > 0)
    .length;
}

/**
 * Whether `part`'s words end the name, as its head noun ("fresh lemonade" is a lemonade; "root beer
 * float" is a float, not a root beer).
 */
function headedBy(name: string, part: string): boolean {
  return ` ${name}`.endsWith(` ${part}`);
}

/**
 * "a double cheeseburger with onion rings" (a combo side, and a dish of that name): the one other dish
 * whose name is the choice's name or an alias of it, ordered plain; else the one whose name ends in it,
 * its head noun ("with a lemonade": Fresh Lemonade).
 */
function namedDish(
  o: LineDraft['options'][number],
  from: string,
  index: MenuIndex,
  said?: string,
): ((line: LineDraft) => LineDraft) | undefined {
  const choice = index.choice(o.group, o.choice);
  if (!choice) return undefined;
  const names = new Set(choiceKeys(o, index));
  const others = index.menu.items.filter((i) => i.id !== from && i.available);
  const named = others.filter((i) => names.has(phraseKey(i.name)));
  const holding = others.filter((i) => [...names].some((n) => n !== '' && headedBy(phraseKey(i.name), n)));
  const dish =
    named.length === 1 ? named[0] : named.length === 0 && holding.length === 1 ? holding[0] : undefined;
  if (!dish) return undefined;
  const count = saidCount(said, [...names]);
  return (line) => ({
    itemId: dish.id,
    name: dish.name,
    quantity: count ?? line.quantity,
    quantityExplicit: false,
    options: [],
    without: [],
    unresolved: [],
    span: line.span,
    action: 'add',
    seg: -1,
  });
}

/** The folded phrases a choice is said by (its name and aliases). */
function choiceKeys(o: LineDraft['options'][number], index: MenuIndex): string[] {
  const choice = index.choice(o.group, o.choice);
  return choice ? [choice.name, ...choice.aliases].map(phraseKey).filter((k) => k !== '') : [];
}

/** Articles and "one" that count a single thing. */
const ONE_WORDS = new Set(['a', 'an', 'one']);
/** Words that end the stretch before a choice's words in which its own count is looked for. */
const CLAUSE_WORDS = new Set(['with', 'and', 'plus', 'for', 'on']);

/**
 * "two cheeseburgers and a large fries": the count said with a choice's own words (`said`, the
 * message's folded words) when an article or "one" stands at most three words before them within its
 * clause: 1; undefined otherwise ("2 hamburgers with cokes": the line's count, a drink for each).
 */
function saidCount(said: string | undefined, names: readonly string[]): number | undefined {
  if (!said) return undefined;
  const words = said.split(' ');
  for (const name of names) {
    const parts = name.split(' ');
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (!parts.every((p, k) => words[i + k] === p)) continue;
      for (let back = 1; back <= 3 && i - back >= 0; back++) {
        const w = words[i - back] as string;
        if (ONE_WORDS.has(w)) return 1;
        if (CLAUSE_WORDS.has(w)) break;
      }
    }
  }
  return undefined;
}
