import type { LineDraft } from './build-lines.ts';
import { type ChoiceEntry, choicesOf } from './line-rules.ts';
import type { MenuIndex } from './menu-index.ts';
import type { Segment } from './segment.ts';

/** Words that make a list of choices the whole of its group: "lettuce and tomato only", "just mayo". */
const ONLY_AFTER = new Set(['only']);
const ONLY_BEFORE = new Set(['just', 'only']);

/** The choice segments listed from `from` in direction `step` (over "and" and commas). */
function listedChoices(segs: readonly Segment[], from: number, step: 1 | -1): ChoiceEntry[][] {
  const out: ChoiceEntry[][] = [];
  for (let k = from; k >= 0 && k < segs.length; k += step) {
    const s = segs[k] as Segment;
    const ch = choicesOf(s);
    // "just cheese": the word may also name the choice's group ("cheese" is the Cheese group's word);
    // ("mustard" is a choice and an allergen's word: still a choice listed)
    if (
      s.type === 'lex' &&
      ch.length > 0 &&
      s.entries.every((e) => e.kind !== 'item' && e.kind !== 'category')
    ) {
      out.push(ch);
      continue;
    }
    if (s.type === 'and' || (s.type === 'break' && s.comma)) continue;
    break;
  }
  return out;
}

/**
 * "chicken salad with lettuce and tomato only", "turkey with just lettuce, tomato": a list of choices of
 * a group with defaults, said to be the only ones, takes the group's other defaults off the dish that
 * holds them (as a cashier rings "lettuce, tomato, no onion"). In place on `lines`.
 */
export function applyOnlyLists(
  lines: readonly LineDraft[],
  segs: readonly Segment[],
  index: MenuIndex,
): void {
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k] as Segment;
    if (s.type !== 'word') continue;
    const lists = [
      ...(ONLY_AFTER.has(s.norm) ? [listedChoices(segs, k - 1, -1)] : []),
      ...(ONLY_BEFORE.has(s.norm) ? [listedChoices(segs, k + 1, 1)] : []),
    ];
    for (const listed of lists) {
      if (listed.length === 0) continue;
      const line = [...lines]
        .filter((l) => l.seg < k)
        .reverse()
        .find((l) =>
          listed.every((ch) =>
            ch.some((c) => l.options.some((o) => o.group === c.group && o.choice === c.choice)),
          ),
        );
      if (!line) continue;
      const groups = new Set(
        listed.flatMap((ch) => ch.filter((c) => index.accepts(line.itemId, c.group)).map((c) => c.group)),
      );
      for (const g of groups) {
        const group = index.groups.get(g);
        if (group?.selection !== 'multiple') continue;
        // "one with just cheese": the whole list is the group's defaults, said plainly: the dish as it
        // comes, nothing to ring up
        const said = line.options.filter((o) => o.group === g);
        const defaults = group.choices.filter((c) => c.default);
        if (
          defaults.length > 0 &&
          said.length === defaults.length &&
          said.every((o) => !o.qualifier && o.quantity <= 1 && defaults.some((c) => c.id === o.choice))
        ) {
          line.options = line.options.filter((o) => o.group !== g);
          continue;
        }
        for (const c of group.choices) {
          if (!c.default || line.options.some((o) => o.group === g && o.choice === c.id)) continue;
          if (line.without.some((w) => w.group === g && w.choice === c.id)) continue;
          line.without.push({ group: g, choice: c.id, choiceName: c.name });
        }
      }
    }
  }
}
