/** A problem found in a menu value, at a path of keys and indexes. */
export interface MenuPathProblem {
  path: (string | number)[];
  message: string;
}

type Loose = Record<string, unknown>;

/**
 * The menu's references between its parts: duplicate ids, items' unknown categories and option groups,
 * a price in another currency than the venue's, and `offeredWith` gates (unknown group or choice, a group
 * used without its gate, cycles). It reads any value, typed or not, and checks what is well formed, so
 * the references are reported in the same run as the type errors of other parts of the file.
 */
export function menuCrossReferences(menu: unknown): MenuPathProblem[] {
  const problems: MenuPathProblem[] = [];
  const m = asObject(menu);
  if (!m) return problems;
  const categories = list(m.categories);
  const groups = list(m.optionGroups);
  const items = list(m.items);
  duplicateIds(categories, 'categories', problems);
  duplicateIds(groups, 'optionGroups', problems);
  duplicateIds(items, 'items', problems);
  const categoryIds = new Set(categories.map(idOf));
  const byId = new Map<string, Loose>();
  for (const g of groups) {
    const id = idOf(g);
    if (id !== undefined && !byId.has(id)) byId.set(id, g);
  }
  const venueCurrency = asObject(m.venue)?.currency;
  items.forEach((item, i) => {
    if (typeof item.category === 'string' && !categoryIds.has(item.category))
      problems.push({ path: ['items', i, 'category'], message: `unknown category "${item.category}"` });
    const currency = asObject(item.price)?.currency;
    if (typeof currency === 'string' && typeof venueCurrency === 'string' && currency !== venueCurrency)
      problems.push({
        path: ['items', i, 'price', 'currency'],
        message: `currency ${currency} differs from the venue currency ${venueCurrency}`,
      });
    const listed = Array.isArray(item.optionGroups) ? (item.optionGroups as unknown[]) : [];
    listed.forEach((g, j) => {
      if (typeof g !== 'string') return;
      if (!byId.has(g))
        problems.push({ path: ['items', i, 'optionGroups', j], message: `unknown option group "${g}"` });
      const gate = gateOf(byId.get(g));
      // (a gate naming no group is said once, at the group)
      if (gate && byId.has(gate.group) && !listed.includes(gate.group))
        problems.push({
          path: ['items', i, 'optionGroups', j],
          message: `"${g}" is offered only with "${gate.group}", which ${String(item.id)} does not list`,
        });
    });
  });
  groups.forEach((g, i) => {
    const own = gateOf(g);
    if (!own) return;
    const gate = byId.get(own.group);
    const path = ['optionGroups', i, 'offeredWith'];
    if (!gate) {
      problems.push({ path, message: `unknown option group "${own.group}"` });
      return;
    }
    const choiceIds = new Set(list(gate.choices).map(idOf));
    for (const c of own.choices)
      if (!choiceIds.has(c)) problems.push({ path, message: `"${c}" is not a choice of ${String(gate.id)}` });
    // a cycle of gates would offer none of its groups
    const seen = new Set([idOf(g)]);
    for (let at: Loose | undefined = gate; at; at = byId.get(gateOf(at)?.group ?? '')) {
      const id = idOf(at);
      if (seen.has(id)) {
        problems.push({ path, message: `offeredWith makes a cycle through "${String(id)}"` });
        break;
      }
      seen.add(id);
    }
  });
  return problems;
}

function duplicateIds(entries: Loose[], path: string, problems: MenuPathProblem[]): void {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const id = idOf(entry);
    if (id === undefined) return;
    if (seen.has(id)) problems.push({ path: [path, i, 'id'], message: `duplicate id "${id}"` });
    seen.add(id);
  });
}

function gateOf(group: Loose | undefined): { group: string; choices: string[] } | undefined {
  const gate = asObject(group?.offeredWith);
  if (!gate || typeof gate.group !== 'string') return undefined;
  const choices = Array.isArray(gate.choices) ? gate.choices.filter((c) => typeof c === 'string') : [];
  return { group: gate.group, choices };
}

function idOf(entry: Loose): string | undefined {
  return typeof entry.id === 'string' ? entry.id : undefined;
}

/** The entries of a list, each not an object read as `{}` (its type is the schema's to report), indexes kept. */
function list(value: unknown): Loose[] {
  return Array.isArray(value) ? value.map((e) => asObject(e) ?? {}) : [];
}

function asObject(value: unknown): Loose | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : undefined;
}
