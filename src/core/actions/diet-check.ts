import type { MenuItemDto } from '../../contract/backend-api.ts';
import { DIET_RANK, dietFits } from '../../domain/diet-fits.ts';
import type { Allergen, Diet, OptionGroup } from '../../domain/menu-schema.ts';
import type { DraftLine, SessionState } from '../state/session-state.ts';

export { dietFits } from '../../domain/diet-fits.ts';

/**
 * Why an item (with the options picked) conflicts with the customer's stated diet and allergies:
 * ["isn't vegan", "contains peanuts"]; empty when it fits.
 */
export function dietConflicts(
  item: Pick<MenuItemDto, 'diet' | 'allergens'>,
  picks: DraftLine['options'],
  groups: readonly OptionGroup[],
  constraints: SessionState['constraints'],
): string[] {
  const reasons: string[] = [];
  const chosen = picks.flatMap((p) => {
    const c = groups.find((g) => g.id === p.group)?.choices.find((x) => x.id === p.choice);
    return c ? [c] : [];
  });
  const wants = constraints.diet;
  if (wants && wants !== 'non-vegetarian') {
    const worst = chosen.reduce<Diet>(
      (d, c) => (c.diet && DIET_RANK[c.diet] < DIET_RANK[d] ? c.diet : d),
      item.diet,
    );
    if (!dietFits(worst, wants)) reasons.push(`isn't ${wants}`);
  }
  const allergens = new Set<Allergen>([...item.allergens, ...chosen.flatMap((c) => c.allergens)]);
  const hits = constraints.allergies.filter((a) => allergens.has(a));
  if (hits.length > 0) reasons.push(`contains ${hits.map((h) => h.replace('-', ' ')).join(' and ')}`);
  return reasons;
}

/**
 * The constraints a dish is checked against: the customer's (or a guest's) own, with what was asked of
 * this dish alone ("a vegan muffin": `fits`). The dish's diet wins over the standing one when it is
 * stricter or the standing one says none; allergens add up.
 */
export function withDishFits(
  own: SessionState['constraints'],
  fits: DraftLine['fits'],
): SessionState['constraints'] {
  if (!fits) return own;
  const diet =
    fits.diet &&
    fits.diet !== 'non-vegetarian' &&
    (!own.diet || own.diet === 'non-vegetarian' || dietFits(fits.diet, own.diet))
      ? fits.diet
      : own.diet;
  return { ...(diet ? { diet } : {}), allergies: [...new Set([...own.allergies, ...fits.allergies])] };
}
