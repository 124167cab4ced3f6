import type { Choice, Menu, MenuItem, OptionGroup } from '../../domain/menu-schema.ts';
import { normalize } from './normalize.ts';

/** Lookups over one menu, built once at load time. */
export class MenuIndex {
  readonly items = new Map<string, MenuItem>();
  readonly groups = new Map<string, OptionGroup>();
  readonly choices = new Map<string, Choice>();
  readonly categoryNames = new Map<string, string>();
  private readonly itemGroups = new Map<string, ReadonlySet<string>>();
  /** Folded words of each item name ("Chicken Biryani" → chicken, biryani). */
  readonly nameKeys = new Map<string, ReadonlySet<string>>();

  constructor(readonly menu: Menu) {
    for (const c of menu.categories) this.categoryNames.set(c.id, c.name);
    for (const g of menu.optionGroups) {
      this.groups.set(g.id, g);
      for (const c of g.choices) this.choices.set(`${g.id}/${c.id}`, c);
    }
    for (const i of menu.items) {
      this.items.set(i.id, i);
      this.itemGroups.set(i.id, new Set(i.optionGroups));
      this.nameKeys.set(i.id, new Set(normalize(i.name).tokens.map((t) => t.key)));
    }
  }

  accepts(itemId: string, groupId: string): boolean {
    return this.itemGroups.get(itemId)?.has(groupId) ?? false;
  }

  choice(groupId: string, choiceId: string): Choice | undefined {
    return this.choices.get(`${groupId}/${choiceId}`);
  }

  itemsInCategory(categoryId: string): MenuItem[] {
    return this.menu.items.filter((i) => i.category === categoryId);
  }
}
