import type { Menu } from '../../domain/menu-schema.ts';
import { normalize } from './normalize.ts';

type OptionGroup = Menu['optionGroups'][number];

/** One phrase a choice is also said by. */
export interface LessenedChoicePhrase {
  readonly choice: string;
  readonly phrase: string;
}

/** Words that soften a negated adjective: "not too sweet", "not very spicy", "not so salty". */
const SOFTENERS = ['too', 'very', 'so', 'that', 'overly', 'super'];
/** Heat adjectives a mild choice is the opposite of. */
const HEAT = ['spicy', 'hot'];
/** Words that mark a group as a scale of heat (in its name, aliases or other choices). */
const HEAT_MARKS = new Set(['spicy', 'spice', 'hot', 'heat', 'spiciness']);

const key = (p: string) => normalize(p).normalized.trim();

/**
 * The phrases a customer softens a choice by, read as that choice: a choice said "less W" ("less
 * sweet", "less ice") is also "not too W", "not very W", "not so W"…; a "mild" choice of a heat scale
 * (a group whose name or other choices say spice, heat or hot) is also "not spicy", "not too spicy",
 * "not very hot"…. General English, from the menu's own words; a phrase the group already gives some
 * choice is left to it.
 */
export function lessenedChoicePhrases(group: OptionGroup): LessenedChoicePhrase[] {
  if (group.selection !== 'single') return [];
  const said = new Map<string, string>();
  for (const c of group.choices) for (const p of [c.name, ...c.aliases]) said.set(key(p), c.id);
  const heatScale = isHeatScale(group);
  const out: LessenedChoicePhrase[] = [];
  const add = (choice: string, phrase: string) => {
    if (said.has(phrase)) return;
    said.set(phrase, choice);
    out.push({ choice, phrase });
  };
  for (const [phrase, choice] of [...said]) {
    const less = /^less (\w+)$/.exec(phrase);
    // a numbered scale's "1 - Mild" is mild too: the words beside its number
    const bare = phrase
      .replace(/\b\d+\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const adjectives = less ? [less[1] as string] : bare === 'mild' && heatScale ? HEAT : [];
    for (const adj of adjectives) {
      if (!less) add(choice, `not ${adj}`);
      for (const s of SOFTENERS) add(choice, `not ${s} ${adj}`);
    }
  }
  return out;
}

/** A group that is a scale of heat: its name, aliases or choices say spice, heat or hot. Pure. */
export function isHeatScale(group: OptionGroup): boolean {
  return [group.name, ...group.aliases, ...group.choices.flatMap((c) => [c.name, ...c.aliases])].some((p) =>
    key(p)
      .split(' ')
      .some((w) => HEAT_MARKS.has(w)),
  );
}
