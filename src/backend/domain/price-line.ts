import type { CartLine, RemovedDefault, SelectedOption } from '../../contract/backend-api.ts';
import { type Choice, groupOffered, type HeldChoice, type OptionGroup } from '../../domain/index.ts';
import { BackendError } from './backend-error.ts';
import type { MenuCatalog } from './menu-catalog.ts';

/** What a cart line asks for, before pricing. */
export interface LineRequest {
  itemId: string;
  quantity: number;
  options: SelectedOption[];
  without: RemovedDefault[];
  notes: string | null;
}

interface Problem {
  path: string;
  message: string;
  group?: string;
}

/**
 * Prices one line against the menu. Unit price = item price + each chosen option's delta × its
 * quantity; `extra` costs extraPriceDelta ?? priceDelta; a default choice costs nothing (unless
 * taken `extra`); `without` may name any choice of the item's groups and is a no-op for
 * non-defaults; a `without` with a qualifier ("no extra cheese") removes nothing and only refuses that
 * qualifier on the same choice. Throws UNKNOWN_ITEM or INVALID_OPTIONS (details.problems lists every problem).
 */
export function priceLine(catalog: MenuCatalog, lineId: string, request: LineRequest): CartLine {
  const item = catalog.itemsById.get(request.itemId);
  if (!item) {
    throw new BackendError('UNKNOWN_ITEM', `no item "${request.itemId}" on the menu`, {
      itemId: request.itemId,
    });
  }
  const problems: Problem[] = [];
  const groups = new Map<string, OptionGroup>();
  for (const id of item.optionGroups) {
    const group = catalog.groupsById.get(id);
    if (group) groups.set(id, group);
  }
  const findChoice = (groupId: string, choiceId: string, path: string): [OptionGroup, Choice] | null => {
    const group = groups.get(groupId);
    if (!group) {
      problems.push({ path, message: `option group "${groupId}" does not belong to ${item.name}` });
      return null;
    }
    const choice = group.choices.find((c) => c.id === choiceId);
    if (!choice) {
      problems.push({ path, message: `"${choiceId}" is not a choice of ${group.name}` });
      return null;
    }
    return [group, choice];
  };

  const removed = new Set<string>();
  const declined = new Map<string, string>();
  const without: CartLine['without'] = [];
  request.without.forEach((w, i) => {
    const found = findChoice(w.group, w.choice, `without[${i}]`);
    if (!found) return;
    const [, choice] = found;
    const key = `${w.group}/${w.choice}`;
    // "no extra cheese": declines the qualifier, keeps the choice; it conflicts only with that qualifier chosen
    if (w.qualifier !== undefined) {
      declined.set(key, w.qualifier);
      return;
    }
    if (!choice.default || removed.has(key)) return; // removing a non-default is a no-op
    removed.add(key);
    without.push({ group: w.group, choice: w.choice, choiceName: choice.name });
  });

  const explicitCount = new Map<string, number>();
  const selected = new Set<string>();
  const options: CartLine['options'] = [];
  let unitPrice = item.price.amount;
  request.options.forEach((o, i) => {
    const path = `options[${i}]`;
    const found = findChoice(o.group, o.choice, path);
    if (!found) return;
    const [group, choice] = found;
    const key = `${o.group}/${o.choice}`;
    if (selected.has(key)) problems.push({ path, message: `${choice.name} is listed twice` });
    selected.add(key);
    if (removed.has(key)) problems.push({ path, message: `${choice.name} is both chosen and removed` });
    if (o.qualifier !== undefined && declined.get(key) === o.qualifier)
      problems.push({ path, message: `${choice.name} is both ${o.qualifier} and not ${o.qualifier}` });
    if (!choice.available) problems.push({ path, message: `${choice.name} is not available` });
    if (o.quantity > choice.maxQuantity)
      problems.push({ path, message: `${choice.name} can be taken at most ${choice.maxQuantity} time(s)` });
    if (o.qualifier !== undefined && !group.qualifiers.includes(o.qualifier))
      problems.push({ path, message: `${group.name} does not allow "${o.qualifier}"` });
    const perUnit =
      o.qualifier === 'extra'
        ? (choice.extraPriceDelta ?? choice.priceDelta)
        : choice.default
          ? 0
          : choice.priceDelta;
    const priceDelta = perUnit * o.quantity;
    unitPrice += priceDelta;
    explicitCount.set(o.group, (explicitCount.get(o.group) ?? 0) + o.quantity);
    options.push({
      group: o.group,
      groupName: group.name,
      choice: o.choice,
      choiceName: choice.name,
      quantity: o.quantity,
      ...(o.qualifier !== undefined ? { qualifier: o.qualifier } : {}),
      priceDelta,
    });
  });

  // "a coke" on a burger with no combo: a group offered only with another group's choice needs it held
  const held: HeldChoice[] = [...options, ...defaultsKept(groups, removed, selected)];
  const offered = (group: OptionGroup) => groupOffered(group, held);
  for (const o of options) {
    const group = groups.get(o.group) as OptionGroup;
    if (offered(group)) continue;
    const gate = groups.get(group.offeredWith?.group ?? '');
    problems.push({
      path: 'options',
      message: `${o.choiceName} is offered only with ${gate?.name ?? group.offeredWith?.group}`,
      group: group.id,
    });
  }

  for (const group of groups.values()) {
    if (!offered(group)) continue;
    const explicit = explicitCount.get(group.id) ?? 0;
    const keptDefaults = group.choices.filter(
      (c) => c.default && !removed.has(`${group.id}/${c.id}`) && !selected.has(`${group.id}/${c.id}`),
    ).length;
    const counted =
      group.selection === 'single' ? (explicit > 0 ? explicit : keptDefaults) : explicit + keptDefaults;
    if (counted < group.min)
      problems.push({
        path: 'options',
        message: group.prompt ?? `choose at least ${group.min} of ${group.name}`,
        group: group.id,
      });
    if (explicit > group.max)
      problems.push({
        path: 'options',
        message: `choose at most ${group.max} of ${group.name}`,
        group: group.id,
      });
  }
  if (problems.length === 0 && unitPrice < 0)
    problems.push({ path: 'options', message: 'the options make the price negative' });
  if (problems.length > 0) {
    throw new BackendError('INVALID_OPTIONS', `the options for ${item.name} are not valid`, {
      itemId: item.id,
      problems,
    });
  }
  return {
    id: lineId,
    itemId: item.id,
    name: item.name,
    quantity: request.quantity,
    options,
    without,
    notes: request.notes,
    unitPrice,
    lineTotal: unitPrice * request.quantity,
  };
}

/** The default choices a line keeps: neither removed nor chosen explicitly (`group/choice` keys). */
function defaultsKept(
  groups: ReadonlyMap<string, OptionGroup>,
  removed: ReadonlySet<string>,
  selected: ReadonlySet<string>,
): HeldChoice[] {
  const kept: HeldChoice[] = [];
  for (const g of groups.values())
    for (const c of g.choices)
      if (c.default && !removed.has(`${g.id}/${c.id}`) && !selected.has(`${g.id}/${c.id}`))
        kept.push({ group: g.id, choice: c.id });
  return kept;
}
