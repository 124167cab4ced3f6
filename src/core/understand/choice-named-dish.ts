import { choicesOf } from './line-rules.ts';
import { type MenuIndex, phraseKey } from './menu-index.ts';
import type { Segment } from './segment.ts';

/** A choice said, by its group and id. */
export interface SaidChoice {
  readonly group: string;
  readonly choice: string;
}

/**
 * Whether the dish's name or one of its aliases holds a phrase of a said choice as whole words, without
 * being that phrase alone: "pepperoni" (the topping) in the Pepperoni Pizza, "bbq chicken" in the BBQ
 * Chicken Pizza. Such a choice said before the dish's other options is the dish's distinctive word
 * ("a large pepperoni with mushrooms"), so it names that dish rather than a dish built from scratch.
 */
export function nameCarriesChoice(index: MenuIndex, itemId: string, said: readonly SaidChoice[]): boolean {
  const item = index.items.get(itemId);
  if (!item || said.length === 0) return false;
  const names = [item.name, ...item.aliases].map((p) => ` ${phraseKey(p)} `);
  return said.some((c) => {
    const choice = index.choice(c.group, c.choice);
    if (!choice) return false;
    return [choice.name, ...choice.aliases].some((p) => {
      const key = phraseKey(p);
      return key !== '' && names.some((n) => n.includes(` ${key} `) && n.trim() !== key);
    });
  });
}

/**
 * The choices said after segment `k` up to the first "with" (none when no "with" comes before the next
 * sentence break): "a large pepperoni with mushrooms" → large, pepperoni. What opens a dish phrase
 * before its additions.
 */
export function choicesBeforeWith(segs: readonly Segment[], k: number): SaidChoice[] {
  const out: SaidChoice[] = [];
  for (let j = k + 1; j < segs.length; j++) {
    const s = segs[j] as Segment;
    if (s.type === 'with') return out;
    if (s.type === 'break' && !s.comma) return [];
    for (const c of choicesOf(s)) out.push({ group: c.group, choice: c.choice });
  }
  return [];
}
