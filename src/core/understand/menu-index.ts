import { groupOffered, type HeldChoice } from '../../domain/group-offered.ts';
import type { Choice, Menu, MenuItem, OptionGroup } from '../../domain/menu-schema.ts';
import { normalize } from './normalize.ts';

/**
 * Item ids starting with this stand for a dish still to be chosen while lines are built: `@pizzas` (a
 * dish of that category), `@*` (any dish). They never leave understanding.
 */
export const PLACEHOLDER_PREFIX = '@';

/** Lookups over one menu, built once at load time. */
export class MenuIndex {
  readonly items = new Map<string, MenuItem>();
  readonly groups = new Map<string, OptionGroup>();
  readonly choices = new Map<string, Choice>();
  readonly categoryNames = new Map<string, string>();
  private readonly itemGroups = new Map<string, ReadonlySet<string>>();
  /** Folded words of each item name ("Chicken Biryani" → chicken, biryani). */
  readonly nameKeys = new Map<string, ReadonlySet<string>>();
  /** Folded phrases (name and aliases) of each `group/choice`. */
  private readonly choicePhrases = new Map<string, ReadonlySet<string>>();
  private readonly placeholderGroups = new Map<string, ReadonlySet<string>>();

  constructor(readonly menu: Menu) {
    for (const c of menu.categories) this.categoryNames.set(c.id, c.name);
    for (const g of menu.optionGroups) {
      this.groups.set(g.id, g);
      for (const c of g.choices) {
        this.choices.set(`${g.id}/${c.id}`, c);
        this.choicePhrases.set(`${g.id}/${c.id}`, new Set([c.name, ...c.aliases].map(phraseKey)));
      }
    }
    for (const i of menu.items) {
      this.items.set(i.id, i);
      this.itemGroups.set(i.id, new Set(i.optionGroups));
      this.nameKeys.set(i.id, new Set(normalize(i.name).tokens.map((t) => t.key)));
      for (const scope of [i.category, '*']) {
        const key = `${PLACEHOLDER_PREFIX}${scope}`;
        this.placeholderGroups.set(
          key,
          new Set([...(this.placeholderGroups.get(key) ?? []), ...i.optionGroups]),
        );
      }
    }
  }

  /** The item (or placeholder: any item it may stand for) has this option group. */
  accepts(itemId: string, groupId: string): boolean {
    return (this.itemGroups.get(itemId) ?? this.placeholderGroups.get(itemId))?.has(groupId) ?? false;
  }

  /**
   * Whether the group is offered to a line holding `held` (the message's choices and the cart line's):
   * false only for a group offered with another group's choices (`offeredWith`, a combo's drink) that
   * `held` lacks, neither chosen nor, with `said` (the message's folded words), named by a held
   * choice's name as said. An unknown group is not this method's concern (true).
   */
  offered(groupId: string, held: readonly HeldChoice[], said?: string): boolean {
    const group = this.groups.get(groupId);
    const gate = group?.offeredWith;
    if (!group || !gate || groupOffered(group, held)) return true;
    if (said === undefined) return false;
    // "a large combo with a sprite": a choice whose name holds a gate choice's name or alias said
    // ("Large Combo", a combo size, with "combo" said) holds that gate
    const words = ` ${said} `;
    const phrases = (this.groups.get(gate.group)?.choices ?? [])
      .filter((c) => gate.choices?.includes(c.id) ?? true)
      .flatMap((c) => [...(this.choicePhrases.get(`${gate.group}/${c.id}`) ?? [])])
      .filter((p) => p.length > 0 && words.includes(` ${p} `));
    return held.some((h) => {
      const name = this.choice(h.group, h.choice)?.name;
      const key = name === undefined ? '' : ` ${phraseKey(name)} `;
      return phrases.some((p) => key.includes(` ${p} `));
    });
  }

  /** The choices one of whose name or aliases is `phrase` (folded words joined by spaces). */
  choicesNamed(phrase: string): Array<{ group: string; choice: string }> {
    const out: Array<{ group: string; choice: string }> = [];
    for (const [key, phrases] of this.choicePhrases)
      if (phrases.has(phrase)) {
        const [group, choice] = key.split('/') as [string, string];
        out.push({ group, choice });
      }
    return out;
  }

  choice(groupId: string, choiceId: string): Choice | undefined {
    return this.choices.get(`${groupId}/${choiceId}`);
  }

  /**
   * The same choice as `groupId/choiceId` among the item's groups: the same group, else a group with a
   * choice of the same id, else one sharing a name or alias ("large" as a pizza size and a cup size).
   * With `said` (the message's folded words), the shared name or alias must be among the words said: a
   * "Bagel" bread read from "on the bagel" is no "plain bagel" kind, whose alias it merely shares.
   */
  sameChoiceOn(
    itemId: string,
    groupId: string,
    choiceId: string,
    said?: string,
  ): { group: string; choice: string } | undefined {
    const groups = this.items.get(itemId)?.optionGroups ?? [];
    if (groups.includes(groupId)) return { group: groupId, choice: choiceId };
    for (const g of groups) if (this.choice(g, choiceId)) return { group: g, choice: choiceId };
    const phrases = this.choicePhrases.get(`${groupId}/${choiceId}`);
    if (!phrases) return undefined;
    for (const g of groups)
      for (const c of this.groups.get(g)?.choices ?? [])
        for (const p of this.choicePhrases.get(`${g}/${c.id}`) ?? [])
          if (phrases.has(p) && (said === undefined || ` ${said} `.includes(` ${p} `)))
            return { group: g, choice: c.id };
    return undefined;
  }

  private readonly dishWordSets = new Map<string, ReadonlySet<string>>();
  /** Folded words of an item's name and aliases ("BBQ Chicken Pizza" → bbq, barbecue, chicken, pizza, …). */
  dishWords(itemId: string): ReadonlySet<string> {
    let words = this.dishWordSets.get(itemId);
    if (!words) {
      const item = this.items.get(itemId);
      words = new Set(
        [item?.name ?? '', ...(item?.aliases ?? [])].flatMap((p) => normalize(p).tokens.map((t) => t.key)),
      );
      this.dishWordSets.set(itemId, words);
    }
    return words;
  }

  /** A name or alias of the choice holds these folded words ("espresso shot" holds "espresso"). */
  choiceHolds(groupId: string, choiceId: string, words: string): boolean {
    const phrases = this.choicePhrases.get(`${groupId}/${choiceId}`) ?? [];
    for (const p of phrases) if (` ${p} `.includes(` ${words} `)) return true;
    return false;
  }

  /**
   * Whether a name or alias of the choice holds `word` as the switch itself, not as the lead of a
   * request for the rest: "toast it", "toasted" hold "toast"; "make it deluxe", "make it a combo" do not
   * hold "make" so (a pronoun and more words follow it).
   */
  choiceHoldsVerb(groupId: string, choiceId: string, word: string): boolean {
    const phrases = this.choicePhrases.get(`${groupId}/${choiceId}`) ?? [];
    for (const p of phrases) {
      const words = p.split(' ');
      const at = words.indexOf(word);
      if (at < 0) continue;
      const leads = ['it', 'them', 'that', 'this'].includes(words[at + 1] ?? '') && words.length > at + 2;
      if (!leads) return true;
    }
    return false;
  }

  /**
   * The item's one-choice switches (groups of a single choice: "Combo", "Toasted"), other than `groupId`,
   * whose name or alias the said words of a choice hold: "large combo" (a combo size) holds the Combo.
   */
  switchesHeld(itemId: string, groupId: string, said: string): Array<{ group: string; choice: string }> {
    const out: Array<{ group: string; choice: string }> = [];
    for (const g of this.items.get(itemId)?.optionGroups ?? []) {
      const choices = this.groups.get(g)?.choices ?? [];
      const only = choices[0];
      if (g === groupId || choices.length !== 1 || !only) continue;
      const phrases = this.choicePhrases.get(`${g}/${only.id}`) ?? [];
      for (const p of phrases)
        if (p && p !== said && ` ${said} `.includes(` ${p} `)) {
          out.push({ group: g, choice: only.id });
          break;
        }
    }
    return out;
  }

  private aliasChoiceMap: Map<string, Array<{ group: string; choice: string; served: boolean }>> | undefined;
  /**
   * The item's own choices an alias of it names, for the alias as said (folded words joined by spaces):
   * "pastrami on rye" (an alias of Pastrami) names the bread Rye, "iced latte" the temperature Iced. A
   * choice whose words are in the item's name is the dish itself, not a choice said ("Iced Tea"); so
   * is a category word ("hero"); only choices of one-of groups count. An alias that is the choice's
   * phrase and nothing more ("italian" of The Godfather, beside the Italian Hero Roll) names the dish
   * only. With `pointed` (the alias points at a dish already ordered: "add peppers to the italian
   * hero"), only a choice the alias says the dish comes on or in ("… on rye") counts: the name points,
   * it does not order the dish again.
   */
  choicesInAlias(
    itemId: string,
    said: string,
    pointed = false,
  ): ReadonlyArray<{ group: string; choice: string }> {
    if (!this.aliasChoiceMap) {
      this.aliasChoiceMap = new Map();
      const kindWords = new Set(this.menu.categories.flatMap((c) => [c.name, ...c.aliases].map(phraseKey)));
      for (const item of this.menu.items) {
        const name = ` ${phraseKey(item.name)} `;
        for (const alias of item.aliases) {
          const key = ` ${phraseKey(alias)} `;
          const found: Array<{ group: string; choice: string; served: boolean }> = [];
          const content = phraseKey(alias)
            .split(' ')
            .filter((w) => !ARTICLES.has(w))
            .join(' ');
          for (const g of item.optionGroups)
            for (const c of this.groups.get(g)?.choices ?? []) {
              // only one-of choices (bread, size, temperature): an add-on's word in an alias ("shot of
              // espresso", "ham and pineapple" of a Hawaiian) is what the dish is, not an extra
              if (this.groups.get(g)?.selection !== 'single') continue;
              // a kind of dish is no choice said ("chicken cutlet hero" where Hero is also a bread)
              const phrases = [...(this.choicePhrases.get(`${g}/${c.id}`) ?? [])].filter(
                (p) => !kindWords.has(p),
              );
              const hit = phrases.filter(
                (p) => p && key.includes(` ${p} `) && !name.includes(` ${p} `) && p !== content,
              );
              if (hit.length > 0)
                found.push({
                  group: g,
                  choice: c.id,
                  served: hit.some((p) => SERVED_ON.some((w) => key.includes(` ${w} ${p} `))),
                });
            }
          if (found.length > 0) this.aliasChoiceMap.set(`${item.id}|${key.trim()}`, onePerGroup(found));
        }
      }
    }
    return (this.aliasChoiceMap.get(`${itemId}|${said}`) ?? [])
      .filter((c) => !pointed || c.served)
      .map(({ group, choice }) => ({ group, choice }));
  }

  itemsInCategory(categoryId: string): MenuItem[] {
    return this.menu.items.filter((i) => i.category === categoryId);
  }
}

/** A phrase's folded words, spaced: how names, aliases and said text are compared. */
export function phraseKey(p: string): string {
  return normalize(p)
    .tokens.map((t) => t.key)
    .join(' ');
}

/** Articles an alias may open with ("the italian"): no word of what it names. */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Words an alias puts before what the dish comes on or in ("pastrami on rye", "turkey in a wrap"). */
const SERVED_ON = ['on', 'in', 'on a', 'in a', 'with'];

/** Keeps one choice per group (the first found): a one-of group takes one. */
function onePerGroup<T extends { group: string }>(found: T[]): T[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    if (seen.has(f.group)) return false;
    seen.add(f.group);
    return true;
  });
}
